package org.gazette.quality;

import java.util.List;
import org.gazette.content.ParsedArticle;
import org.gazette.text.Folding;

/**
 * How well the raw-text reader finds titles, dates, authors and sources in a corpus, compared
 * with the corpus's ground truth where it has some.
 *
 * @param corpus        the corpus's name
 * @param files         files read
 * @param articles      files the reader made an article of
 * @param titlesKnown   articles whose true title the corpus gives
 * @param titlesRight   of those, articles whose title is the true one (case and spacing aside)
 * @param datesKnown    articles whose true date the corpus gives
 * @param dated         articles the reader found a date for
 * @param datesRight    of the articles with a known date, those dated on that day
 * @param withAuthor    articles with an author
 * @param withSource    articles with a source
 * @param bylinesKnown  articles whose closing byline or source line the corpus gives
 * @param bylinesRead   of those, articles with an author or a source
 */
record ExtractionEvaluation(String corpus, int files, int articles, int titlesKnown, int titlesRight, int datesKnown,
                            int dated, int datesRight, int withAuthor, int withSource, int bylinesKnown, int bylinesRead) {

    static ExtractionEvaluation run(String corpus, List<ReadItem> items) {
        int articles = 0, titlesKnown = 0, titlesRight = 0, datesKnown = 0, dated = 0, datesRight = 0, author = 0, source = 0;
        int bylinesKnown = 0, bylinesRead = 0;
        for (ReadItem r : items) {
            ParsedArticle p = r.parsed();
            if (r.item().title() != null) titlesKnown++;
            if (r.item().date() != null) datesKnown++;
            if (r.item().byline() != null) bylinesKnown++;
            if (p == null) continue;
            articles++;
            if (r.item().title() != null && same(r.item().title(), p.title())) titlesRight++;
            if (p.published() != null) {
                dated++;
                if (p.published().date().equals(r.item().date())) datesRight++;
            }
            if (p.author() != null) author++;
            if (p.source() != null) source++;
            if (r.item().byline() != null && (p.author() != null || p.source() != null)) bylinesRead++;
        }
        return new ExtractionEvaluation(corpus, items.size(), articles, titlesKnown, titlesRight, datesKnown, dated,
                datesRight, author, source, bylinesKnown, bylinesRead);
    }

    private static boolean same(String a, String b) {
        return Folding.clean(a).strip().replaceAll("\\s+", " ").equalsIgnoreCase(Folding.clean(b).strip().replaceAll("\\s+", " "));
    }
}
