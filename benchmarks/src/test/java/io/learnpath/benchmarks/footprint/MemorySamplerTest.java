package io.learnpath.benchmarks.footprint;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.OptionalLong;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

class MemorySamplerTest {

    @Test
    void keepsThePeakOfEachJvmSeenWhileTheLoadRan() throws Exception {
        AtomicLong gateway = new AtomicLong(100);
        MemorySampler sampler = new MemorySampler(Map.of("gateway", 1L, "gone", 2L),
                pid -> pid == 1 ? OptionalLong.of(gateway.get()) : OptionalLong.empty());

        String answer = sampler.watch(() -> {
            gateway.set(300);
            // Long enough for a sample at the higher value, however the sampler thread is scheduled.
            Thread.sleep(MemorySampler.INTERVAL.multipliedBy(3));
            gateway.set(200);
            return "done";
        });

        assertThat(answer).isEqualTo("done");
        assertThat(sampler.peaks()).containsOnly(Map.entry("gateway", 300L));
    }

    @Test
    void samplesOnceMoreWhenTheLoadEndsSoAShortLoadIsNeverUnsampled() throws Exception {
        MemorySampler sampler = new MemorySampler(Map.of("gateway", 1L), pid -> OptionalLong.of(42));

        sampler.watch(() -> null);

        assertThat(sampler.peaks()).containsEntry("gateway", 42L);
    }
}
