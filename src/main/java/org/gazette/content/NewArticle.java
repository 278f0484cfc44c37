package org.gazette.content;

import org.snakeyaml.engine.v2.api.Dump;
import org.snakeyaml.engine.v2.api.DumpSettings;
import org.snakeyaml.engine.v2.common.FlowStyle;

import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The text of a new Markdown article: YAML front matter (title, date, tags) and an empty body.
 * Written with SnakeYAML's dumper, so any title (quotes, colons, Vietnamese) is quoted correctly.
 */
public final class NewArticle {
    private NewArticle() {}

    public static String text(String title, String category, ZonedDateTime now) {
        Map<String, Object> front = new LinkedHashMap<>();
        front.put("title", title);
        front.put("date", now.truncatedTo(ChronoUnit.SECONDS).format(DateTimeFormatter.ISO_OFFSET_DATE_TIME));
        if (category != null) front.put("category", category);
        front.put("tags", List.of());
        DumpSettings settings = DumpSettings.builder().setDefaultFlowStyle(FlowStyle.BLOCK).setWidth(1000).build();
        String yaml = new Dump(settings).dumpToString(front);
        return "---\n" + yaml + "---\n\n";
    }
}
