package org.gazette.cli;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.gazette.build.Check;
import org.gazette.build.CheckSummary;
import org.gazette.diag.Diagnostics;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code gazette check}: reads and enriches the archive without writing the site, and reports. */
@Command(name = "check", mixinStandardHelpOptions = true,
        description = {"Reads and enriches the archive as a build would, writes nothing, and reports per article "
                + "(title, date, author, source, category, tags, duplicates, warnings) and in total."},
        footer = {"", "Examples:", "  gazette check", "  gazette check --source ~/archive --format json > report.json",
                "  gazette check --strict     (exit code 3 when any warning or error is found)"})
final class CheckCommand implements Callable<Integer> {
    enum Format { text, json }

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Option(names = {"-s", "--source"}, paramLabel = "DIR", defaultValue = ".",
            description = "Folder holding content/, and optionally site.yaml (default: .).")
    Path source;

    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "text",
            description = "text (default) or json.")
    Format format;

    @Option(names = "--strict", description = "Exit with code 3 when any warning or error is found.")
    boolean strict;

    @Option(names = {"-j", "--threads"}, paramLabel = "N", description = "Worker threads (default: number of cores).")
    int threads = Runtime.getRuntime().availableProcessors();

    @Option(names = {"-q", "--quiet"}, description = "Show no progress.")
    boolean quiet;

    @Option(names = {"-v", "--verbose"}, description = "Stack traces of fatal errors.")
    boolean verbose;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        Check check = new Check(source, threads, new Diagnostics(), ProgressDisplay.choose(quiet, spec.commandLine().getErr()));
        CheckSummary summary = format == Format.json ? json(check, out) : text(check, out);
        out.flush();
        return strict && summary.warnings() + summary.errors() > 0 ? BuildCommand.EXIT_STRICT : 0;
    }

    private static CheckSummary text(Check check, PrintWriter out) {
        CheckText text = new CheckText(out);
        CheckSummary summary = check.run(text::entry);
        text.summary(summary);
        return summary;
    }

    /** {@code {"articles": [...], "summary": {...}}}, each article written as soon as it is checked. */
    private static CheckSummary json(Check check, PrintWriter out) {
        try (JsonGenerator g = new ObjectMapper().getFactory().createGenerator(out)) {
            g.disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
            g.useDefaultPrettyPrinter();
            g.writeStartObject();
            g.writeArrayFieldStart("articles");
            CheckSummary summary = check.run(entry -> {
                try {
                    g.writeObject(entry);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
            g.writeEndArray();
            g.writeObjectField("summary", summary);
            g.writeEndObject();
            g.flush();
            out.println();
            return summary;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
