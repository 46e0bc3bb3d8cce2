package io.learnpath.launcher;

import io.learnpath.platform.infrastructure.Processes;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;

/** One component running as its own JVM, its output appended to its log file. */
public final class ServiceProcess {

    /**
     * Tuned for six JVMs sharing two cores: C1 only (start-up dominates a local run; measured 40 s to healthy
     * against 66 s with full tiered compilation, and 185-250 MB RSS per JVM against 235-305 MB, see
     * docs/measurements.md), compact object
     * headers, the serial collector and small stacks. Set {@code LEARNPATH_JVM_OPTS=peak} to measure peak
     * throughput with C2 ({@link #PEAK_JVM_OPTIONS}).
     */
    public static final String DEFAULT_JVM_OPTIONS = "-Xms64m -Xmx256m -XX:+UseSerialGC -Xss512k "
            + "-XX:ReservedCodeCacheSize=64m -XX:MaxMetaspaceSize=192m -XX:TieredStopAtLevel=1 "
            + "-XX:+UseCompactObjectHeaders -XX:+ExitOnOutOfMemoryError "
            // The serial collector unloads classes and compiled code only in a full, stop-the-world collection,
            // and HotSpot asks for one each time metaspace passes its next high-water mark (three or four times
            // while a service starts) and each time compiled code grows by SweeperThreshold (15 %) of the code
            // cache: 115-225 ms pauses in the middle of traffic while C2 warms up, measured as the tail of the
            // notification benchmark (docs/measurements.md). These services load their classes once and keep their
            // code, so the first mark sits above what they use, and code is collected for room only after it grew
            // by half the cache or when under 10 % is free (StartAggressiveSweepingAt).
            + "-XX:MetaspaceSize=128m -XX:SweeperThreshold=50 "
            // Libraries (XStream in Eureka, Kafka, Netty) still use sun.misc.Unsafe and native access; allowed
            // explicitly so every log does not open with JDK deprecation warnings.
            + "--sun-misc-unsafe-memory-access=allow --enable-native-access=ALL-UNNAMED";

    /**
     * As a long-running deployment would run: the same heap, with the full JIT (C2) and room for its code, and the
     * parallel collector. Slower to start and to warm up (a minute or two of load before it is at its best), about
     * half the CPU per request once warm. Chosen by setting the options to {@code peak}.
     *
     * <p>Parallel rather than serial because of the pauses under load: while the heaps grew at 100 status changes a
     * second, the serial collector's young pauses reached 0.26-1.03 s (each copies on one thread), long enough to
     * drain the connection pool, while the parallel one's stayed under 50 ms with its two threads on two cores and
     * took the notification benchmark's p99 from 0.8-2.8 s to 0.2 s (docs/performance.md, fifth session).
     */
    public static final String PEAK_JVM_OPTIONS = DEFAULT_JVM_OPTIONS
            .replace("-XX:ReservedCodeCacheSize=64m", "-XX:ReservedCodeCacheSize=128m")
            .replace("-XX:TieredStopAtLevel=1 ", "")
            .replace("-XX:+UseSerialGC", "-XX:+UseParallelGC");

    /** The JVM options a setting names: {@code default} (or nothing), {@code peak}, or the options themselves. */
    public static String jvmOptions(String setting) {
        if (setting == null || setting.isBlank() || setting.strip().equals("default")) {
            return DEFAULT_JVM_OPTIONS;
        }
        return setting.strip().equals("peak") ? PEAK_JVM_OPTIONS : setting;
    }

    private final Component component;
    private final Process process;
    private final Path logFile;
    private final boolean fromAotCache;

    private ServiceProcess(Component component, Process process, Path logFile, boolean fromAotCache) {
        this.component = component;
        this.process = process;
        this.logFile = logFile;
        this.fromAotCache = fromAotCache;
    }

    static ServiceProcess start(Component component, Path jar, Map<String, String> environment, String jvmOptions,
            Path logFile) {
        return start(component, AotCache.Launch.plain(jar), environment, jvmOptions, logFile);
    }

    /** Starts the jar {@code launch} names, with the options its AOT cache adds (if any) after the component's. */
    static ServiceProcess start(Component component, AotCache.Launch launch, Map<String, String> environment,
            String jvmOptions, Path logFile) {
        List<String> command = new ArrayList<>();
        command.add(AotCache.java().toString());
        command.addAll(AotCache.splitOptions(jvmOptions));
        command.addAll(launch.jvmOptions());
        command.add("-jar");
        command.add(launch.jar().toString());
        ProcessBuilder builder = new ProcessBuilder(command)
                .redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(logFile.toFile()));
        builder.environment().putAll(environment);
        try {
            Files.writeString(logFile, banner(component.module(), java.time.Instant.now(),
                    builder.environment().get("LOG_FORMAT")), java.nio.file.StandardOpenOption.CREATE,
                    java.nio.file.StandardOpenOption.APPEND);
            return new ServiceProcess(component, builder.start(), logFile, launch.fromCache());
        } catch (IOException e) {
            throw new UncheckedIOException("Could not start " + component.module(), e);
        }
    }

    /**
     * The line that starts each run in the log: in the component's own format, so that a log of JSON lines
     * ({@code LOG_FORMAT=ecs}, say) stays one.
     */
    static String banner(String module, java.time.Instant at, String logFormat) {
        if (logFormat == null || logFormat.isBlank()) {
            return "%n==== %s starting at %s ====%n".formatted(module, at);
        }
        return "{\"@timestamp\":\"%s\",\"message\":\"==== %s starting ====\"}%n".formatted(at, module);
    }

    public Component component() {
        return component;
    }

    /** Whether it was started from its JDK AOT cache ({@link AotCache}). */
    public boolean fromAotCache() {
        return fromAotCache;
    }

    public long pid() {
        return process.pid();
    }

    public boolean isAlive() {
        return process.isAlive();
    }

    public Path logFile() {
        return logFile;
    }

    /** Resident memory in bytes, read from /proc (Linux); empty elsewhere or once the process is gone. */
    public OptionalLong residentMemory() {
        return ResidentMemory.of(process.pid());
    }

    /** Asks the JVM to stop (SIGTERM: Spring shuts down gracefully). */
    void requestStop() {
        process.destroy();
    }

    /** Waits for the JVM to exit, killing it if it will not within the grace period. */
    void awaitStop(long graceSeconds) {
        Processes.awaitOrKill(process, Duration.ofSeconds(graceSeconds));
    }
}
