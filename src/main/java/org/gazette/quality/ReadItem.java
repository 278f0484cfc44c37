package org.gazette.quality;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.gazette.content.ArticleReader;
import org.gazette.content.Block;
import org.gazette.content.ParsedArticle;
import org.gazette.content.ReadResult;
import org.gazette.content.SourceFile;
import org.gazette.text.FoldedWords;

/**
 * A corpus article as a build reads it: through the raw-text reader, then into the folded words
 * of its title and body, which the classifier and the duplicate detector read.
 *
 * @param item   the corpus file and its ground truth
 * @param parsed what the reader found, or null when it skipped the file
 * @param title  the folded words of the title the reader found
 * @param body   the folded words of the body blocks
 */
record ReadItem(CorpusItem item, ParsedArticle parsed, FoldedWords title, FoldedWords body) {

    static ReadItem read(ArticleReader reader, CorpusItem item) {
        byte[] bytes = item.text().getBytes(StandardCharsets.UTF_8);
        ReadResult r = reader.read(new SourceFile(java.nio.file.Path.of(""), item.relPath(), bytes.length), bytes);
        if (!r.hasArticle()) return new ReadItem(item, null, new FoldedWords(), new FoldedWords());
        List<String> body = r.article().body().stream().map(Block::plainText).toList();
        return new ReadItem(item, r.article(), new FoldedWords().add(r.article().title()), new FoldedWords().addAll(body));
    }
}
