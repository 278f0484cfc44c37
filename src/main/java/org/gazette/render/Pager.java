package org.gazette.render;

import org.gazette.config.Layout;

import java.util.ArrayList;
import java.util.List;

/**
 * A windowed pager: first, last, and two pages either side of the current one, with gaps between.
 * Its size does not grow with the number of pages, so a list of 50,000 pages costs what a list of
 * ten does (the quadratic pager loop is what broke Hugo on big sites).
 */
final class Pager {
    static final int WINDOW = 2;

    private Pager() {}

    static Views.PagerView of(String base, int number, int total) {
        List<Views.PagerLink> links = new ArrayList<>();
        int from = Math.max(1, number - WINDOW);
        int to = Math.min(total, number + WINDOW);
        if (from > 1) {
            links.add(link(base, 1, number));
            if (from > 2) links.add(new Views.PagerLink(0, null, false, true));
        }
        for (int n = from; n <= to; n++) links.add(link(base, n, number));
        if (to < total) {
            if (to < total - 1) links.add(new Views.PagerLink(0, null, false, true));
            links.add(link(base, total, number));
        }
        return new Views.PagerView(number, total,
                number > 1 ? Layout.pagePath(base, number - 1) : null,
                number < total ? Layout.pagePath(base, number + 1) : null,
                links);
    }

    private static Views.PagerLink link(String base, int n, int current) {
        return new Views.PagerLink(n, Layout.pagePath(base, n), n == current, false);
    }
}
