package org.gazette.output;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class CacheFilesTest {
    @TempDir
    Path dir;

    @Test
    void aNewFileTakesTheOldOnesPlaceAndNothingIsLeftBeside() throws IOException {
        Path file = dir.resolve(".public.search");
        CacheFiles.write(file, out -> out.write("first".getBytes(StandardCharsets.UTF_8)));
        CacheFiles.write(file, out -> out.write("second".getBytes(StandardCharsets.UTF_8)));
        assertThat(file).hasContent("second");
        try (var files = Files.list(dir)) {
            assertThat(files).containsExactly(file);
        }
    }

    @Test
    void aLargeOldFileIsGoneOnceDeletionsAreAwaited() throws IOException {
        Path file = dir.resolve(".public.search");
        try (RandomAccessFile f = new RandomAccessFile(file.toFile(), "rw")) {
            f.setLength(CacheFiles.DELETE_APART_BYTES); // sparse: large to the size check, cheap to make
        }
        Path next = dir.resolve(".public.search.tmp");
        Files.writeString(next, "new");
        CacheFiles.replace(next, file);
        CacheFiles.awaitDeletions();
        assertThat(file).hasContent("new");
        try (var files = Files.list(dir)) {
            assertThat(files).containsExactly(file);
        }
    }

    @Test
    void whenTheNewFileCannotBeMovedInTheOldOneStays() throws IOException {
        Path file = dir.resolve(".public.tags");
        Files.writeString(file, "old");
        assertThatThrownBy(() -> CacheFiles.replace(dir.resolve("missing.tmp"), file)).isInstanceOf(NoSuchFileException.class);
        assertThat(file).hasContent("old");
        try (var files = Files.list(dir)) {
            assertThat(files).containsExactly(file);
        }
    }

    @Test
    void anOldFileLeftAsideByAnInterruptedBuildIsRemoved() throws IOException {
        Path file = dir.resolve(".public.site");
        Files.writeString(dir.resolve(".public.site.old"), "stale");
        CacheFiles.write(file, out -> out.write('x'));
        assertThat(file).hasContent("x");
        assertThat(dir.resolve(".public.site.old")).doesNotExist();
    }
}
