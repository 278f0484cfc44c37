package org.gazette.site;

import java.util.List;
import java.util.Objects;

/**
 * The date archive: years newest first, each with its months newest first, each holding its
 * articles in site order; undated articles apart.
 *
 * @param years    the years that have articles, newest first
 * @param undated  indexes of undated articles, in site order
 */
public record Archive(List<Year> years, int[] undated) {
    public Archive {
        years = List.copyOf(years);
        Objects.requireNonNull(undated, "undated");
    }

    /** One year: its months newest first. */
    public record Year(int year, List<Month> months) {
        public Year {
            months = List.copyOf(months);
        }

        public int count() {
            return months.stream().mapToInt(Month::count).sum();
        }
    }

    /** One month of one year and its articles in site order. */
    public record Month(int year, int month, int[] articles) {
        public int count() {
            return articles.length;
        }

        // Value semantics for the array component.
        @Override
        public boolean equals(Object o) {
            return o instanceof Month m && year == m.year && month == m.month && java.util.Arrays.equals(articles, m.articles);
        }

        @Override
        public int hashCode() {
            return 31 * (31 * year + month) + java.util.Arrays.hashCode(articles);
        }

        @Override
        public String toString() {
            return "Month[" + year + "-" + month + ", " + articles.length + " articles]";
        }
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Archive a && years.equals(a.years) && java.util.Arrays.equals(undated, a.undated);
    }

    @Override
    public int hashCode() {
        return years.hashCode() * 31 + java.util.Arrays.hashCode(undated);
    }

    @Override
    public String toString() {
        return "Archive[" + years.size() + " years, " + undated.length + " undated]";
    }

    /** Builds the archive from articles in site order (newest first, undated last). */
    static Archive of(List<Article> ordered) {
        List<Year> years = new java.util.ArrayList<>();
        List<Month> months = new java.util.ArrayList<>();
        IntBuffer current = new IntBuffer();
        IntBuffer undated = new IntBuffer();
        int y = -1, m = -1;
        for (int i = 0; i < ordered.size(); i++) {
            Article a = ordered.get(i);
            if (!a.dated()) {
                undated.add(i);
                continue;
            }
            int ay = a.published().date().getYear(), am = a.published().date().getMonthValue();
            if (ay != y || am != m) {
                if (current.size() > 0) months.add(new Month(y, m, current.toArray()));
                current = new IntBuffer();
                if (ay != y && !months.isEmpty()) {
                    years.add(new Year(y, months));
                    months = new java.util.ArrayList<>();
                }
                y = ay;
                m = am;
            }
            current.add(i);
        }
        if (current.size() > 0) months.add(new Month(y, m, current.toArray()));
        if (!months.isEmpty()) years.add(new Year(y, months));
        return new Archive(years, undated.toArray());
    }
}
