package org.gazette.quality;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

/**
 * Loads the shared corpora of {@code ../shared/corpus} (described in its README) with their
 * ground truth. Files are taken in sorted order, at most {@code perCategory} per category (or in
 * all, for corpora without categories), so a small sample is the same on every machine.
 */
final class Corpora {
    private static final DateTimeFormatter COMPACT_DATE = DateTimeFormatter.BASIC_ISO_DATE;

    private Corpora() {}

    /** VNTC: the category is the topic folder; line 1 is the title in VnExpress and Tuổi Trẻ files only. */
    static List<CorpusItem> vntc(Path corpus, int perCategory) {
        Path root = corpus.resolve("vntc/Train_Full");
        List<CorpusItem> out = new ArrayList<>();
        for (Path topic : sorted(root, Files::isDirectory)) {
            String category = topic.getFileName().toString();
            for (Path file : limit(sorted(topic, Corpora::isText), perCategory)) {
                String text = read(file);
                String name = file.getFileName().toString().replace(" ", "");
                boolean titled = name.contains("_VNE_") || name.contains("_TT_");
                out.add(new CorpusItem("vntc", root.relativize(file).toString(), text, category,
                        titled ? firstLine(text) : null, null, null));
            }
        }
        return out;
    }

    /**
     * Dân trí (underthesea): category, date and title from {@code metadata.tsv}. The three header
     * lines of each file ({@code # url = …} names the section) are cut off: no article has them.
     */
    static List<CorpusItem> underthesea(Path corpus, int perCategory) {
        Path root = corpus.resolve("underthesea-unc");
        Map<String, List<CorpusItem>> byCategory = new TreeMap<>();
        List<String> rows = lines(root.resolve("metadata.tsv"));
        for (String row : rows.subList(1, rows.size())) {
            String[] f = row.split("\t");
            if (f.length < 5) continue;
            List<CorpusItem> items = byCategory.computeIfAbsent(f[1], k -> new ArrayList<>());
            if (items.size() >= perCategory) continue;
            String text = withoutHeader(read(root.resolve(f[0])));
            items.add(new CorpusItem("underthesea", f[0], text, f[1], f[4].strip(), LocalDate.parse(f[2], COMPACT_DATE), null));
        }
        List<CorpusItem> out = new ArrayList<>();
        byCategory.values().forEach(out::addAll);
        return out;
    }

    /** BBC: the category is the folder, the title line 1. */
    static List<CorpusItem> bbc(Path corpus, int perCategory) {
        Path root = corpus.resolve("bbc");
        List<CorpusItem> out = new ArrayList<>();
        for (Path folder : sorted(root, Files::isDirectory)) {
            for (Path file : limit(sorted(folder, Corpora::isText), perCategory)) {
                String text = read(file);
                out.add(new CorpusItem("bbc", root.relativize(file).toString(), text, folder.getFileName().toString(),
                        firstLine(text), null, null));
            }
        }
        return out;
    }

    /**
     * Báo Mới: the title is line 1; no categories, no dates. The scraper moved each article's lead
     * after its closing line, behind three empty lines; it is put back under the title, so that the
     * article reads as published and its closing line (a byline or source when shorter than 40
     * characters, as the corpus README counts them) ends it again.
     */
    static List<CorpusItem> baomoi(Path corpus, int count) {
        Path root = corpus.resolve("baomoi/20170702_3000");
        List<CorpusItem> out = new ArrayList<>();
        for (Path file : limit(sorted(root, Corpora::isText), count)) {
            String[] blocks = read(file).split("\n\n\n\n", 2);
            String article = blocks[0].strip();
            int titleEnd = article.indexOf('\n');
            String title = titleEnd < 0 ? article : article.substring(0, titleEnd);
            String text = blocks.length < 2 || titleEnd < 0 ? article
                    : title + "\n\n" + blocks[1].strip() + "\n\n" + article.substring(titleEnd + 1).strip();
            String last = article.substring(article.lastIndexOf('\n') + 1).strip();
            out.add(new CorpusItem("baomoi", root.relativize(file).toString(), text, null, title.strip(), null,
                    titleEnd > 0 && !last.isEmpty() && last.length() < 40 ? last : null));
        }
        return out;
    }

    private static String withoutHeader(String text) {
        int at = 0;
        while (text.startsWith("# ", at)) {
            int end = text.indexOf('\n', at);
            if (end < 0) return "";
            at = end + 1;
        }
        return text.substring(at);
    }

    private static String firstLine(String text) {
        for (String line : text.split("\r?\n")) {
            if (!line.isBlank()) return line.strip();
        }
        return null;
    }

    private static boolean isText(Path p) {
        return Files.isRegularFile(p) && p.getFileName().toString().endsWith(".txt");
    }

    private static List<Path> limit(List<Path> files, int max) {
        return files.size() <= max ? files : files.subList(0, max);
    }

    private static List<Path> sorted(Path dir, java.util.function.Predicate<Path> filter) {
        try (Stream<Path> s = Files.list(dir)) {
            return s.filter(filter).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(dir + ": cannot be listed", e);
        }
    }

    private static String read(Path file) {
        try {
            return Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(file + ": cannot be read", e);
        }
    }

    private static List<String> lines(Path file) {
        try {
            return Files.readAllLines(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(file + ": cannot be read", e);
        }
    }
}
