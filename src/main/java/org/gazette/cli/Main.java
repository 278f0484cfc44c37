package org.gazette.cli;

import org.gazette.diag.GazetteException;
import picocli.CommandLine;
import picocli.CommandLine.Command;

import java.io.PrintWriter;

/**
 * {@code gazette}: the root command. It only lists the subcommands; each does one thing.
 */
@Command(name = "gazette",
        mixinStandardHelpOptions = true,
        versionProvider = VersionProvider.class,
        description = "Builds a fast, searchable static news site from a folder of articles.",
        subcommands = {BuildCommand.class, ServeCommand.class, NewCommand.class, CheckCommand.class, CommandLine.HelpCommand.class},
        footer = {"", "Examples:", "  gazette build", "  gazette build --source ~/archive --output ~/site",
                "  gazette serve --port 1313", "  gazette check --format json"})
public final class Main implements Runnable {
    /** Exit code for a fatal error with a message (no content folder, broken site.yaml or template). */
    static final int EXIT_FATAL = 1;
    /** Exit code for a bug: an exception nobody expected. */
    static final int EXIT_INTERNAL = 70;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    public static void main(String[] args) {
        System.exit(run(args));
    }

    /** Runs the command line and returns the exit code; used by tests as well. */
    public static int run(String... args) {
        try {
            return commandLine().execute(args);
        } catch (OutOfMemoryError e) {
            // An Error passes picocli's exception handler; the user needs the remedy, not a trace.
            System.err.println(outOfMemory(Runtime.getRuntime().maxMemory()));
            return EXIT_FATAL;
        }
    }

    static String outOfMemory(long maxHeap) {
        long mb = maxHeap >> 20;
        return "gazette: out of memory (Java heap " + mb + " MB); give it more, e.g. GAZETTE_JAVA_OPTS=-Xmx"
                + Math.max(2, 2 * ((mb + 1023) / 1024)) + "g ./gazette build";
    }

    static CommandLine commandLine() {
        CommandLine cl = new CommandLine(new Main());
        cl.setExecutionExceptionHandler(Main::handle);
        return cl;
    }

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    private static int handle(Exception e, CommandLine cl, CommandLine.ParseResult parsed) {
        PrintWriter err = cl.getErr();
        boolean verbose = parsed.subcommand() != null && parsed.subcommand().hasMatchedOption("--verbose");
        if (e instanceof GazetteException) {
            err.println("gazette: " + e.getMessage());
            if (verbose && e.getCause() != null) e.getCause().printStackTrace(err);
            err.flush();
            return EXIT_FATAL;
        }
        err.println("gazette: internal error: " + e + (verbose ? "" : " (run with --verbose for details)"));
        if (verbose) e.printStackTrace(err);
        err.flush();
        return EXIT_INTERNAL;
    }
}
