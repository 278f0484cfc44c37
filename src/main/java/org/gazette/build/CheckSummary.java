package org.gazette.build;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;

/**
 * The totals of {@code gazette check}.
 *
 * @param files        files under {@code content/}
 * @param articles     articles read (published or not)
 * @param published    articles published (a copy pointing at its original counts)
 * @param dated        articles with a publication date
 * @param withAuthor   articles with an author
 * @param withSource   articles with a source
 * @param categories   articles per category, with how many got it by a guess
 * @param tags         the tag distribution
 * @param duplicates   near-duplicates: groups and copies, and what {@code site.yaml} does with them
 * @param warnings     warnings in all (files and {@code site.yaml})
 * @param errors       errors in all
 * @param otherFiles   files that gave no article, with why
 * @param siteProblems problems with the site as a whole ({@code site.yaml})
 */
public record CheckSummary(int files, int articles, int published, int dated, int withAuthor, int withSource,
                           List<CategoryCount> categories, TagStats tags, DuplicateStats duplicates, long warnings,
                           long errors, List<FileProblems> otherFiles, List<CheckEntry.Problem> siteProblems) {

    /** Share of the articles with a date, 0 to 100. */
    @JsonProperty
    public double percentDated() {
        return articles == 0 ? 0 : 100.0 * dated / articles;
    }

    /** Share of the articles with an author, 0 to 100. */
    @JsonProperty
    public double percentWithAuthor() {
        return articles == 0 ? 0 : 100.0 * withAuthor / articles;
    }

    /** A category, its articles and how many of them it got by a guess. */
    public record CategoryCount(String key, String name, int articles, int guessed) { }

    /**
     * @param distinct tags used at least once
     * @param withPage tags with a page of their own ({@code minTagArticles} articles)
     * @param top      the most used tags, most used first
     */
    public record TagStats(int distinct, int withPage, List<TagCount> top) { }

    public record TagCount(String tag, int articles) { }

    /** @param mode link, drop or keep */
    public record DuplicateStats(int groups, int copies, String mode) { }

    /** A file that gave no article, and why. */
    public record FileProblems(String path, List<CheckEntry.Problem> problems) { }
}
