package org.gazette.quality;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.gazette.testing.Shared;
import org.junit.jupiter.api.Test;

/**
 * The quality report on a small sample of the shared corpora: it runs to the end, and its numbers
 * are sane. The full report is {@code docs/quality.md}, written by {@code bench/quality.sh}.
 */
class QualityReportTest {

    @Test
    void measuresASmallSampleOfTheSharedCorpora() {
        Path corpus = Shared.corpus("vntc").getParent();
        Shared.corpus("underthesea-unc");
        Shared.corpus("bbc");
        Shared.corpus("baomoi");
        QualityReport.Results r = QualityReport.measure(corpus, 30);
        String markdown = QualityReport.markdown(r, 0.8, 30);

        assertThat(markdown).contains("## Categories", "### Confusion: VNTC", "## Titles, dates, authors and sources",
                "## Near-duplicates");
        assertThat(r.categories()).allSatisfy(e -> {
            assertThat(e.tested()).isPositive();
            assertThat(e.accuracy()).as(e.corpus()).isGreaterThan(0.6);
        });
        assertThat(r.extraction()).allSatisfy(e -> {
            assertThat(e.articles()).as(e.corpus()).isEqualTo(e.files());
            assertThat(e.dated()).as(e.corpus() + ": no dateline, no date").isZero();
            assertThat(e.titlesRight()).as(e.corpus()).isGreaterThan(e.titlesKnown() * 9 / 10);
        });
        DuplicateEvaluation planted = r.duplicates().get(0);
        assertThat(planted.planted()).isPositive();
        assertThat(planted.precision()).isGreaterThan(0.9);
        assertThat(planted.recall()).isGreaterThan(0.8);
    }
}
