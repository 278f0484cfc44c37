package org.gazette.build;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class AssemblyCacheTest {
    @TempDir
    Path tmp;

    private final List<String> problems = new ArrayList<>();

    private AssemblyCache open(Path file, long key) {
        return AssemblyCache.open(file, key, true, problems::add);
    }

    private void write(Path file, long key) {
        AssemblyCache c = open(file, key);
        assertThat(c.order()).as("no file yet").isNull();
        c.keep(new long[]{-5, 9, Long.MAX_VALUE}, 42, new int[]{2, 1, -1, 0, -1, -1});
        c.commit();
    }

    @Test
    void orderAndRelatedComeBackRelatedOnlyForTheSameInputs() {
        Path file = tmp.resolve(".public.site");
        write(file, 7);
        AssemblyCache next = open(file, 7);
        assertThat(next.order()).containsExactly(-5, 9, Long.MAX_VALUE);
        assertThat(next.related(42)).containsExactly(2, 1, -1, 0, -1, -1);
        assertThat(next.related(43)).as("other categories or tags").isNull();
        assertThat(problems).isEmpty();
    }

    @Test
    void aBuildWithoutReuseOrWithOtherSettingsGetsNothing() {
        Path file = tmp.resolve(".public.site");
        write(file, 7);
        assertThat(AssemblyCache.open(file, 7, false, problems::add).order()).isNull();
        assertThat(open(file, 8).order()).isNull();
        assertThat(open(file, 8).related(42)).isNull();
        assertThat(problems).isEmpty();
    }

    @Test
    void aDamagedOrShortFileIsReportedAndNotUsed() throws Exception {
        Path file = tmp.resolve(".public.site");
        write(file, 7);
        byte[] b = Files.readAllBytes(file);
        b[b.length - 9] ^= 1;
        Files.write(file, b);
        assertThat(open(file, 7).related(42)).isNull();
        assertThat(problems).singleElement().asString().contains("cannot be used");

        problems.clear();
        Files.write(file, new byte[]{1, 2, 3});
        assertThat(open(file, 7).order()).isNull();
        assertThat(problems).singleElement().asString().contains("cannot be used");
    }

    @Test
    void aFileThatCannotBeWrittenIsReportedAndTheOldOneStays() throws Exception {
        Path file = tmp.resolve(".public.site");
        write(file, 7);
        byte[] before = Files.readAllBytes(file);
        Files.createDirectory(tmp.resolve(".public.site.tmp")); // where the new file would be written
        AssemblyCache c = open(file, 7);
        c.keep(new long[]{1}, 2, new int[]{-1, -1, -1, -1, -1});
        c.commit();
        assertThat(problems).singleElement().asString().startsWith("cannot be written");
        assertThat(file).hasBinaryContent(before);
    }

    @Test
    void nothingIsWrittenWhenNothingWasKept() {
        Path file = tmp.resolve(".public.site");
        open(file, 7).commit();
        assertThat(file).doesNotExist();
    }
}
