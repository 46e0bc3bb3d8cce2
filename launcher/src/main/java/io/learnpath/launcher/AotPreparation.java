package io.learnpath.launcher;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Semaphore;
import java.util.function.Consumer;

/**
 * One start's use of the {@link AotCache}s: which JVM starts from a cache, the training runs of those that have none
 * yet, and why one has to start without. A cache that cannot be made never stops the stack: that JVM starts from
 * its jar as it did before caches, and the launcher says so in one line.
 */
final class AotPreparation {

    /** What a training run needs beyond the jar: the same options, environment and arguments as the real run. */
    record TrainingRun(String name, Path jar, String jvmOptions, Map<String, String> environment,
            List<String> arguments, Path logFile) {
    }

    private final AotCache cache;
    private final AotCache.ProcessStarter starter;
    private final Consumer<String> say;
    private final Map<String, AotCache.Entry> entries = new ConcurrentHashMap<>();
    private final Map<String, String> problems = new ConcurrentHashMap<>();

    AotPreparation(AotCache cache, AotCache.ProcessStarter starter, Consumer<String> say) {
        this.cache = cache;
        this.starter = starter;
        this.say = say;
    }

    boolean enabled() {
        return cache.enabled();
    }

    /**
     * Finds the cache of {@code jar} with {@code jvmOptions}, removes those of older builds, and extracts the jar
     * if this build has no cache yet. Quick when the cache is there (the jar's entry table is read, nothing run).
     */
    void prepare(String name, Path jar, String jvmOptions, Path logFile) {
        if (!cache.enabled()) {
            return;
        }
        try {
            AotCache.Entry entry = cache.entry(jar, jvmOptions);
            entries.put(name, entry);
            entry.removeStale();
            entry.extract(logFile, starter);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            problems.put(name, "interrupted while extracting its jar");
        } catch (Exception e) {
            problems.put(name, "its jar could not be extracted: " + e.getMessage());
            say.accept("  " + name + ": no AOT cache, its jar could not be extracted (" + e.getMessage()
                    + "); it starts from its jar (see " + logFile + ")");
        }
    }

    /** Whether {@code name} was prepared and still lacks its cache. */
    boolean needsTraining(String name) {
        AotCache.Entry entry = entries.get(name);
        return entry != null && !problems.containsKey(name) && !entry.ready();
    }

    /**
     * Runs the training runs, {@code parallelism} at a time, each given {@code timeout}; says what it does, one
     * line per run, and returns how long it took.
     */
    Duration train(List<TrainingRun> runs, int parallelism, Duration timeout) {
        Instant started = Instant.now();
        List<TrainingRun> wanted = runs.stream().filter(run -> needsTraining(run.name())).toList();
        if (wanted.isEmpty()) {
            return Duration.ZERO;
        }
        say.accept("Training the AOT caches of " + String.join(", ", wanted.stream().map(TrainingRun::name).toList())
                + " (first start of this build, JDK or JVM options; " + parallelism + " at a time) ...");
        Semaphore turns = new Semaphore(parallelism);
        List<Thread> threads = new ArrayList<>();
        for (TrainingRun run : wanted) {
            threads.add(Thread.ofVirtual().name("aot-training-" + run.name()).start(() -> {
                try {
                    turns.acquire();
                    try {
                        trainOne(run, timeout);
                    } finally {
                        turns.release();
                    }
                } catch (InterruptedException e) {
                    problems.put(run.name(), "interrupted before its training run");
                }
            }));
        }
        for (Thread thread : threads) {
            try {
                thread.join();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("Interrupted while training the AOT caches", e);
            }
        }
        Duration took = Duration.between(started, Instant.now());
        say.accept("AOT training done in " + seconds(took));
        return took;
    }

    private void trainOne(TrainingRun run, Duration timeout) {
        Instant started = Instant.now();
        try {
            Optional<String> failure = entries.get(run.name()).train(run.jvmOptions(), run.environment(),
                    run.arguments(), run.logFile(), timeout, starter);
            if (failure.isPresent()) {
                problems.put(run.name(), failure.get() + "; see " + run.logFile());
                say.accept("  " + run.name() + ": no AOT cache, " + failure.get() + "; it starts from its jar (see "
                        + run.logFile() + ")");
            } else {
                say.accept("  " + run.name() + " trained in " + seconds(Duration.between(started, Instant.now())));
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            problems.put(run.name(), "interrupted during its training run");
        } catch (Exception e) {
            problems.put(run.name(), "its training run could not start: " + e.getMessage());
            say.accept("  " + run.name() + ": no AOT cache, its training run could not start (" + e.getMessage()
                    + "); it starts from its jar");
        }
    }

    /** How to start {@code name}: from its cache when that is ready, else from {@code jar} as built. */
    AotCache.Launch launch(String name, Path jar) {
        AotCache.Entry entry = entries.get(name);
        return entry != null && !problems.containsKey(name) ? entry.launch() : AotCache.Launch.plain(jar);
    }

    /** Why each JVM that was meant to have a cache has none (empty when the caches are off). */
    Map<String, String> problems() {
        return new LinkedHashMap<>(problems);
    }

    static String seconds(Duration duration) {
        return "%.1f s".formatted(duration.toMillis() / 1000.0);
    }
}
