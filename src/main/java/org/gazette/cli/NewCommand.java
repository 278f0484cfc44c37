package org.gazette.cli;

import org.gazette.config.ConfigLoader;
import org.gazette.config.SiteConfig;
import org.gazette.content.NewArticle;
import org.gazette.diag.Diagnostics;
import org.gazette.diag.GazetteException;
import org.gazette.text.Slugs;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Clock;
import java.time.ZonedDateTime;
import java.util.concurrent.Callable;

/** {@code gazette new "Title"}: creates a Markdown article with front matter and prints its path. */
@Command(name = "new", mixinStandardHelpOptions = true,
        description = "Creates content/<category>/<slug>.md with front matter (title, date now, empty tags) and prints its path.",
        footer = {"", "Examples:", "  gazette new \"Giá cà phê tăng mạnh\" --category kinh-te",
                "  gazette new \"River festival draws record crowds\" --source ~/archive"})
final class NewCommand implements Callable<Integer> {
    /** The clock "now" comes from; tests set a fixed one. */
    static Clock clock = Clock.systemUTC();

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Parameters(index = "0", paramLabel = "TITLE", description = "The article's title.")
    String title;

    @Option(names = {"-c", "--category"}, paramLabel = "KEY",
            description = "Category folder, e.g. kinh-te (default: defaultCategory of site.yaml).")
    String category;

    @Option(names = {"-s", "--source"}, paramLabel = "DIR", defaultValue = ".",
            description = "Folder holding content/ and site.yaml (default: .).")
    Path source;

    @Override
    public Integer call() {
        if (title == null || title.isBlank()) throw new GazetteException("the title must not be empty");
        SiteConfig config = ConfigLoader.load(source, new Diagnostics()::add);
        String folder = Slugs.of(category != null ? category : config.defaultCategory());
        if (folder.isEmpty()) throw new GazetteException("category '" + category + "' gives no folder name");
        String slug = Slugs.of(title);
        if (slug.isEmpty()) throw new GazetteException("the title '" + title + "' gives no file name; use Latin letters or digits");
        Path file = source.resolve("content").resolve(folder).resolve(slug + ".md");
        ZonedDateTime now = ZonedDateTime.now(clock.withZone(config.timezone()));
        String text = NewArticle.text(title.strip(), category != null ? folder : null, now);
        try {
            Files.createDirectories(file.getParent());
            // CREATE_NEW fails when the file exists: never overwrite an article.
            Files.writeString(file, text, StandardCharsets.UTF_8, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE);
        } catch (FileAlreadyExistsException e) {
            throw new GazetteException(file + ": already exists; not overwritten");
        } catch (IOException e) {
            throw new GazetteException(file + ": cannot be written: " + e.getMessage(), e);
        }
        spec.commandLine().getOut().println(file);
        spec.commandLine().getOut().flush();
        return 0;
    }
}
