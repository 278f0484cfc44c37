package org.gazette.output;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class StagedOutputTest {
    @TempDir
    Path dir;

    private static byte[] b(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }

    @Test
    void nothingReachesTheOutputBeforeCommit() throws Exception {
        Path out = dir.resolve("public");
        try (StagedOutput o = StagedOutput.open(out)) {
            o.write("index.html", b("mới"));
            assertThat(out).doesNotExist();
            o.commit();
        }
        assertThat(out.resolve("index.html")).hasContent("mới");
        assertThat(out.resolve(OutputGuard.MARKER)).exists();
        assertThat(dir.resolve(".public.staging")).doesNotExist();
    }

    @Test
    void aFileMadeFromTheSameFingerprintIsKeptWithoutBeingMade() throws Exception {
        Path out = dir.resolve("public");
        try (StagedOutput o = StagedOutput.open(out)) {
            assertThat(o.keep("a/index.html", 42)).as("nothing to keep in a fresh output").isFalse();
            o.write("a/index.html", b("một"), 42);
            o.write("b/index.html", b("hai"), 7);
            o.commit();
        }
        FileTime old = FileTime.from(Instant.parse("2020-01-01T00:00:00Z"));
        Files.setLastModifiedTime(out.resolve("a/index.html"), old);
        try (StagedOutput o = StagedOutput.open(out)) {
            long marker = o.unchanged();
            assertThat(o.keep("a/index.html", 42)).isTrue();
            assertThat(o.keep("b/index.html", 8)).as("another fingerprint").isFalse();
            assertThat(o.keep("c/index.html", 42)).as("never written").isFalse();
            assertThat(o.keep("b/index.html", 0)).as("no fingerprint").isFalse();
            o.write("b/index.html", b("hai nữa"), 8);
            assertThatThrownBy(() -> o.keep("a/index.html", 42)).isInstanceOf(IllegalStateException.class);
            assertThat(o.unchanged() - marker).isEqualTo(1);
            o.commit();
        }
        assertThat(out.resolve("a/index.html")).hasContent("một");
        assertThat(Files.getLastModifiedTime(out.resolve("a/index.html"))).isEqualTo(old);
        assertThat(out.resolve("b/index.html")).hasContent("hai nữa");
        // the kept file stays in the manifest: a third build keeps it again
        try (StagedOutput o = StagedOutput.open(out)) {
            assertThat(o.keep("a/index.html", 42)).isTrue();
            o.commit();
        }
        assertThat(out.resolve("a/index.html")).hasContent("một");
        assertThat(out.resolve("b/index.html")).as("not written by the third build").doesNotExist();
    }

    @Test
    void aFileEditedOrRemovedSinceIsNotKept() throws Exception {
        Path out = dir.resolve("public");
        try (StagedOutput o = StagedOutput.open(out)) {
            o.write("a.html", b("một"), 1);
            o.write("b.html", b("hai"), 2);
            o.commit();
        }
        Files.writeString(out.resolve("a.html"), "sửa tay");
        Files.delete(out.resolve("b.html"));
        try (StagedOutput o = StagedOutput.open(out)) {
            assertThat(o.keep("a.html", 1)).isFalse();
            assertThat(o.keep("b.html", 2)).isFalse();
            o.write("a.html", b("một"), 1);
            o.write("b.html", b("hai"), 2);
            o.commit();
        }
        assertThat(out.resolve("a.html")).hasContent("một");
        assertThat(out.resolve("b.html")).hasContent("hai");
    }

    @Test
    void aManifestOfAnOlderFormatIsNotTrusted() throws Exception {
        Path out = dir.resolve("public");
        try (StagedOutput o = StagedOutput.open(out)) {
            o.write("a.html", b("một"), 1);
            o.commit();
        }
        Files.writeString(dir.resolve(".public.manifest"), "3 abc a.html\n");
        try (StagedOutput o = StagedOutput.open(out)) {
            long marker = o.unchanged();
            assertThat(o.keep("a.html", 1)).isFalse();
            o.write("a.html", b("một"), 1);
            assertThat(o.unchanged() - marker).as("compared byte by byte instead").isEqualTo(1);
            o.commit();
        }
    }

    @Test
    void aFolderThoughtMadeButMissingIsMadeWhenWritten() throws Exception {
        // what a folder whose hash matches an earlier folder's meets: the record says made, the disk says not
        Path out = dir.resolve("public");
        try (StagedOutput o = StagedOutput.open(out)) {
            o.write("a/one.html", b("một"));
            Files.delete(dir.resolve(".public.staging/a/one.html"));
            Files.delete(dir.resolve(".public.staging/a"));
            o.write("a/two.html", b("hai"));
            o.commit();
        }
        assertThat(out.resolve("a/two.html")).hasContent("hai");
    }

    @Test
    void aBuildThatFailsLeavesThePreviousSiteUntouched() throws Exception {
        Path out = dir.resolve("public");
        try (StagedOutput o = StagedOutput.open(out)) {
            o.write("a/index.html", b("cũ"));
            o.commit();
        }
        try (StagedOutput o = StagedOutput.open(out)) {
            o.write("a/index.html", b("hỏng"));
            // no commit: the build failed
        }
        assertThat(out.resolve("a/index.html")).hasContent("cũ");
        assertThat(dir.resolve(".public.staging")).doesNotExist();
    }

    @Test
    void unchangedFilesKeepTheirModificationTimeAndRemovedOnesGo() throws Exception {
        Path out = dir.resolve("public");
        try (StagedOutput o = StagedOutput.open(out)) {
            o.write("same.html", b("giữ nguyên"));
            o.write("changed.html", b("v1"));
            o.write("gone.html", b("bỏ"));
            o.commit();
        }
        FileTime old = FileTime.from(Instant.parse("2020-01-01T00:00:00Z"));
        Files.setLastModifiedTime(out.resolve("same.html"), old);
        Files.setLastModifiedTime(out.resolve("changed.html"), old);
        try (StagedOutput o = StagedOutput.open(out)) {
            o.write("same.html", b("giữ nguyên"));
            o.write("changed.html", b("v2"));
            o.commit();
            assertThat(o.unchanged()).as("same.html and the output marker").isEqualTo(2);
        }
        assertThat(Files.getLastModifiedTime(out.resolve("same.html"))).isEqualTo(old);
        assertThat(Files.getLastModifiedTime(out.resolve("changed.html"))).isNotEqualTo(old);
        assertThat(out.resolve("changed.html")).hasContent("v2");
        assertThat(out.resolve("gone.html")).doesNotExist();
    }

    @Test
    void aCommitKilledMidwayIsCompletedByTheNextBuild() throws Exception {
        Path out = dir.resolve("public");
        try (StagedOutput o = StagedOutput.open(out)) {
            o.write("a/index.html", b("cũ"));
            o.write("gone.html", b("bỏ"));
            o.commit();
        }
        // What a build killed after sealing its journal leaves: the journal and a staged file.
        Files.createDirectories(dir.resolve(".public.staging/a"));
        Files.writeString(dir.resolve(".public.staging/a/index.html"), "mới");
        Files.writeString(dir.resolve(".public.commit"), "M a/index.html\nD gone.html\n");
        try (StagedOutput o = StagedOutput.open(out)) {
            assertThat(out.resolve("a/index.html")).hasContent("mới");
            assertThat(out.resolve("gone.html")).doesNotExist();
            assertThat(dir.resolve(".public.commit")).doesNotExist();
        }
    }

    @Test
    void anUnsealedJournalIsIgnoredAndTheSiteStaysAsItWas() throws Exception {
        Path out = dir.resolve("public");
        try (StagedOutput o = StagedOutput.open(out)) {
            o.write("a.html", b("cũ"));
            o.commit();
        }
        Files.writeString(dir.resolve(".public.commit.tmp"), "D a.html\n");
        try (StagedOutput o = StagedOutput.open(out)) {
            assertThat(out.resolve("a.html")).hasContent("cũ");
        }
    }

    @Test
    void theManifestSparesReadingUnchangedFilesAndFolderChangesAreTidied() throws Exception {
        Path out = dir.resolve("public");
        try (StagedOutput o = StagedOutput.open(out)) {
            o.write("x/y/index.html", b("một"));
            o.write("z.html", b("hai"));
            o.commit();
        }
        assertThat(dir.resolve(".public.manifest")).exists();
        try (StagedOutput o = StagedOutput.open(out)) {
            o.write("z.html", b("hai"));
            o.commit();
            assertThat(o.unchanged()).isEqualTo(2);
        }
        assertThat(out.resolve("x")).as("emptied folders are removed").doesNotExist();
        assertThat(out.resolve("z.html")).hasContent("hai");
    }

    @Test
    void refusesPathsOutsideTheOutputAndDoubleWrites() {
        try (StagedOutput o = StagedOutput.open(dir.resolve("public"))) {
            assertThatThrownBy(() -> o.write("../evil.html", b("x"))).isInstanceOf(IllegalArgumentException.class);
            assertThatThrownBy(() -> o.write("/etc/x", b("x"))).isInstanceOf(IllegalArgumentException.class);
            o.write("a.html", b("x"));
            assertThatThrownBy(() -> o.write("a.html", b("y"))).isInstanceOf(IllegalStateException.class);
        }
    }
}
