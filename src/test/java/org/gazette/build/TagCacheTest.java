package org.gazette.build;

import org.gazette.enrich.TagMemo;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class TagCacheTest {
    @TempDir
    Path tmp;

    private final List<String> problems = new ArrayList<>();

    private TagCache open(Path file, long key) {
        return TagCache.open(file, key, true, problems::add);
    }

    @Test
    void tagsComeBackForTheSameArticleAndContextOnly() {
        Path file = tmp.resolve(".public.tags");
        TagCache first = open(file, 7);
        TagMemo m = first.forArticles(new long[]{11, 0, -22});
        assertThat(m.known(0, 5)).as("nothing yet").isNull();
        m.keep(0, 5, List.of("Điện Biên", "đảng viên"));
        m.keep(1, 6, List.of("not an article"));
        m.keep(2, -9, List.of());
        first.commit();
        assertThat(file).exists();

        // the next build numbers its articles its own way
        TagMemo next = open(file, 7).forArticles(new long[]{-22, 33, 11});
        assertThat(problems).isEmpty();
        assertThat(next.known(2, 5)).containsExactly("Điện Biên", "đảng viên");
        assertThat(next.known(2, 6)).as("another context").isNull();
        assertThat(next.known(0, -9)).isEmpty();
        assertThat(next.known(1, 5)).as("a new article").isNull();
        assertThat(problems).isEmpty();
    }

    @Test
    void aCacheOfOtherSettingsIsNotUsedAndADamagedOneIsReported() throws Exception {
        Path file = tmp.resolve(".public.tags");
        TagCache c = open(file, 7);
        c.forArticles(new long[]{11}).keep(0, 5, List.of("mưa lũ"));
        c.commit();
        assertThat(open(file, 8).forArticles(new long[]{11}).known(0, 5)).isNull();
        assertThat(problems).isEmpty();

        byte[] b = Files.readAllBytes(file);
        b[b.length - 8] ^= 1;
        Files.write(file, b);
        assertThat(open(file, 7).forArticles(new long[]{11}).known(0, 5)).isNull();
        assertThat(problems).singleElement().asString().contains("cannot be used");
    }

    @Test
    void withoutReuseNothingIsReadButTheChoicesAreWritten() {
        Path file = tmp.resolve(".public.tags");
        TagCache c = open(file, 7);
        c.forArticles(new long[]{11}).keep(0, 5, List.of("mưa lũ"));
        c.commit();
        TagCache fresh = TagCache.open(file, 7, false, problems::add);
        TagMemo m = fresh.forArticles(new long[]{11});
        assertThat(m.known(0, 5)).isNull();
        m.keep(0, 6, List.of("lũ"));
        fresh.commit();
        assertThat(open(file, 7).forArticles(new long[]{11}).known(0, 6)).containsExactly("lũ");
    }
}
