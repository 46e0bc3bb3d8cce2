package io.learnpath.benchmarks.proxy;

import io.learnpath.platform.infrastructure.FreePorts;
import io.learnpath.platform.infrastructure.Processes;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

/**
 * Debian's nginx as a reference proxy in front of one service: what the gateway's cost is compared with. A proxy
 * written in C that does nothing but forward shows how much of the gateway's overhead any extra hop costs on this
 * machine, and how much is the gateway's own work (token check, rate limiter, circuit breaker, metrics).
 *
 * <p>Started in the foreground ({@code daemon off}) as a child of this JVM, with its configuration, pid file, log
 * and temporary files in a directory of its own, on a free port; {@link #close()} stops it and its workers. A JVM
 * shutdown hook stops it too, should the run be cut short: nginx must never be left running.
 */
public final class ReferenceProxy implements AutoCloseable {

    /** Debian's package {@code nginx-light} (or {@code nginx}) puts it here; BENCHMARK_NGINX moves it. */
    public static final Path NGINX = Path.of(System.getProperty("benchmark.nginx",
            System.getenv().getOrDefault("BENCHMARK_NGINX", "/usr/sbin/nginx")));

    private static final Duration READY_WITHIN = Duration.ofSeconds(15);

    private final Process process;
    private final int port;
    private final Path directory;
    private final Thread stopOnExit;

    private ReferenceProxy(Process process, int port, Path directory) {
        this.process = process;
        this.port = port;
        this.directory = directory;
        this.stopOnExit = new Thread(this::stop, "stop-reference-proxy");
        Runtime.getRuntime().addShutdownHook(stopOnExit);
    }

    /** Fails, naming the package to install, when nginx is not there: the comparison is not skipped for want of it. */
    public static void requireInstalled() {
        requireInstalled(NGINX);
    }

    static void requireInstalled(Path nginx) {
        if (!Files.isExecutable(nginx)) {
            throw new IllegalStateException("nginx is not installed (no " + nginx + "): apt-get install nginx-light "
                    + "(Debian's package; the benchmarks start nginx themselves, its own service need not run)");
        }
    }

    /**
     * Starts nginx in front of the service on {@code upstreamPort} and waits until it accepts connections.
     *
     * @param directory emptied of an earlier run's files; holds the configuration, log and temporary files
     */
    public static ReferenceProxy start(int upstreamPort, Path directory) throws IOException {
        requireInstalled();
        Files.createDirectories(directory);
        Files.deleteIfExists(directory.resolve("error.log"));
        int port = FreePorts.any();
        NginxConfig config = new NginxConfig(upstreamPort, port, 1, directory);
        Path file = directory.resolve("nginx.conf");
        Files.writeString(file, config.render());
        // -e: the log for errors before the configuration is read, which would go to /var/log/nginx otherwise.
        Process process = new ProcessBuilder(List.of(NGINX.toString(), "-p", directory.toAbsolutePath() + "/",
                "-e", directory.toAbsolutePath().resolve("error.log").toString(), "-c", file.toAbsolutePath()
                        .toString(), "-g", "daemon off;"))
                .redirectErrorStream(true).redirectOutput(directory.resolve("nginx.out").toFile()).start();
        ReferenceProxy proxy = new ReferenceProxy(process, port, directory);
        try {
            proxy.awaitReady();
        } catch (RuntimeException e) {
            proxy.close();
            throw e;
        }
        return proxy;
    }

    public int port() {
        return port;
    }

    /** {@code http://127.0.0.1:<port>}. */
    public URI url() {
        return URI.create("http://127.0.0.1:" + port);
    }

    /** The nginx master process (its workers are its children). */
    public ProcessHandle process() {
        return process.toHandle();
    }

    public boolean isAlive() {
        return process.isAlive();
    }

    @Override
    public void close() {
        stop();
        try {
            Runtime.getRuntime().removeShutdownHook(stopOnExit);
        } catch (IllegalStateException shuttingDown) {
            // Closed from the shutdown hook itself: nothing left to remove.
        }
    }

    /**
     * SIGTERM to the master, which stops its workers and exits (nginx's fast shutdown); if it does not within 10 s,
     * SIGKILL to it and to every worker, since workers outlive a killed master.
     */
    private void stop() {
        List<ProcessHandle> workers = process.descendants().toList();
        Processes.stop(process, Duration.ofSeconds(10));
        workers.stream().filter(ProcessHandle::isAlive).forEach(ProcessHandle::destroyForcibly);
    }

    private void awaitReady() {
        Instant deadline = Instant.now().plus(READY_WITHIN);
        while (!accepts()) {
            if (!process.isAlive()) {
                throw new IllegalStateException("nginx exited at start-up (exit " + process.exitValue() + "): "
                        + errorLog());
            }
            if (Instant.now().isAfter(deadline)) {
                throw new IllegalStateException("nginx did not accept connections on port " + port + " within "
                        + READY_WITHIN.toSeconds() + " s: " + errorLog());
            }
            try {
                Thread.sleep(50); // polling another process's port: there is no event to wait on
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("Interrupted while starting nginx", e);
            }
        }
    }

    private boolean accepts() {
        try (Socket socket = new Socket()) {
            socket.connect(new InetSocketAddress(InetAddress.getLoopbackAddress(), port), 200);
            return true;
        } catch (IOException e) {
            return false;
        }
    }

    private String errorLog() {
        try {
            Path log = directory.resolve("error.log");
            Path out = directory.resolve("nginx.out");
            return (Files.exists(log) ? Files.readString(log) : "") + (Files.exists(out) ? Files.readString(out) : "");
        } catch (IOException e) {
            return "(its log could not be read: " + e + ")";
        }
    }
}
