package org.gazette.render;

import org.gazette.diag.GazetteException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class TemplateEngineTest {
    @TempDir
    Path source;

    private void layout(String name, String text) throws Exception {
        Path p = source.resolve("layouts").resolve(name);
        Files.createDirectories(p.getParent());
        Files.writeString(p, text);
    }

    @Test
    void aSiteLayoutOverridesOneTemplateOfTheDefaultTheme() throws Exception {
        layout("404.ftlh", "<p>${msg}</p>");
        TemplateEngine engine = new TemplateEngine(Theme.resolve(source, "default"), Locale.ROOT);
        assertThat(text(engine.render("404.ftlh", Map.of("msg", "<b>x</b>")))).isEqualTo("<p>&lt;b&gt;x&lt;/b&gt;</p>");
        assertThat(engine.has("article.ftlh")).as("the rest comes from the default theme").isTrue();
    }

    @Test
    void aSyntaxErrorIsFatalAndNamesTheFileAndLine() throws Exception {
        layout("list.ftlh", "<p>ok</p>\n<#if>\n");
        assertThatThrownBy(() -> new TemplateEngine(Theme.resolve(source, "default"), Locale.ROOT))
                .isInstanceOf(GazetteException.class)
                .hasMessageStartingWith("layouts/list.ftlh:2:");
    }

    @Test
    void aRenderErrorNamesTheTemplateAndLine() throws Exception {
        layout("404.ftlh", "<p>a</p>\n<p>${missing.value}</p>\n");
        TemplateEngine engine = new TemplateEngine(Theme.resolve(source, "default"), Locale.ROOT);
        assertThatThrownBy(() -> engine.render("404.ftlh", Map.of()))
                .isInstanceOf(GazetteException.class)
                .hasMessageStartingWith("layouts/404.ftlh:2: template error");
    }

    @Test
    void anUnknownThemeIsFatal() {
        assertThatThrownBy(() -> Theme.resolve(source, "nonexistent"))
                .isInstanceOf(GazetteException.class)
                .hasMessageContaining("themes/nonexistent/");
    }

    @Test
    void aSiteThemeSitsBetweenLayoutsAndTheDefault() throws Exception {
        Path t = source.resolve("themes/paper/templates/404.ftlh");
        Files.createDirectories(t.getParent());
        Files.writeString(t, "paper");
        TemplateEngine engine = new TemplateEngine(Theme.resolve(source, "paper"), Locale.ROOT);
        assertThat(text(engine.render("404.ftlh", Map.of()))).isEqualTo("paper");
        layout("404.ftlh", "site");
        assertThat(text(new TemplateEngine(Theme.resolve(source, "paper"), Locale.ROOT).render("404.ftlh", Map.of())))
                .isEqualTo("site");
    }

    @Test
    void rendersUtf8AndStartsEachPageAfresh() throws Exception {
        layout("404.ftlh", "<h1>${title}</h1>");
        TemplateEngine engine = new TemplateEngine(Theme.resolve(source, "default"), Locale.ROOT);
        String title = "Đảng viên ở Điện Biên 😀 & “trích dẫn”";
        assertThat(engine.render("404.ftlh", Map.of("title", title)))
                .isEqualTo(("<h1>" + title.replace("&", "&amp;") + "</h1>").getBytes(StandardCharsets.UTF_8));
        assertThat(text(engine.render("404.ftlh", Map.of("title", "a")))).isEqualTo("<h1>a</h1>");
    }

    private static String text(byte[] page) {
        return new String(page, StandardCharsets.UTF_8);
    }
}
