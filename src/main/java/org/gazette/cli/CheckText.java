package org.gazette.cli;

import java.io.PrintWriter;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import org.gazette.build.CategoryGuess;
import org.gazette.build.CheckEntry;
import org.gazette.build.CheckSummary;

/** {@code gazette check --format text}: one block per article, then the summary, for a person to read. */
final class CheckText {
    private final PrintWriter out;

    CheckText(PrintWriter out) {
        this.out = out;
    }

    void entry(CheckEntry e) {
        out.println(e.path());
        field("title", e.title());
        field("date", e.date() == null ? "missing" : e.date());
        field("author", orDash(e.author()));
        field("source", orDash(e.source()));
        field("category", category(e));
        field("tags", e.tags().isEmpty() ? "—" : String.join(", ", e.tags()));
        if (e.duplicateOf() != null) {
            field("duplicate", "of " + e.duplicateOf() + (e.url() == null ? " (not published)" : ""));
        }
        if (!e.copies().isEmpty()) field("copies", String.join(", ", e.copies()));
        if (e.url() == null) field("published", "no");
        for (CheckEntry.Problem p : e.problems()) field(p.severity(), (p.line() > 0 ? "line " + p.line() + ": " : "") + p.message());
        out.println();
    }

    void summary(CheckSummary s) {
        out.println("Summary");
        field("files", s.files() + " (" + s.articles() + " articles, " + s.published() + " published, "
                + s.otherFiles().size() + " other files with problems)");
        field("dated", String.format(Locale.ROOT, "%d of %d (%.1f %%)", s.dated(), s.articles(), s.percentDated()));
        field("author", String.format(Locale.ROOT, "%d of %d (%.1f %%)", s.withAuthor(), s.articles(), s.percentWithAuthor()));
        field("source", String.format(Locale.ROOT, "%d of %d", s.withSource(), s.articles()));
        field("categories", s.categories().stream()
                .map(c -> c.name() + " " + c.articles() + (c.guessed() > 0 ? " (" + c.guessed() + " guessed)" : ""))
                .collect(Collectors.joining(", ")));
        field("tags", s.tags().distinct() + " distinct, " + s.tags().withPage() + " with a page; most used: "
                + s.tags().top().stream().map(t -> t.tag() + " (" + t.articles() + ")").collect(Collectors.joining(", ")));
        field("duplicates", s.duplicates().copies() + " near-duplicates of " + s.duplicates().groups() + " articles (duplicates: "
                + s.duplicates().mode() + ")");
        field("problems", s.warnings() + " warnings, " + s.errors() + " errors");
        for (CheckSummary.FileProblems f : s.otherFiles()) problems(f.path(), f.problems());
        problems("site.yaml", s.siteProblems());
        out.flush();
    }

    private void problems(String path, List<CheckEntry.Problem> problems) {
        for (CheckEntry.Problem p : problems) {
            out.println("  " + path + (p.line() > 0 ? ":" + p.line() : "") + ": " + p.severity() + ": " + p.message());
        }
    }

    private static String category(CheckEntry e) {
        if (e.category() == null) return "—";
        String name = e.categoryName() != null && !e.categoryName().equals(e.category()) ? " (" + e.categoryName() + ")" : "";
        CategoryGuess g = e.guess();
        if (g == null) return e.category() + name;
        if (g.applied()) return String.format(Locale.ROOT, "%s%s, guessed with confidence %.2f", e.category(), name, g.confidence());
        return String.format(Locale.ROOT, "%s%s, the default: best guess %s at %.2f is below categoryConfidence",
                e.category(), name, g.category(), g.confidence());
    }

    private void field(String label, String value) {
        out.printf("  %-11s %s%n", label + ":", value);
    }

    private static String orDash(String s) {
        return s == null ? "—" : s;
    }
}
