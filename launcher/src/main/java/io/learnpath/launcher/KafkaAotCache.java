package io.learnpath.launcher;

import io.learnpath.platform.infrastructure.KafkaBrokerProcess;
import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * A JDK 25 AOT cache for the Kafka broker, the largest single share of a start's CPU (docs/performance.md). The
 * broker is no Spring application that could stop after its refresh, so there is no training run: the first broker
 * after a build records while it serves ({@code -XX:AOTCacheOutput}), and the JVM writes the cache when the broker
 * is stopped ({@code ./learnpath down}: a clean stop, which then takes a few seconds longer, once). Every later
 * start maps it ({@code -XX:AOTCache}). A broker that is killed writes nothing, and the next start records again.
 *
 * <p>The broker runs from the launcher's class path, so the cache is keyed by that class path (each jar's name,
 * size and modification time), the JDK and the broker's JVM options; a rebuild or another JDK records a new one,
 * and older caches are removed once a new one is in place. It is written under a name of this launcher's process
 * and moved into place in one step, so a second launcher never maps half a file. Follows the component caches'
 * switch and directory ({@link AotCache}).
 */
final class KafkaAotCache {

    private static final String PREFIX = "kafka-";
    private static final String SUFFIX = ".aot";

    private final Path directory;
    private final String key;

    private KafkaAotCache(Path directory, String key) {
        this.directory = directory;
        this.key = key;
    }

    /**
     * The cache for the broker this launcher starts from {@code classPath} (its own), kept with the caches of the
     * launcher's jar, the class path's first entry; or none: when the caches are off, or when the class path holds a
     * directory of classes (the system tests' and benchmarks' class path), whose content the JVM cannot check.
     */
    static Optional<KafkaAotCache> of(AotCache settings, String classPath, String runtime) {
        List<Path> entries = Stream.of(classPath.split(File.pathSeparator)).filter(entry -> !entry.isBlank())
                .map(Path::of).toList();
        if (!settings.enabled() || entries.isEmpty() || entries.stream().anyMatch(entry -> !isJar(entry))) {
            return Optional.empty();
        }
        return Optional.of(new KafkaAotCache(settings.directoryFor(entries.getFirst()), key(entries, runtime)));
    }

    /** The options that start the broker from the cache, or record one when there is none yet. */
    List<String> jvmOptions() {
        try {
            // The JVM does not create the directory it records into.
            Files.createDirectories(directory);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot create " + directory, e);
        }
        List<String> options = new ArrayList<>();
        options.add(AotCache.QUIET_AOT_LOG);
        options.add(Files.isRegularFile(cache()) ? "-XX:AOTCache=" + cache() : "-XX:AOTCacheOutput=" + recording());
        return options;
    }

    /** After the broker has stopped: moves what it recorded into place, and removes the caches of older builds. */
    void brokerStopped() {
        try {
            if (Files.isRegularFile(recording())) {
                Files.move(recording(), cache(), StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            }
            if (Files.isRegularFile(cache())) {
                try (Stream<Path> files = Files.list(directory)) {
                    for (Path file : files.toList()) {
                        String name = file.getFileName().toString();
                        if (name.startsWith(PREFIX) && name.endsWith(SUFFIX) && !file.equals(cache())) {
                            Files.deleteIfExists(file);
                        }
                    }
                }
            }
        } catch (IOException e) {
            // Only costs the next start its cache.
            System.err.println("Kafka's AOT cache was not kept: " + e.getMessage());
        }
    }

    Path cache() {
        return directory.resolve(PREFIX + key + SUFFIX);
    }

    private Path recording() {
        return directory.resolve(PREFIX + key + ".recording-" + ProcessHandle.current().pid() + SUFFIX);
    }

    static String key(List<Path> classPath, String runtime) {
        StringBuilder text = new StringBuilder(runtime).append('\n')
                .append(String.join(" ", KafkaBrokerProcess.JVM_OPTIONS)).append('\n');
        for (Path jar : classPath) {
            try {
                text.append(jar.toAbsolutePath()).append('\0').append(Files.size(jar)).append('\0')
                        .append(Files.getLastModifiedTime(jar).toMillis()).append('\n');
            } catch (IOException e) {
                text.append(jar.toAbsolutePath()).append("\0missing\n");
            }
        }
        return AotCache.sha256(text.toString()).substring(0, 16);
    }

    private static boolean isJar(Path entry) {
        return entry.getFileName() != null && entry.getFileName().toString().endsWith(".jar")
                && Files.isRegularFile(entry);
    }
}
