package org.gazette.content;

import org.gazette.diag.Diagnostic;
import org.gazette.text.Folding;

import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * Reads a {@code .md} file: optional YAML front matter, then a Markdown body rendered to sanitized
 * HTML blocks.
 *
 * <p>Front-matter keys: {@code title}, {@code date}, {@code author} (text or list),
 * {@code source}, {@code category} (or Hugo's {@code categories} list, whose first entry is used),
 * {@code tags} (list or comma-separated text), {@code slug}, {@code summary} (or
 * {@code description}), {@code draft}. Other keys are kept as template params, with a warning so
 * that typos show. Without a {@code title}, a leading {@code # Heading} is the title; without
 * either, the file is skipped. Malformed front matter skips the file too: building it without its
 * metadata would publish a page the author did not intend.
 *
 * <p>Thread-safe; build one per site and share it.
 */
public final class MarkdownReader {
    private static final Set<String> KNOWN_KEYS = Set.of("title", "date", "author", "source", "category",
            "categories", "tags", "slug", "summary", "description", "draft");

    private final ZoneId zone;
    private final MarkdownBody markdown = new MarkdownBody();

    /** @param zone the zone of dates and times written without an offset */
    public MarkdownReader(ZoneId zone) {
        this.zone = Objects.requireNonNull(zone, "zone");
    }

    /**
     * Reads one file's decoded text.
     *
     * @param relPath the file's path relative to {@code content/}, for diagnostics
     * @param text    the whole file, any line ends, a leading byte-order mark allowed
     */
    public ReadResult read(String relPath, String text) {
        FrontMatter frontMatter;
        try {
            // NFC, one spelling of Đ, no BOM or zero-width characters: before anything compares text.
            frontMatter = FrontMatter.read(Folding.clean(text));
        } catch (FrontMatter.Malformed e) {
            return ReadResult.skipped(Diagnostic.warning(relPath, e.line(), e.getMessage()));
        }
        Fields fields = new Fields(relPath, frontMatter.entries());
        String title = fields.text("title");
        MarkdownBody.Rendered body = markdown.render(frontMatter.body(), title);
        // A leading heading that is the title (given or not): the page shows it once, as the title.
        if (body.titleHeading() != null) title = body.titleHeading();
        List<Block> blocks = body.blocks();
        if (title == null) {
            List<Diagnostic> diagnostics = new ArrayList<>(fields.diagnostics);
            diagnostics.add(Diagnostic.warning(relPath, "no title (add title: to the front matter)"));
            return new ReadResult(null, diagnostics);
        }

        ParsedArticle article = new ParsedArticle(
                title,
                fields.date(zone),
                fields.names("author"),
                fields.text("source"),
                fields.category(),
                fields.tags(),
                fields.text("slug"),
                fields.summary(),
                fields.draft(),
                blocks,
                fields.params());
        return ReadResult.of(article, fields.diagnostics);
    }

    /** Typed access to the front-matter values of one file, collecting a warning for each misfit. */
    private static final class Fields {
        private final String relPath;
        private final Map<String, FrontMatter.Entry> entries;
        private final List<Diagnostic> diagnostics = new ArrayList<>();

        Fields(String relPath, Map<String, FrontMatter.Entry> entries) {
            this.relPath = relPath;
            this.entries = entries;
        }

        private void warn(String key, String message) {
            diagnostics.add(Diagnostic.warning(relPath, entries.get(key).line(), message));
        }

        /** A single value as cleaned text, or null when absent, blank or not a single value. */
        String text(String key) {
            FrontMatter.Entry entry = entries.get(key);
            if (entry == null || entry.value() == null) return null;
            if (entry.value() instanceof List || entry.value() instanceof Map) {
                warn(key, "front-matter key '" + key + "' should be a single value (ignored)");
                return null;
            }
            return cleaned(entry.value());
        }

        /** A list of single values (a lone value counts as a list of one), cleaned, blanks left out. */
        private List<String> list(String key) {
            FrontMatter.Entry entry = entries.get(key);
            if (entry == null || entry.value() == null) return List.of();
            List<?> items = entry.value() instanceof List<?> l ? l : List.of(entry.value());
            List<String> out = new ArrayList<>();
            for (Object item : items) {
                if (item instanceof List || item instanceof Map) {
                    warn(key, "front-matter key '" + key + "' should be a list of single values (nested entries ignored)");
                } else if (item != null && cleaned(item) != null) {
                    out.add(cleaned(item));
                }
            }
            return out;
        }

        String summary() {
            String summary = text("summary");
            return summary != null ? summary : text("description");
        }

        /** One name or several: a list becomes "A, B". */
        String names(String key) {
            List<String> names = list(key);
            return names.isEmpty() ? null : String.join(", ", names);
        }

        String category() {
            String category = text("category");
            if (category != null || !entries.containsKey("categories")) return category;
            List<String> categories = list("categories");
            if (categories.size() > 1) {
                warn("categories", "front matter lists " + categories.size() + " categories; only the first, '"
                        + categories.get(0) + "', is used");
            }
            return categories.isEmpty() ? null : categories.get(0);
        }

        /** A list, or one text of comma-separated tags; duplicates dropped, order kept. */
        List<String> tags() {
            Set<String> tags = new LinkedHashSet<>();
            FrontMatter.Entry entry = entries.get("tags");
            if (entry != null && entry.value() instanceof String csv) {
                for (String tag : csv.split(",")) {
                    if (cleaned(tag) != null) tags.add(cleaned(tag));
                }
            } else {
                tags.addAll(list("tags"));
            }
            return List.copyOf(tags);
        }

        PublishedAt date(ZoneId zone) {
            String date = text("date");
            if (date == null) return null;
            PublishedAt published = FrontMatterDates.parse(date, zone).orElse(null);
            if (published == null) {
                warn("date", "unparseable date '" + date + "' (expected ISO 8601, such as 2023-03-24 or "
                        + "2023-03-24T07:35:00+07:00); the article stays undated");
            }
            return published;
        }

        /** True or false; YAML 1.1's yes/no/on/off as well, since older Jekyll files use them. */
        boolean draft() {
            String draft = text("draft");
            if (draft == null) return false;
            switch (draft.toLowerCase(Locale.ROOT)) {
                case "true", "yes", "on" -> {
                    return true;
                }
                case "false", "no", "off" -> {
                    return false;
                }
                default -> {
                    warn("draft", "front-matter key 'draft' should be true or false, not '" + draft
                            + "' (taken as false)");
                    return false;
                }
            }
        }

        /** The keys this reader does not know, kept for templates (without nulls), each with a warning. */
        Map<String, Object> params() {
            Map<String, Object> params = new HashMap<>();
            entries.forEach((key, entry) -> {
                if (KNOWN_KEYS.contains(key)) return;
                warn(key, "unknown front-matter key '" + key + "' (kept)");
                if (entry.value() != null) params.put(key, entry.value());
            });
            return params;
        }

        private static String cleaned(Object value) {
            // Folded again: YAML escapes ("\u00A0", "\u200B") can bring back what the file-wide clean removed.
            String text = Folding.clean(String.valueOf(value)).strip();
            return text.isEmpty() ? null : text;
        }
    }
}
