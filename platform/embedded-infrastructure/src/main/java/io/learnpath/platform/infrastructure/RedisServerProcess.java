package io.learnpath.platform.infrastructure;

import java.io.BufferedReader;
import java.io.File;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import redis.embedded.core.ExecutableProvider;

/**
 * A real redis-server, the binary that {@code embedded-redis} ships, run as a child process bound to the
 * loopback interface.
 *
 * <p>Only the binary is taken from embedded-redis, not its process handling: that registers a JVM shutdown hook
 * of its own which kills Redis the moment the JVM is asked to stop, while the services using it are still
 * shutting down. Here the owner decides when Redis stops.
 */
public final class RedisServerProcess implements AutoCloseable {

    private final Process process;
    private final int port;

    private RedisServerProcess(Process process, int port) {
        this.process = process;
        this.port = port;
    }

    /**
     * @param dataDirectory where Redis keeps its snapshot, or null for none (rate-limit buckets are disposable)
     * @param logFile       where its output goes, or null to discard it
     */
    public static RedisServerProcess start(int port, Path dataDirectory, Path logFile) {
        try {
            File binary = ExecutableProvider.newJarResourceProvider().get();
            List<String> command = new ArrayList<>(List.of(binary.getAbsolutePath(),
                    "--port", Integer.toString(port), "--bind", "127.0.0.1", "--protected-mode", "yes",
                    "--appendonly", "no", "--maxmemory", "128mb", "--maxmemory-policy", "allkeys-lru"));
            if (dataDirectory == null) {
                command.addAll(List.of("--save", ""));
            } else {
                Files.createDirectories(dataDirectory);
                command.addAll(List.of("--dir", dataDirectory.toAbsolutePath().toString(), "--save", "60 1"));
            }
            ProcessBuilder builder = new ProcessBuilder(command)
                    .redirectErrorStream(true)
                    .redirectOutput(logFile == null ? ProcessBuilder.Redirect.DISCARD
                            : ProcessBuilder.Redirect.appendTo(logFile.toFile()));
            Process process = startWhenNotBusy(builder);
            RedisServerProcess redis = new RedisServerProcess(process, port);
            redis.awaitReady(Duration.ofSeconds(30));
            return redis;
        } catch (IOException e) {
            throw new UncheckedIOException("Redis did not start on port " + port, e);
        }
    }

    /**
     * The binary was just written to a temporary file. A process another thread forks at that moment (PostgreSQL and
     * Kafka start side by side with Redis) holds the file's write descriptor until it execs, and meanwhile Linux
     * refuses to run the file ("Text file busy", ETXTBSY): a brief window, seen about once in twenty stack starts.
     * The JDK has no way to keep the descriptor out of other threads' children, so the start is tried again.
     */
    private static Process startWhenNotBusy(ProcessBuilder builder) throws IOException {
        for (int attempt = 1; ; attempt++) {
            try {
                return builder.start();
            } catch (IOException e) {
                boolean busy = e.getMessage() != null && e.getMessage().contains("Text file busy");
                if (!busy || attempt == 20) {
                    throw e;
                }
                try {
                    Thread.sleep(50);
                } catch (InterruptedException interrupted) {
                    Thread.currentThread().interrupt();
                    throw e;
                }
            }
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

    public long pid() {
        return process.pid();
    }

    public int port() {
        return port;
    }

    private void awaitReady(Duration timeout) {
        Instant deadline = Instant.now().plus(timeout);
        while (Instant.now().isBefore(deadline)) {
            if (!process.isAlive()) {
                throw new IllegalStateException("redis-server exited with " + process.exitValue()
                        + " (is port " + port + " free?)");
            }
            if (answersPing()) {
                return;
            }
            try {
                Thread.sleep(50); // polling a child process's port: there is no event to wait on
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                break;
            }
        }
        close();
        throw new IllegalStateException("redis-server did not answer on port " + port + " within " + timeout);
    }

    private boolean answersPing() {
        try (Socket socket = new Socket(InetAddress.getLoopbackAddress(), port)) {
            socket.setSoTimeout(1000);
            OutputStream out = socket.getOutputStream();
            out.write("PING\r\n".getBytes(StandardCharsets.US_ASCII));
            out.flush();
            String reply = new BufferedReader(new InputStreamReader(socket.getInputStream(), StandardCharsets.US_ASCII))
                    .readLine();
            return "+PONG".equals(reply);
        } catch (IOException notYet) {
            return false;
        }
    }

    /** Asks Redis to stop (SIGTERM: it saves its snapshot if it keeps one) and waits for it. */
    @Override
    public void close() {
        Processes.stop(process, Duration.ofSeconds(15));
    }
}
