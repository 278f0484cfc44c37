package org.gazette.cli;

import org.gazette.build.Build;
import org.gazette.build.BuildOptions;
import org.gazette.build.BuildReport;
import org.gazette.diag.Diagnostics;
import org.gazette.render.Links;
import org.gazette.serve.StaticServer;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import java.io.PrintWriter;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;

/** {@code gazette serve}: builds the site and serves it on 127.0.0.1 until stopped. */
@Command(name = "serve", mixinStandardHelpOptions = true,
        description = "Builds the site and serves it at http://127.0.0.1:<port>/ until you press Ctrl+C.",
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
        String basePath = site.baseUrl == null ? "/" : new Links(site.baseUrl, false).basePath();
        BuildOptions options = site.options();
        try (StaticServer server = new StaticServer(options.outputOrDefault(), port, basePath)) {
            // Bound first, so the preview's own URL (with a port picked by the system) is the base URL.
            if (site.baseUrl == null) options = options.withBaseUrl("http://127.0.0.1:" + server.port() + "/");
            Diagnostics diagnostics = new Diagnostics();
            BuildReport r = new Build(options, diagnostics).run();
            site.print(diagnostics, spec.commandLine().getErr());
            out.println(BuildCommand.summary(r, diagnostics));
            server.start();
            out.println("Serving " + r.output() + " at http://127.0.0.1:" + server.port() + basePath + " (Ctrl+C to stop)");
            out.flush();
            new CountDownLatch(1).await();
        }
        return 0;
    }
}
