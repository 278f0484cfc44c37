package org.gazette.cli;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class MainTest {
    @Test
    void outOfMemoryIsKnownByItselfOrAsTheCauseOfAFailedClassInitializer() {
        assertThat(Main.isOutOfMemory(new OutOfMemoryError("Java heap space"))).isTrue();
        assertThat(Main.isOutOfMemory(new ExceptionInInitializerError(new OutOfMemoryError()))).isTrue();
        assertThat(Main.isOutOfMemory(new RuntimeException(new OutOfMemoryError()))).isTrue();
    }

    @Test
    void aJdkClassThatCouldNotBeInitializedMeansTheHeapRanOut() {
        assertThat(Main.isOutOfMemory(new NoClassDefFoundError("Could not initialize class java.util.concurrent.ForkJoinTask$Aux"))).isTrue();
    }

    @Test
    void otherErrorsAreNotTakenForOutOfMemory() {
        assertThat(Main.isOutOfMemory(new StackOverflowError())).isFalse();
        assertThat(Main.isOutOfMemory(new NoClassDefFoundError("Could not initialize class org.gazette.Broken"))).isFalse();
        assertThat(Main.isOutOfMemory(new NoClassDefFoundError("com/example/Missing"))).isFalse();
        assertThat(Main.isOutOfMemory(new AssertionError("x"))).isFalse();
    }

    @Test
    void theMessageNamesTheHeapAndTheRemedy() {
        assertThat(Main.outOfMemory(1L << 30)).startsWith("gazette: out of memory (Java heap 1024 MB)")
                .contains("GAZETTE_JAVA_OPTS=-Xmx2g");
    }
}
