package io.learnpath.platform.infrastructure;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.common.Uuid;

/**
 * A real Kafka broker in KRaft mode (combined broker and controller, one node), run as its own JVM from the
 * Kafka jars on this JVM's classpath, with its log directory kept between runs.
 *
 * <p>Written by hand because spring-kafka-test's {@code EmbeddedKafkaKraftBroker} runs in-process with
 * temporary directories: right for tests (and the test support uses it), wrong for a local stack whose data
 * should outlive a restart and whose broker should not share a heap with the launcher.
 */
public final class KafkaBrokerProcess implements AutoCloseable {

    /**
     * The broker's own JVM options; an AOT cache made for the broker is only valid for these.
     *
     * <p>Every relay and consumer waits out the broker's pauses. With the serial collector they took 15-80 ms
     * every 4-5 s at 100 events a second: one thread, and a young generation kept at the 20 MB it was sized to
     * from the first heap. So the parallel collector, as the services' {@code peak} options have it, and a young
     * generation of a set size ({@code -Xmn}): 12-50 ms every 9-10 s (docs/performance.md, tenth session). The
     * heap is smaller than before because the log cleaner's buffer is ({@link #CLEANER_DEDUPE_BUFFER_BYTES}).
     */
    public static final List<String> JVM_OPTIONS = List.of("-Xms96m", "-Xmx256m", "-Xmn48m", "-XX:+UseParallelGC",
            "-Xss512k", "--sun-misc-unsafe-memory-access=allow");

    /**
     * The log cleaner's key map (Kafka allocates it on the heap when it starts, 128 MB by default): it compacts
     * the consumer offsets and the compacted topics of a local stack, thousands of keys rather than millions,
     * and 16 MB holds about 700,000 of them per pass.
     */
    static final String CLEANER_DEDUPE_BUFFER_BYTES = String.valueOf(16 * 1024 * 1024);

    private final Process process;
    private final int port;

    private KafkaBrokerProcess(Process process, int port) {
        this.process = process;
        this.port = port;
    }

    public static KafkaBrokerProcess start(int port, int controllerPort, Path dataDirectory, Path logFile,
            Duration timeout) {
        return start(port, controllerPort, dataDirectory, logFile, timeout, List.of());
    }

    /**
     * As {@link #start(int, int, Path, Path, Duration)}, with {@code jvmOptions} added to the broker's own (an AOT
     * cache to start from or to record, say).
     */
    public static KafkaBrokerProcess start(int port, int controllerPort, Path dataDirectory, Path logFile,
            Duration timeout, List<String> jvmOptions) {
        try {
            Path logDirs = dataDirectory.resolve("logs");
            Files.createDirectories(logDirs);
            Path config = dataDirectory.resolve("server.properties");
            writeConfig(config, port, controllerPort, logDirs);
            if (!Files.exists(logDirs.resolve("meta.properties"))) {
                format(config, logFile);
            }
            Process process = java(jvmOptions, "kafka.Kafka", config.toString())
                    .redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.appendTo(logFile.toFile()))
                    .start();
            KafkaBrokerProcess broker = new KafkaBrokerProcess(process, port);
            broker.awaitReady(timeout, logFile);
            return broker;
        } catch (IOException e) {
            throw new UncheckedIOException("Kafka did not start", e);
        }
    }

    /** False once the server process has exited, whoever ended it. */
    public boolean isAlive() {
        return process.isAlive();
    }

    /** The exit code of a server that has exited. */
    public int exitValue() {
        return process.exitValue();
    }

    public String bootstrapServers() {
        return "localhost:" + port;
    }

    public long pid() {
        return process.pid();
    }

    private static void writeConfig(Path config, int port, int controllerPort, Path logDirs) throws IOException {
        Properties properties = new Properties();
        properties.setProperty("process.roles", "broker,controller");
        properties.setProperty("node.id", "1");
        properties.setProperty("controller.quorum.voters", "1@localhost:" + controllerPort);
        properties.setProperty("listeners", "PLAINTEXT://localhost:" + port + ",CONTROLLER://localhost:" + controllerPort);
        properties.setProperty("advertised.listeners", "PLAINTEXT://localhost:" + port);
        properties.setProperty("controller.listener.names", "CONTROLLER");
        properties.setProperty("inter.broker.listener.name", "PLAINTEXT");
        properties.setProperty("listener.security.protocol.map", "PLAINTEXT:PLAINTEXT,CONTROLLER:PLAINTEXT");
        properties.setProperty("log.dirs", logDirs.toAbsolutePath().toString());
        properties.setProperty("num.partitions", "3");
        properties.setProperty("offsets.topic.replication.factor", "1");
        properties.setProperty("transaction.state.log.replication.factor", "1");
        properties.setProperty("transaction.state.log.min.isr", "1");
        properties.setProperty("group.initial.rebalance.delay.ms", "0");
        properties.setProperty("auto.create.topics.enable", "true");
        properties.setProperty("log.cleaner.dedupe.buffer.size", CLEANER_DEDUPE_BUFFER_BYTES);
        try (OutputStream out = Files.newOutputStream(config)) {
            properties.store(out, "Written by the Learnpath launcher on every start");
        }
    }

    private static void format(Path config, Path logFile) throws IOException {
        Process format = java(List.of(), "kafka.tools.StorageTool", "format", "-t", Uuid.randomUuid().toString(),
                "-c", config.toString())
                .redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(logFile.toFile()))
                .start();
        try {
            if (!format.waitFor(60, TimeUnit.SECONDS) || format.exitValue() != 0) {
                format.destroyForcibly();
                throw new IllegalStateException("Formatting Kafka's storage failed; see " + logFile);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while formatting Kafka's storage", e);
        }
    }

    private static ProcessBuilder java(List<String> jvmOptions, String mainClass, String... arguments) {
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.addAll(JVM_OPTIONS);
        command.addAll(jvmOptions);
        command.addAll(List.of("-cp", System.getProperty("java.class.path"), mainClass));
        command.addAll(List.of(arguments));
        return new ProcessBuilder(command);
    }

    private void awaitReady(Duration timeout, Path logFile) {
        Instant deadline = Instant.now().plus(timeout);
        Properties client = new Properties();
        client.setProperty(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers());
        client.setProperty(AdminClientConfig.REQUEST_TIMEOUT_MS_CONFIG, "2000");
        client.setProperty(AdminClientConfig.DEFAULT_API_TIMEOUT_MS_CONFIG, "3000");
        while (Instant.now().isBefore(deadline)) {
            if (!process.isAlive()) {
                throw new IllegalStateException("Kafka exited with " + process.exitValue() + "; see " + logFile);
            }
            try (Admin admin = Admin.create(client)) {
                admin.describeCluster().nodes().get(3, TimeUnit.SECONDS);
                return;
            } catch (Exception notYet) {
                sleepBriefly();
            }
        }
        close();
        throw new IllegalStateException("Kafka was not ready within " + timeout + "; see " + logFile);
    }

    private static void sleepBriefly() {
        try {
            Thread.sleep(250);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Override
    public void close() {
        Processes.stop(process, Duration.ofSeconds(30));
    }
}
