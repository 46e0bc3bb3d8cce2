package io.learnpath.benchmarks.footprint;

import io.learnpath.launcher.ResidentMemory;

import io.learnpath.benchmarks.stack.UnderLoad;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.OptionalLong;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.LongFunction;

/**
 * The peak resident memory of each JVM while loads run: sampled every half second from /proc on a virtual thread
 * beside the load. A peak during the load is what the "≤ 300 MB under load" target is about; memory read after the
 * load would already have been handed back in part, or not yet have grown.
 */
public final class MemorySampler implements UnderLoad {

    static final Duration INTERVAL = Duration.ofMillis(500);

    private final Map<String, Long> pids;
    private final LongFunction<OptionalLong> residentMemory;
    private final Map<String, Long> peaks = new ConcurrentHashMap<>();

    /** @param pids the process id of each JVM by the name the report gives it */
    public MemorySampler(Map<String, Long> pids) {
        this(pids, ResidentMemory::of);
    }

    MemorySampler(Map<String, Long> pids, LongFunction<OptionalLong> residentMemory) {
        this.pids = Map.copyOf(pids);
        this.residentMemory = residentMemory;
    }

    @Override
    public <T> T watch(Callable<T> load) throws Exception {
        Thread sampler = Thread.ofVirtual().name("memory-sampler").start(() -> {
            while (!Thread.currentThread().isInterrupted()) {
                sampleOnce();
                try {
                    Thread.sleep(INTERVAL);
                } catch (InterruptedException e) {
                    return;
                }
            }
        });
        try {
            return load.call();
        } finally {
            sampler.interrupt();
            sampler.join();
            sampleOnce();
        }
    }

    /** The highest resident memory seen of each JVM, in bytes; a JVM never sampled is missing. */
    public Map<String, Long> peaks() {
        return Map.copyOf(peaks);
    }

    void sampleOnce() {
        pids.forEach((name, pid) -> residentMemory.apply(pid)
                .ifPresent(bytes -> peaks.merge(name, bytes, Math::max)));
    }
}
