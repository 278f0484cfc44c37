package org.gazette.output;

import org.gazette.diag.GazetteException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class OutputGuardTest {
    @TempDir
    Path dir;

    @Test
    void refusesDangerousFolders() {
        Path source = dir.resolve("site");
        assertThatThrownBy(() -> OutputGuard.check(Path.of("/"), source, true)).isInstanceOf(GazetteException.class)
                .hasMessageContaining("root");
        assertThatThrownBy(() -> OutputGuard.check(Path.of(System.getProperty("user.home")), source, true))
                .hasMessageContaining("home");
        assertThatThrownBy(() -> OutputGuard.check(source, source, true)).hasMessageContaining("source");
        assertThatThrownBy(() -> OutputGuard.check(dir, source, true)).hasMessageContaining("source");
        assertThatThrownBy(() -> OutputGuard.check(source.resolve("content/out"), source, true))
                .hasMessageContaining("content");
    }

    @Test
    void aNonEmptyFolderNeedsToBeAPreviousOutputOrForced() throws Exception {
        Path source = dir.resolve("site");
        Path out = dir.resolve("docs");
        Files.createDirectories(out);
        Files.writeString(out.resolve("thesis.odt"), "important");
        assertThatThrownBy(() -> OutputGuard.check(out, source, false)).hasMessageContaining("--force");
        assertThatCode(() -> OutputGuard.check(out, source, true)).doesNotThrowAnyException();
        Files.writeString(out.resolve(OutputGuard.MARKER), "");
        assertThatCode(() -> OutputGuard.check(out, source, false)).doesNotThrowAnyException();
        assertThatCode(() -> OutputGuard.check(dir.resolve("new"), source, false)).doesNotThrowAnyException();
    }
}
