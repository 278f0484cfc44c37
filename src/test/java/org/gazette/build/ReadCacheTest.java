package org.gazette.build;

import org.gazette.content.Block;
import org.gazette.content.PublishedAt;
import org.gazette.content.SourceFile;
import org.gazette.diag.Diagnostic;
import org.gazette.enrich.AcronymDefinition;
import org.gazette.enrich.Draft;
import org.gazette.enrich.Keyphrase;
import org.gazette.enrich.TagCandidates;
import org.gazette.site.Article;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.math.BigInteger;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class ReadCacheTest {
    @TempDir
    Path dir;

    private static final long KEY = 1234;

    private SourceFile file(String rel, long size, long modified) {
        return new SourceFile(dir.resolve("content"), rel, size, modified);
    }

    private static ReadRecord record(SourceFile f, String title) {
        Map<String, Object> params = new LinkedHashMap<>();
        params.put("section", "Thời sự");
        params.put("rank", 3);
        params.put("big", 12345678901L);
        params.put("ratio", 0.5);
        params.put("huge", new BigInteger("123456789012345678901234567890"));
        params.put("flags", List.of(true, false));
        params.put("nested", Map.of("a", List.of("x", "y")));
        PublishedAt at = new PublishedAt(ZonedDateTime.of(2023, 3, 24, 7, 35, 0, 0, ZoneId.of("Asia/Ho_Chi_Minh")), true);
        Draft d = new Draft(f, at, "Thời sự", List.of("Điện Biên", "đảng viên"), null, params,
                Article.pack(title, "Tóm tắt.", null, "Nguồn: TTXVN"), null);
        byte[] signature = new byte[96];
        for (int i = 0; i < signature.length; i++) signature[i] = (byte) (i * 7);
        return new ReadRecord(List.of(Diagnostic.warning(f.relPath(), 3, "ngày không rõ")), d, 420, List.of("Điện Biên"),
                TagCandidates.of(List.of(new Keyphrase("dien bien", "Điện Biên", 2.5f))), List.of(new AcronymDefinition("UBND", "Ủy ban nhân dân")),
                new int[] {1, -5, 1 << 30}, signature,
                List.of(Block.paragraph("Đoạn một."), Block.caption("Ảnh: chú thích"), Block.html("<p><b>Đậm</b></p>", "Đậm")), true);
    }

    @Test
    void whatABuildStoresTheNextTakesOverForUnchangedFiles() {
        SourceFile a = file("thoi-su/a.txt", 100, 5_000_000_123L);
        SourceFile b = file("thoi-su/b.txt", 200, 6_000_000_000L);
        ReadRecord ra = record(a, "Tiêu đề A");
        try (ReadCache c = ReadCache.open(dir.resolve(".public.cache"), KEY, true, m -> { })) {
            assertThat(c.reuse(a)).isNull();
            c.put(a, ra);
            c.put(b, ReadRecord.nothing(List.of(Diagnostic.info(b.relPath(), "draft: not published")), true));
            assertThat(c.body("thoi-su/a.txt")).isEqualTo(ra.body());
            c.commit();
        }
        try (ReadCache c = ReadCache.open(dir.resolve(".public.cache"), KEY, true, m -> { })) {
            ReadRecord back = c.reuse(a);
            assertThat(back).isNotNull();
            assertThat(back.body()).isNull();
            assertThat(back.draft()).isEqualTo(ra.draft());
            assertThat(back.draft().title()).isEqualTo("Tiêu đề A");
            assertThat(back.diagnostics()).isEqualTo(ra.diagnostics());
            assertThat(back.bodyChars()).isEqualTo(420);
            assertThat(back.always()).isEqualTo(ra.always());
            assertThat(back.candidates()).isEqualTo(ra.candidates());
            assertThat(back.definitions()).isEqualTo(ra.definitions());
            assertThat(back.features()).containsExactly(ra.features());
            assertThat(back.signature()).isEqualTo(ra.signature());
            ReadRecord nothing = c.reuse(b);
            assertThat(nothing.draft()).isNull();
            assertThat(nothing.diagnostics()).extracting(Diagnostic::message).containsExactly("draft: not published");
            // the new cache has what was taken over, body included
            assertThat(c.body("thoi-su/a.txt")).isEqualTo(ra.body());
            assertThat(c.reused()).isEqualTo(2);
            c.commit();
        }
        try (ReadCache c = ReadCache.open(dir.resolve(".public.cache"), KEY, true, m -> { })) {
            assertThat(c.reuse(a)).as("carried over twice").isNotNull();
        }
    }

    @Test
    void aBodyIsKnownByItsHashWithoutBeingRead() {
        SourceFile a = file("a.txt", 100, 5_000L);
        SourceFile b = file("b.txt", 100, 5_000L);
        SourceFile c2 = file("c.txt", 100, 5_000L);
        ReadRecord ra = record(a, "A");
        long hash;
        try (ReadCache c = ReadCache.open(dir.resolve(".public.cache"), KEY, true, m -> { })) {
            c.put(a, ra);
            c.put(b, new ReadRecord(ra.diagnostics(), ra.draft(), 9, null, TagCandidates.none(), List.of(), null, null,
                    List.of(Block.paragraph("Đoạn khác.")), true));
            c.put(c2, ReadRecord.nothing(List.of(), true));
            hash = c.bodyHash("a.txt");
            assertThat(hash).isNotEqualTo(ReadCache.NO_BODY).isNotEqualTo(c.bodyHash("b.txt"));
            assertThat(c.bodyHash("c.txt")).as("no body").isEqualTo(ReadCache.NO_BODY);
            assertThat(c.bodyHash("d.txt")).as("not in the cache").isEqualTo(ReadCache.NO_BODY);
            c.commit();
        }
        try (ReadCache c = ReadCache.open(dir.resolve(".public.cache"), KEY, true, m -> { })) {
            assertThat(c.reuse(a)).isNotNull();
            assertThat(c.bodyHash("a.txt")).as("taken over with its record").isEqualTo(hash);
            assertThat(c.bodyHash("b.txt")).as("not taken over (yet)").isEqualTo(ReadCache.NO_BODY);
        }
    }

    @Test
    void aChangedFileAnotherKeyOrNoReuseIsReadAgain() {
        SourceFile a = file("a.txt", 100, 5_000L);
        try (ReadCache c = ReadCache.open(dir.resolve(".public.cache"), KEY, true, m -> { })) {
            c.put(a, record(a, "A"));
            c.commit();
        }
        try (ReadCache c = ReadCache.open(dir.resolve(".public.cache"), KEY, true, m -> { })) {
            assertThat(c.reuse(file("a.txt", 100, 5_001L))).as("modified").isNull();
            assertThat(c.reuse(file("a.txt", 101, 5_000L))).as("resized").isNull();
            assertThat(c.reuse(file("b.txt", 100, 5_000L))).as("another file").isNull();
            assertThat(c.reuse(file("a.txt", 100, 0))).as("time unknown").isNull();
        }
        try (ReadCache c = ReadCache.open(dir.resolve(".public.cache"), KEY + 1, true, m -> { })) {
            assertThat(c.reuse(a)).as("another Gazette or site.yaml").isNull();
        }
        try (ReadCache c = ReadCache.open(dir.resolve(".public.cache"), KEY, false, m -> { })) {
            assertThat(c.reuse(a)).as("--no-cache").isNull();
        }
    }

    /** Ten files, their stamps shifted by {@code edit} (a rebuild after all of them changed). */
    private List<SourceFile> tenFiles(int edit) {
        List<SourceFile> files = new ArrayList<>();
        for (int i = 0; i < 10; i++) files.add(file("f" + i + ".txt", 100 + i, 5_000L + i + 1000L * edit));
        return files;
    }

    /** One build over {@code files}: takes over what it can, stores the rest with titles {@code title + i}; the records it took over. */
    private int build(List<SourceFile> files, String title, boolean commit) {
        int reused = 0;
        try (ReadCache c = ReadCache.open(dir.resolve(".public.cache"), KEY, true, m -> { })) {
            for (int i = 0; i < files.size(); i++) {
                SourceFile f = files.get(i);
                ReadRecord r = c.reuse(f);
                if (r != null) {
                    reused++;
                    continue;
                }
                c.put(f, record(f, title + i));
            }
            if (commit) c.commit();
        }
        return reused;
    }

    @Test
    void aRebuildLeavesTakenOverRecordsWhereTheyLieAndAppendsWhatChanged() throws Exception {
        Path data = dir.resolve(".public.cache");
        List<SourceFile> files = tenFiles(0);
        assertThat(build(files, "Bài ", true)).isZero();
        long full = Files.size(data);
        assertThat(build(files, "Bài ", true)).isEqualTo(10);
        assertThat(Files.size(data)).as("nothing copied").isEqualTo(full);
        assertThat(dir.resolve(".public.cache.tmp")).doesNotExist();

        List<SourceFile> edited = new ArrayList<>(files);
        edited.set(3, file("f3.txt", 103, 9_999L));
        assertThat(build(edited, "Mới ", true)).isEqualTo(9);
        long afterEdit = Files.size(data);
        assertThat(afterEdit).as("one record appended").isGreaterThan(full).isLessThan(full + full / 5);

        edited.set(4, file("f4.txt", 104, 9_999L));
        build(edited, "Hỏng ", false); // a failed build
        assertThat(Files.size(data)).as("what it appended is cut off").isEqualTo(afterEdit);
        try (ReadCache c = ReadCache.open(data, KEY, true, m -> { })) {
            assertThat(c.reuse(edited.get(3)).draft().title()).isEqualTo("Mới 3");
            assertThat(c.reuse(files.get(0)).draft().title()).isEqualTo("Bài 0");
            assertThat(c.reuse(edited.get(4))).as("never committed").isNull();
            assertThat(c.body("f0.txt")).as("a body where it lay").isEqualTo(record(files.get(0), "x").body());
        }
    }

    @Test
    void whenHalfTheDataFileIsRecordsNoLongerListedARebuildWritesItAfresh() throws Exception {
        Path data = dir.resolve(".public.cache");
        build(tenFiles(0), "Bài ", true);
        long full = Files.size(data);
        build(tenFiles(1), "Bài ", true); // every file changed: half the records are dead
        build(tenFiles(2), "Bài ", true);
        assertThat(Files.size(data)).as("appended twice").isGreaterThan(2 * full);
        assertThat(build(tenFiles(2), "Mới ", true)).as("taken over while compacting").isEqualTo(10);
        assertThat(Files.size(data)).isEqualTo(full);
        assertThat(dir.resolve(".public.cache.tmp")).doesNotExist();
        try (ReadCache c = ReadCache.open(data, KEY, true, m -> { })) {
            assertThat(c.reuse(tenFiles(2).get(7)).draft().title()).isEqualTo("Bài 7");
            assertThat(c.body("f7.txt")).isEqualTo(record(tenFiles(2).get(7), "x").body());
        }
    }

    @Test
    void anIndexFromAnotherDataFileIsNotUsed() throws Exception {
        Path index = dir.resolve(".public.cache.index");
        List<SourceFile> files = tenFiles(0);
        build(files, "Bài ", true);
        byte[] old = Files.readAllBytes(index);
        try (ReadCache c = ReadCache.open(dir.resolve(".public.cache"), KEY, false, m -> { })) {
            for (SourceFile f : files) c.put(f, record(f, "Khác"));
            c.commit(); // a data file of its own, as after a rebuild that compacted
        }
        Files.write(index, old); // as if the build was killed between replacing the data file and the index
        assertThat(build(files, "Bài ", true)).isZero();
        Files.write(index, Arrays.copyOf(old, old.length - 1));
        assertThat(build(files, "Bài ", true)).as("a damaged index").isZero();
    }

    @Test
    void anUncommittedCacheLeavesThePreviousOne() throws Exception {
        SourceFile a = file("a.txt", 100, 5_000L);
        try (ReadCache c = ReadCache.open(dir.resolve(".public.cache"), KEY, true, m -> { })) {
            c.put(a, record(a, "A"));
            c.commit();
        }
        try (ReadCache c = ReadCache.open(dir.resolve(".public.cache"), KEY, true, m -> { })) {
            c.put(a, record(a, "B"));
            // the build failed: no commit
        }
        assertThat(dir.resolve(".public.cache.tmp")).doesNotExist();
        try (ReadCache c = ReadCache.open(dir.resolve(".public.cache"), KEY, true, m -> { })) {
            assertThat(c.reuse(a).draft().title()).isEqualTo("A");
        }
    }

    @Test
    void damagedRecordsAndFilesAreNotUsed() throws Exception {
        List<SourceFile> files = new ArrayList<>();
        try (ReadCache c = ReadCache.open(dir.resolve(".public.cache"), KEY, true, m -> { })) {
            for (int i = 0; i < 50; i++) {
                SourceFile f = file("f" + i + ".txt", 100 + i, 5_000L + i);
                files.add(f);
                c.put(f, record(f, "Bài số " + i));
            }
            c.commit();
        }
        Path cache = dir.resolve(".public.cache");
        byte[] bytes = Files.readAllBytes(cache);
        for (int i = 40; i < bytes.length / 2; i += 97) bytes[i] ^= 0x21;
        Files.write(cache, bytes);
        try (ReadCache c = ReadCache.open(cache, KEY, true, m -> { })) {
            int reused = 0;
            for (int i = 0; i < files.size(); i++) {
                ReadRecord r = c.reuse(files.get(i));
                if (r == null) continue;
                reused++;
                assertThat(r.draft().title()).isEqualTo("Bài số " + i);
            }
            assertThat(reused).as("records after the damage are intact").isPositive().isLessThan(files.size());
        }
        Files.write(cache, new byte[] {1, 2, 3});
        try (ReadCache c = ReadCache.open(cache, KEY, true, m -> { })) {
            assertThat(c.reuse(files.get(0))).isNull();
        }
    }

    @Test
    void aDamagedBodyIsNotHandedOutButItsMetadataIsTakenOver() throws Exception {
        SourceFile f = file("a.txt", 100, 5_000L);
        ReadRecord r = record(f, "A");
        try (ReadCache c = ReadCache.open(dir.resolve(".public.cache"), KEY, true, m -> { })) {
            c.put(f, r);
            c.commit();
        }
        Path cache = dir.resolve(".public.cache");
        byte[] bytes = Files.readAllBytes(cache);
        bytes[bytes.length - 3] ^= 0x21; // the record's body comes last
        Files.write(cache, bytes);
        try (ReadCache c = ReadCache.open(cache, KEY, true, m -> { })) {
            assertThat(c.reuse(f).draft().title()).as("metadata is checked apart").isEqualTo("A");
            assertThat(c.body("a.txt")).as("the page is made from the file instead").isNull();
        }
    }

    @Test
    void aCacheThatCannotBeWrittenIsGivenUpWithOneWarning() throws Exception {
        Path blocked = dir.resolve("blocked");
        Files.writeString(blocked, "a file where the cache's folder should be");
        List<String> problems = new ArrayList<>();
        SourceFile a = file("a.txt", 100, 5_000L);
        try (ReadCache c = ReadCache.open(blocked.resolve(".public.cache"), KEY, true, problems::add)) {
            c.put(a, record(a, "A"));
            c.put(a, record(a, "A"));
            assertThat(c.body("a.txt")).isNull();
            c.commit();
        }
        assertThat(problems).hasSize(1);
        assertThat(problems.get(0)).contains("the next build reads every file again");
    }

    @Test
    void theKeyFollowsSiteYaml() throws Exception {
        Path yaml = dir.resolve("site.yaml");
        long none = ReadCache.key(yaml);
        Files.writeString(yaml, "title: A\n");
        long a = ReadCache.key(yaml);
        Files.writeString(yaml, "title: B\n");
        long b = ReadCache.key(yaml);
        assertThat(List.of(none, a, b)).doesNotHaveDuplicates();
        assertThat(ReadCache.key(yaml)).isEqualTo(b);
    }
}
