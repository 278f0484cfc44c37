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

    /** Said once, by whichever thread meets the heap's end first; made while there is heap to make it. */
    private static final String OUT_OF_MEMORY = outOfMemory(Runtime.getRuntime().maxMemory());
    private static boolean outOfMemorySaid;
    /** Heap held back for saying so, which allocates: given up when the heap runs out. */
    private static volatile byte[] reserve = new byte[256 * 1024];

    public static void main(String[] args) {
        Thread.UncaughtExceptionHandler handler = Main::uncaught;
        // its first call links it, which needs heap; by the time a worker calls it there may be none
        handler.uncaughtException(Thread.currentThread(), null);
        Thread.setDefaultUncaughtExceptionHandler(handler);
        System.exit(run(args));
    }

    /**
     * A worker thread that runs out of memory ends the build: the build cannot finish without the
     * worker's part, and a fork-join task whose worker died that way is never completed, so the
     * build's own thread would wait for it for ever. The output is safe: only the staging folder and
     * the scratch file of article texts are left, and the next build clears both. It halts rather than exits: exiting allocates, and another
     * thread may take the heap given back first. Anything else is printed as the JVM would.
     */
    private static void uncaught(Thread t, Throwable e) {
        if (e == null) return;
        if (isOutOfMemory(e)) {
            try {
                sayOutOfMemory();
            } finally {
                Runtime.getRuntime().halt(EXIT_FATAL);
            }
        }
        System.err.print("Exception in thread \"" + t.getName() + "\" ");
        e.printStackTrace();
    }

    /** Runs the command line and returns the exit code; used by tests as well. */
    public static int run(String... args) {
        try {
            return commandLine().execute(args);
        } catch (Error e) {
            // An Error passes picocli's exception handler; the user needs the remedy, not a trace.
            if (!isOutOfMemory(e)) throw e;
            sayOutOfMemory();
            return EXIT_FATAL;
        }
    }

    /** Synchronized so that a worker halting the JVM waits for the line another thread is printing. */
    private static synchronized void sayOutOfMemory() {
        reserve = null;
        if (outOfMemorySaid) return;
        outOfMemorySaid = true;
        System.err.println(OUT_OF_MEMORY);
    }

    /**
     * Whether an error means the heap ran out. Besides an {@link OutOfMemoryError} itself, a JDK
     * class whose static initializer could not run says so: the JDK's own initializers fail only when
     * memory does (a fork-join pool that meets the heap's end while recording a task's failure
     * throws "Could not initialize class java.util.concurrent.ForkJoinTask$Aux"). Java 17 gives that
     * error no cause to follow.
     */
    static boolean isOutOfMemory(Throwable e) {
        Throwable t = e;
        for (int depth = 0; t != null && depth < 16; depth++, t = t.getCause()) { // bounded: causes may loop
            if (t instanceof OutOfMemoryError) return true;
            if (t instanceof NoClassDefFoundError && String.valueOf(t.getMessage()).startsWith("Could not initialize class java.")) return true;
        }
        return false;
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
        if (isOutOfMemory(e)) { // e.g. wrapped by a try-with-resources that met the same error on closing
            sayOutOfMemory();
            return EXIT_FATAL;
        }
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
