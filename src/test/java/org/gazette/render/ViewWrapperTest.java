package org.gazette.render;

import freemarker.template.Configuration;
import freemarker.template.DefaultObjectWrapperBuilder;
import freemarker.template.ObjectWrapper;
import freemarker.template.Template;
import org.junit.jupiter.api.Test;

import java.io.StringReader;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class ViewWrapperTest {
    private static final Views.TermRef CATEGORY = new Views.TermRef("Thời sự", "/thoi-su/", true);
    private static final Views.CardView CARD = new Views.CardView("Đảng viên <mới>", "/thoi-su/a/", "2024-01-18",
            "18/01/2024", "18/01", "/archive/2024/01/", CATEGORY, "Tóm tắt", null, "", List.of(
                    new Views.TermRef("Điện Biên", "/tag/dien-bien/", true), new Views.TermRef("lẻ", "/tag/le/", false)));
    private static final Views.PagerView PAGER = new Views.PagerView(2, 7, "/p/1/", null,
            List.of(new Views.PagerLink(1, "/p/1/", false, false), new Views.PagerLink(0, null, false, true)));

    /** Everything the themes do with a model, and what they could: components, methods, built-ins. */
    private static final String TEMPLATE = String.join("|",
            "${c.title}", "${c.title()}", "<#if c.dateIso??>dated</#if>", "${(c.author)!'no author'}",
            "${c.author???c}", "${c.source?has_content?c}", "${c.category.name}", "${c.category.hasPage?c}",
            "<#list c.tags as t>${t.name}:${t.hasPage?then('page', 'none')};</#list>", "${c.tags?size}",
            "${c.tags[1].path}", "${c?has_content?c}", "${c?is_hash?c}", "${c?is_string?c}", "${c?keys?size}",
            "<#list c?keys?sort as k>${k},</#list>", "${c.toString()}", "${c}", "${c.hashCode()?is_number?c}",
            "${p.number + p.total}", "${p.prevPath!'-'}", "${p.nextPath!'-'}", "${p.links[1].gap?c}",
            "<#list p.links as l>${l.number}</#list>", "${m.n * 2}", "${m.flag?c}", "${m.list?join(',')}",
            "${m.nested.k}", "<#list m.nested as k, v>${k}=${v}</#list>", "${(m.missing.x)!'absent'}",
            "${s?length}", "${s?upper_case}");

    @Test
    void templatesSeeTheSameModelsAsWithTheDefaultWrapper() throws Exception {
        String fast = render(new ViewWrapper(TemplateEngine.VERSION));
        String standard = render(new DefaultObjectWrapperBuilder(TemplateEngine.VERSION).build());
        assertThat(fast).isEqualTo(standard);
        assertThat(fast).startsWith("Đảng viên &lt;mới&gt;|Đảng viên &lt;mới&gt;|dated|no author|false|false|Thời sự|true|"
                + "Điện Biên:page;lẻ:none;|2|/tag/le/|true|true|true|");
        assertThat(fast).contains("|9|/p/1/|-|true|10|84|true|a,b|v|k=v|absent|2|ÂU");
    }

    @Test
    void whatPageModelsDoNotHoldGoesToTheDefaultWrapper() throws Exception {
        ViewWrapper fast = new ViewWrapper(TemplateEngine.VERSION);
        ObjectWrapper standard = new DefaultObjectWrapperBuilder(TemplateEngine.VERSION).build();
        for (Object o : List.of(new String[] {"a"}, new StringBuilder("x"), java.util.Set.of("a"), 1.5, 'c',
                new java.util.Date(0), List.of(1).iterator())) {
            assertThat(fast.wrap(o).getClass()).as("%s", o.getClass()).isEqualTo(standard.wrap(o).getClass());
        }
        assertThat(fast.wrap(CARD).getClass()).isNotEqualTo(standard.wrap(CARD).getClass());
    }

    private static String render(ObjectWrapper wrapper) throws Exception {
        Configuration cfg = new Configuration(TemplateEngine.VERSION);
        cfg.setObjectWrapper(wrapper);
        cfg.setNumberFormat("computer");
        cfg.setRecognizeStandardFileExtensions(true);
        Template t = new Template("t.ftlh", new StringReader(TEMPLATE), cfg);
        Map<String, Object> nested = new HashMap<>();
        nested.put("k", "v");
        Map<String, Object> misc = new HashMap<>();
        misc.put("n", 42);
        misc.put("flag", Boolean.TRUE);
        misc.put("list", new ArrayList<>(List.of("a", "b")));
        misc.put("nested", nested);
        Map<String, Object> model = new HashMap<>();
        model.put("c", CARD);
        model.put("p", PAGER);
        model.put("m", misc);
        model.put("s", "âu");
        StringWriter out = new StringWriter();
        t.process(model, out);
        return out.toString();
    }
}
