package org.gazette.cli;

import org.gazette.build.BuildReport;
import org.gazette.diag.Diagnostics;
import org.gazette.serve.DevServer;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import java.io.PrintWriter;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;

/** {@code gazette serve}: builds, serves on 127.0.0.1, rebuilds on change and reloads open tabs. */
@Command(name = "serve", mixinStandardHelpOptions = true,
        description = {"Builds the site and serves it at http://127.0.0.1:<port>/ until you press Ctrl+C.",
                "Watches content/, themes/, layouts/, static/, i18n/ and site.yaml: a change rebuilds the site and "
                        + "reloads open browser tabs; a failed build is shown in the browser while the last good "
                        + "site stays served."},
        footer = {"", "Examples:", "  gazette serve", "  gazette serve --source ~/archive --port 8080"})
final class ServeCommand implements Callable<Integer> {
    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @CommandLine.Mixin
    BuildCommand.SiteOptions site = new BuildCommand.SiteOptions();

    @Option(names = {"-p", "--port"}, paramLabel = "N", description = "Port on 127.0.0.1 (default: 1313; 0 picks a free one).")
    int port = 1313;

    @Override
    public Integer call() throws Exception {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        DevServer.Listener listener = new DevServer.Listener() {
            @Override
            public void built(BuildReport report, Diagnostics diagnostics) {
                site.print(diagnostics, err);
                if (!site.quiet) {
                    out.println(BuildCommand.summary(report, diagnostics));
                    out.flush();
                }
            }

            @Override
            public void failed(String message) {
                err.println("gazette: " + message + " (still serving the last good build)");
                err.flush();
            }
        };
        try (DevServer server = new DevServer(site.options(), port, listener)) {
            server.start(ProgressDisplay.choose(site.quiet, err));
            out.println("Serving at http://127.0.0.1:" + server.port() + "/ (Ctrl+C to stop); watching for changes");
            out.flush();
            new CountDownLatch(1).await();
        }
        return 0;
    }
}
