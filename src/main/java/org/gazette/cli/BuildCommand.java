package org.gazette.cli;

import org.gazette.build.Build;
import org.gazette.build.BuildOptions;
import org.gazette.build.BuildReport;
import org.gazette.diag.Diagnostic;
import org.gazette.diag.Diagnostics;
import org.gazette.diag.Severity;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;

/** {@code gazette build}: builds the site once. */
@Command(name = "build", mixinStandardHelpOptions = true,
        description = "Builds the site from <source>/content into the output folder.",
        footer = {"", "Examples:", "  gazette build",
                "  gazette build --source ~/archive --output ~/site --base-url https://example.org/archive/"})
final class BuildCommand implements Callable<Integer> {
    /** Exit code when {@code --strict} finds warnings or errors. */
    static final int EXIT_STRICT = 3;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @CommandLine.Mixin
    SiteOptions site = new SiteOptions();

    @Option(names = "--strict", description = "Exit with code 3 when any file gave a warning or error.")
    boolean strict;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        Diagnostics diagnostics = site.verbose ? new Diagnostics() : Diagnostics.withoutNotes();
        BuildReport r = new Build(site.options(), diagnostics, ProgressDisplay.choose(site.quiet, err)).run();
        site.print(diagnostics, err);
        if (!site.quiet) out.println(summary(r, diagnostics));
        out.flush();
        boolean problems = diagnostics.count(Severity.WARNING) + diagnostics.count(Severity.ERROR) > 0;
        return strict && problems ? EXIT_STRICT : 0;
    }

    static String summary(BuildReport r, Diagnostics d) {
        long total = r.phases().values().stream().mapToLong(Long::longValue).sum();
        StringBuilder sb = new StringBuilder();
        sb.append(String.format(Locale.ROOT, "Built %d articles into %s: %d files (%d changed), %.1f MB, in %.1f s",
                r.articles(), r.output(), r.pages(), r.pages() - r.unchanged(), r.bytes() / 1e6, total / 1000.0));
        if (r.reused() > 0) {
            sb.append(String.format(Locale.ROOT, "; %d of %d source files unchanged since the last build",
                    r.reused(), r.files()));
        }
        if (r.skipped() > 0) sb.append(String.format(Locale.ROOT, "; %d files not published", r.skipped()));
        long warnings = d.count(Severity.WARNING), errors = d.count(Severity.ERROR);
        if (warnings + errors > 0) sb.append(String.format(Locale.ROOT, "; %d warnings, %d errors", warnings, errors));
        sb.append('.');
        sb.append(System.lineSeparator()).append("Phases (ms): ").append(r.phases());
        return sb.toString();
    }

    /** Options shared by commands that build a site. */
    static final class SiteOptions {
        @Option(names = {"-s", "--source"}, paramLabel = "DIR", defaultValue = ".",
                description = "Folder holding content/, and optionally site.yaml and themes/ (default: .).")
        Path source;

        @Option(names = {"-o", "--output"}, paramLabel = "DIR",
                description = "Where the site is written (default: <source>/public).")
        Path output;

        @Option(names = "--base-url", paramLabel = "URL",
                description = "Public URL of the site, e.g. https://example.org/archive/ (default: baseUrl of site.yaml, else /).")
        String baseUrl;

        @Option(names = "--portable", negatable = true,
                description = "Relative links to files, so the site works opened from disk (default: portable of site.yaml).")
        Boolean portable;

        @Option(names = "--force", description = "Replace an output folder that is not a previous Gazette output.")
        boolean force;

        @Option(names = {"-j", "--threads"}, paramLabel = "N", description = "Worker threads (default: number of cores).")
        int threads = Runtime.getRuntime().availableProcessors();

        @Option(names = "--no-search", description = "Build without the search index and the search page.")
        boolean noSearch;

        @Option(names = "--no-cache", description = "Read every file again instead of taking what the previous build"
                + " read from files that have not changed (the cache is then written anew).")
        boolean noCache;

        @Option(names = {"-q", "--quiet"}, description = "Print only errors.")
        boolean quiet;

        @Option(names = {"-v", "--verbose"}, description = "Print every note, and stack traces of fatal errors.")
        boolean verbose;

        BuildOptions options() {
            return new BuildOptions(source, output, baseUrl, portable, force, Math.max(1, threads), !noSearch, !noCache);
        }

        void print(Diagnostics diagnostics, PrintWriter err) {
            for (Diagnostic d : diagnostics.sorted()) {
                boolean show = switch (d.severity()) {
                    case ERROR -> true;
                    case WARNING -> !quiet;
                    case INFO -> verbose;
                };
                if (show) err.println(d);
            }
            err.flush();
        }
    }
}
