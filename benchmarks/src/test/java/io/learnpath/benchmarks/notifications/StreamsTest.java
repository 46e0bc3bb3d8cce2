package io.learnpath.benchmarks.notifications;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.Test;

class StreamsTest {

    private final List<CompletableFuture<Integer>> opened = List.of(CompletableFuture.completedFuture(200),
            CompletableFuture.completedFuture(200), CompletableFuture.completedFuture(429), new CompletableFuture<>(),
            CompletableFuture.failedFuture(new java.io.IOException("reset")));

    @Test
    void aFailureSaysHowManyStreamsEndedHow() {
        assertThat(Streams.outcomes(opened))
                .isEqualTo("2 answered 200, 1 answered 429, 1 failed (IOException), 1 no answer yet");
    }

    @Test
    void allOpenOnlyWhenEveryStreamAnswered200() throws Exception {
        assertThat(Streams.allOpen(opened, Duration.ofMillis(50))).isFalse();
        assertThat(Streams.allOpen(opened.subList(0, 2), Duration.ofMillis(50))).isTrue();
        assertThat(Streams.allOpen(opened.subList(0, 3), Duration.ofMillis(50))).isFalse();
    }
}
