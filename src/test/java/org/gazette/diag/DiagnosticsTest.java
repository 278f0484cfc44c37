package org.gazette.diag;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class DiagnosticsTest {
    @Test
    void sortsByFileLineAndMessage() {
        Diagnostics d = new Diagnostics();
        d.add(Diagnostic.warning("b.txt", 2, "later"));
        d.add(Diagnostic.error("a.txt", 9, "first file"));
        d.add(Diagnostic.warning("b.txt", 1, "earlier"));
        assertThat(d.sorted()).extracting(Diagnostic::message).containsExactly("first file", "earlier", "later");
    }

    @Test
    void withoutNotesCountsNotesButKeepsOnlyProblems() {
        Diagnostics d = Diagnostics.withoutNotes();
        d.add(Diagnostic.info("a.txt", "a note"));
        d.add(Diagnostic.info("b.txt", "another note"));
        d.add(Diagnostic.warning("c.txt", "a warning"));
        assertThat(d.count(Severity.INFO)).isEqualTo(2);
        assertThat(d.count(Severity.WARNING)).isEqualTo(1);
        assertThat(d.sorted()).extracting(Diagnostic::message).containsExactly("a warning");
    }

    @Test
    void theListenerHearsNotesEvenWhenTheyAreNotKept() {
        StringBuilder heard = new StringBuilder();
        Diagnostics d = new Diagnostics(x -> heard.append(x.message()));
        d.add(Diagnostic.info("a.txt", "kept"));
        assertThat(heard).hasToString("kept");
        assertThat(d.sorted()).hasSize(1);
    }
}
