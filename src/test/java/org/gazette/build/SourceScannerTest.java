package org.gazette.build;

import org.gazette.content.SourceFile;
import org.gazette.diag.GazetteException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class SourceScannerTest {
    @TempDir
    Path dir;

    @Test
    void listsEveryFileAtAnyDepthSortedByRelativePath() throws Exception {
        Path content = dir.resolve("content");
        List<String> expected = new ArrayList<>();
        for (int c = 0; c < 5; c++) {
            for (int i = 0; i < 30; i++) {
                String rel = "muc-" + c + "/" + (i % 3 == 0 ? "nam-" + i % 2 + "/" : "") + "bai-" + i + ".txt";
                write(content.resolve(rel), "Bài " + i);
                expected.add(rel);
            }
        }
        write(content.resolve("gioi-thieu.md"), "# Giới thiệu");
        expected.add("gioi-thieu.md");
        expected.sort(null);
        List<String> problems = new ArrayList<>();
        List<SourceFile> files = SourceScanner.scan(content, problems::add);
        assertThat(files).extracting(SourceFile::relPath).containsExactlyElementsOf(expected);
        assertThat(problems).isEmpty();
        SourceFile first = files.get(0);
        assertThat(first.size()).isEqualTo(Files.size(content.resolve(first.relPath())));
        assertThat(first.modified()).isEqualTo(Files.getLastModifiedTime(content.resolve(first.relPath())).toInstant()
                .getEpochSecond() * 1_000_000_000L + Files.getLastModifiedTime(content.resolve(first.relPath())).toInstant().getNano());
    }

    @Test
    void leavesOutHiddenFilesAndFoldersAndDoesNotFollowLinks() throws Exception {
        Path content = dir.resolve("content");
        write(content.resolve("a.txt"), "A");
        write(content.resolve(".nhap.txt"), "hidden");
        write(content.resolve(".git/config"), "hidden folder");
        write(content.resolve("muc/.DS_Store"), "hidden");
        Path outside = dir.resolve("outside");
        write(outside.resolve("secret.txt"), "outside the tree");
        Files.createSymbolicLink(content.resolve("linked"), outside);
        Files.createSymbolicLink(content.resolve("muc/link.txt"), outside.resolve("secret.txt"));
        assertThat(SourceScanner.scan(content, p -> { })).extracting(SourceFile::relPath).containsExactly("a.txt");
    }

    @Test
    void aMissingContentFolderStopsTheBuildNamingIt() {
        assertThatThrownBy(() -> SourceScanner.scan(dir.resolve("content"), p -> { }))
                .isInstanceOf(GazetteException.class).hasMessageContaining("no content folder");
    }

    private static void write(Path p, String text) throws Exception {
        Files.createDirectories(p.getParent());
        Files.writeString(p, text);
    }
}
