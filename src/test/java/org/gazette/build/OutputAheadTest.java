package org.gazette.build;

import org.gazette.diag.GazetteException;
import org.gazette.output.StagedOutput;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class OutputAheadTest {
    @TempDir
    Path dir;

    @Test
    void anOutputOpenedAheadIsTheOneTheBuildWritesTo() {
        Path output = dir.resolve("public");
        OutputAhead ahead = new OutputAhead(output);
        ahead.start();
        try (StagedOutput out = ahead.get()) {
            out.write("index.html", "<p>Xin chào</p>".getBytes(StandardCharsets.UTF_8));
            out.commit();
        }
        assertThat(output.resolve("index.html")).hasContent("<p>Xin chào</p>");
        // not started: opened when asked for
        try (StagedOutput out = new OutputAhead(output).get()) {
            assertThat(out.output()).isEqualTo(output);
        }
    }

    @Test
    void aBuildThatFailsLeavesNothingOfTheOutputItOpenedAhead() throws Exception {
        Path output = dir.resolve("public");
        OutputAhead ahead = new OutputAhead(output);
        ahead.start();
        ahead.discard();
        try (Stream<Path> left = Files.list(dir)) {
            assertThat(left).as("no staging folder, no half-written manifest").isEmpty();
        }
        new OutputAhead(output).discard(); // never started: nothing to do
    }

    @Test
    void anOutputThatCannotBeOpenedFailsTheBuildWithItsMessage() throws Exception {
        Path blocked = dir.resolve("blocked");
        Files.writeString(blocked, "a file where the output's folder should be");
        OutputAhead ahead = new OutputAhead(blocked.resolve("public"));
        ahead.start();
        assertThatThrownBy(ahead::get).isInstanceOf(GazetteException.class).hasMessageContaining("cannot prepare the output folder");
        ahead.discard();
    }
}
