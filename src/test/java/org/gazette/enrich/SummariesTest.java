package org.gazette.enrich;

import org.gazette.content.Block;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class SummariesTest {
    @Test
    void ledeIsTheFirstParagraphThatIsNotACaption() {
        List<Block> body = List.of(Block.caption("Ảnh minh họa"), Block.paragraph("Đoạn mở đầu."), Block.paragraph("Sau."));
        assertThat(Summaries.lede(body)).isEqualTo("Đoạn mở đầu.");
    }

    @Test
    void longTextIsCutAtASpaceWithAnEllipsis() {
        String text = "từ ".repeat(200).strip();
        String cut = Summaries.shorten(text, 50);
        assertThat(cut).endsWith("…").hasSizeLessThanOrEqualTo(50);
        assertThat(cut).doesNotContain(" …");
    }
}
