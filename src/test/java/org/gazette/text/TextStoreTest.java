package org.gazette.text;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;

class TextStoreTest {
    @TempDir
    Path dir;

    private static PackedText text(int i) {
        return PackedText.of("Tiêu đề " + i, "Đoạn mở đầu ".repeat(i % 7), i % 3 == 0 ? null : "Nguồn: TTXVN", null);
    }

    @Test
    void keepsTextsOutsideTheHeapAndReadsThemBackEqual() {
        List<String> problems = new ArrayList<>();
        try (TextStore store = TextStore.open(dir.resolve(".public.text"), problems::add)) {
            for (int i = 0; i < 200; i++) {
                PackedText kept = store.keep(text(i));
                assertThat(kept).isInstanceOf(TextStore.Stored.class);
                assertThat(kept).isEqualTo(text(i)).hasSameHashCodeAs(text(i));
                assertThat(kept.digest()).isEqualTo(text(i).digest());
                assertThat(kept.get(0)).isEqualTo("Tiêu đề " + i);
                assertThat(kept.get(2)).isEqualTo(i % 3 == 0 ? null : "Nguồn: TTXVN");
                assertThat(kept.bytes()).isEqualTo(text(i).bytes());
            }
            assertThat(store.size()).isPositive();
        }
        assertThat(problems).isEmpty();
        assertThat(dir.resolve(".public.text")).as("deleted on close").doesNotExist();
    }

    @Test
    void aTextNeverStraddlesTwoMappingsAndOneTooLongForAMappingStaysInTheHeap() {
        try (TextStore store = TextStore.open(dir.resolve("t"), m -> { }, 6, 100)) { // 64-byte mappings, a 100-byte buffer
            List<PackedText> kept = new ArrayList<>();
            for (int i = 0; i < 100; i++) kept.add(store.keep(PackedText.of("bài " + i, "x".repeat(i % 40))));
            for (int i = 0; i < 100; i++) assertThat(kept.get(i).get(1)).isEqualTo("x".repeat(i % 40));
            // every stored text lies within one 64-byte mapping, so reads went through several of them
            assertThat(store.size()).isGreaterThan(64 * 10);
            PackedText tooLong = PackedText.of("y".repeat(100));
            assertThat(store.keep(tooLong)).isSameAs(tooLong);
        }
    }

    @Test
    void threadsKeepTextsAtOnceWithoutMixingThemUp() throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try (TextStore store = TextStore.open(dir.resolve("t"), m -> { }, 12, 300)) {
            List<Future<PackedText>> futures = IntStream.range(0, 2000)
                    .mapToObj(i -> pool.submit(() -> store.keep(text(i)))).toList();
            for (int i = 0; i < futures.size(); i++) assertThat(futures.get(i).get()).isEqualTo(text(i));
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void aStoreThatCannotWriteSaysSoOnceAndKeepsTextsInTheHeap() throws Exception {
        List<String> problems = new ArrayList<>();
        TextStore store = TextStore.open(dir.resolve("t"), problems::add, 12, 200);
        PackedText before = store.keep(text(1));
        assertThat(before.get(0)).as("read once, so written and mapped").isEqualTo("Tiêu đề 1");
        store.close(); // writes now fail as on a full disk
        List<PackedText> buffered = new ArrayList<>();
        for (int i = 2; i < 40 && problems.isEmpty(); i++) buffered.add(store.keep(text(i)));
        assertThat(problems).as("a full buffer could not be written").hasSize(1).allMatch(p -> p.contains("stay in memory"));
        for (int i = 0; i < buffered.size(); i++) assertThat(buffered.get(i)).as("text %d", i + 2).isEqualTo(text(i + 2));
        PackedText later = text(50);
        assertThat(store.keep(later)).isSameAs(later);
        assertThat(problems).hasSize(1);
        assertThat(before.get(0)).as("a mapped text outlives the file").isEqualTo("Tiêu đề 1");
    }

    @Test
    void aTextKeptButNotYetWrittenIsReadBack() {
        try (TextStore store = TextStore.open(dir.resolve("t"), m -> { }, 12, 4096)) {
            PackedText a = store.keep(text(1));
            PackedText b = store.keep(text(2));
            assertThat(b.get(0)).isEqualTo("Tiêu đề 2");
            assertThat(a).isEqualTo(text(1));
            PackedText c = store.keep(text(3));
            assertThat(c).isEqualTo(text(3));
        }
    }

    @Test
    void aStoreThatCannotBeCreatedIsNullWithAReason() throws Exception {
        Path blocker = Files.createFile(dir.resolve("file"));
        List<String> problems = new ArrayList<>();
        assertThat(TextStore.open(blocker.resolve("t"), problems::add)).isNull();
        assertThat(problems).singleElement().asString().contains("cannot be created");
    }
}
