package io.learnpath.launcher;

import io.learnpath.platform.infrastructure.Processes;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The local run's trace store: Zipkin's server (the executable jar from Maven Central, which the launcher's build
 * copies to {@code launcher/target/zipkin/}) as a JVM of its own, keeping spans in memory, on loopback only. Every
 * component sends its spans there ({@link #componentEnvironment}); {@code LEARNPATH_ZIPKIN=off} starts none, and the
 * components then send nothing (their logs still carry trace ids).
 */
final class TraceStore implements AutoCloseable {

    /** Zipkin starts while the infrastructure does, so it is given little: one of eight JVMs on two cores. */
    static final String JVM_OPTIONS = "-Xms32m -Xmx192m -XX:+UseSerialGC -Xss512k -XX:TieredStopAtLevel=1 "
            + "-XX:+UseCompactObjectHeaders -XX:+ExitOnOutOfMemoryError "
            + "--sun-misc-unsafe-memory-access=allow --enable-native-access=ALL-UNNAMED";

    /** How many spans Zipkin keeps (the oldest traces go first): a minute or so of a benchmark, hours by hand. */
    static final String DEFAULT_MAX_SPANS = "50000";

    private final Process process;
    private final Path logFile;
    private final int port;
    private final boolean fromAotCache;

    private TraceStore(Process process, Path logFile, int port, boolean fromAotCache) {
        this.process = process;
        this.logFile = logFile;
        this.port = port;
        this.fromAotCache = fromAotCache;
    }

    /** Whether the developer wants one: anything but {@code LEARNPATH_ZIPKIN=off}. */
    static boolean wanted(Map<String, String> environment) {
        return !"off".equalsIgnoreCase(environment.getOrDefault("LEARNPATH_ZIPKIN", "on").strip());
    }

    static Path jar(StackLayout layout) {
        return layout.projectRoot().resolve("launcher").resolve("target").resolve("zipkin").resolve("zipkin-server.jar");
    }

    /** Starts Zipkin without waiting for it: {@link #isReady} says when it answers. */
    static TraceStore start(StackLayout layout, Map<String, String> launcherEnvironment) {
        return start(layout, AotCache.Launch.plain(jar(layout)), launcherEnvironment);
    }

    /** As {@link #start(StackLayout, Map)}, from the jar {@code launch} names (and its AOT cache, if any). */
    static TraceStore start(StackLayout layout, AotCache.Launch launch, Map<String, String> launcherEnvironment) {
        int port = layout.ports().zipkin();
        Path logFile = layout.logFile("zipkin");
        List<String> command = new ArrayList<>();
        command.add(AotCache.java().toString());
        command.addAll(AotCache.splitOptions(JVM_OPTIONS));
        command.addAll(launch.jvmOptions());
        command.addAll(List.of("-jar", launch.jar().toString()));
        command.addAll(arguments(port));
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(logFile.toFile()));
        builder.environment().clear();
        builder.environment().putAll(environment(port, launcherEnvironment));
        try {
            Files.createDirectories(logFile.getParent());
            Files.writeString(logFile, "%n==== zipkin starting at %s ====%n".formatted(Instant.now()),
                    StandardOpenOption.CREATE, StandardOpenOption.APPEND);
            return new TraceStore(builder.start(), logFile, port, launch.fromCache());
        } catch (IOException e) {
            throw new UncheckedIOException("Could not start Zipkin", e);
        }
    }

    /** A list property is taken whole from one source: port, address and protocol together. */
    static List<String> arguments(int port) {
        return List.of("--armeria.ports[0].port=" + port, "--armeria.ports[0].ip=127.0.0.1",
                "--armeria.ports[0].protocols[0]=http");
    }

    /**
     * Zipkin's own settings, and nothing else of the developer's environment: Zipkin reads well-known names
     * ({@code KAFKA_BOOTSTRAP_SERVERS} would make it consume spans from that Kafka, {@code STORAGE_TYPE} store them
     * elsewhere). Only {@code MEM_MAX_SPANS} is taken from the launcher's environment.
     */
    static Map<String, String> environment(int port, Map<String, String> launcherEnvironment) {
        return Map.of("PATH", launcherEnvironment.getOrDefault("PATH", "/usr/bin:/bin"),
                "QUERY_PORT", Integer.toString(port),
                "STORAGE_TYPE", "mem",
                "MEM_MAX_SPANS", launcherEnvironment.getOrDefault("MEM_MAX_SPANS", DEFAULT_MAX_SPANS),
                "COLLECTOR_KAFKA_ENABLED", "false",
                "COLLECTOR_RABBITMQ_ENABLED", "false",
                "COLLECTOR_ACTIVEMQ_ENABLED", "false",
                "COLLECTOR_PULSAR_ENABLED", "false",
                "DISCOVERY_EUREKA_ENABLED", "false",
                "SELF_TRACING_ENABLED", "false");
    }

    /** What each component is told: send spans to this store, or (without one) send none. */
    static Map<String, String> componentEnvironment(Ports ports, boolean running) {
        return running
                ? Map.of("MANAGEMENT_TRACING_EXPORT_ZIPKIN_ENDPOINT", spanEndpoint(ports))
                : Map.of("MANAGEMENT_TRACING_EXPORT_ZIPKIN_ENABLED", "false");
    }

    static String spanEndpoint(Ports ports) {
        return "http://127.0.0.1:" + ports.zipkin() + "/api/v2/spans";
    }

    static String url(Ports ports) {
        return "http://localhost:" + ports.zipkin();
    }

    boolean isReady(HealthProbe probe) {
        return probe.answers("http://127.0.0.1:" + port + "/health", 200);
    }

    boolean fromAotCache() {
        return fromAotCache;
    }

    boolean isAlive() {
        return process.isAlive();
    }

    Path logFile() {
        return logFile;
    }

    long pid() {
        return process.pid();
    }

    /** Stops it (SIGTERM; killed if it has not exited within ten seconds). Its spans are gone with it. */
    @Override
    public void close() {
        Processes.stop(process, Duration.ofSeconds(10));
    }
}
