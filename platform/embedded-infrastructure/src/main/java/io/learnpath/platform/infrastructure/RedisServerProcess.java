package io.learnpath.platform.infrastructure;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import redis.embedded.RedisServer;

/** A real redis-server, from the binaries that {@code embedded-redis} ships, bound to the loopback interface. */
public final class RedisServerProcess implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger("redis");

    private final RedisServer server;
    private final int port;

    private RedisServerProcess(RedisServer server, int port) {
        this.server = server;
        this.port = port;
    }

    /** @param dataDirectory where Redis keeps its snapshot, or null for none (rate-limit buckets are disposable) */
    public static RedisServerProcess start(int port, Path dataDirectory) {
        try {
            var builder = RedisServer.newRedisServer()
                    .port(port)
                    .bind("127.0.0.1")
                    .setting("protected-mode yes")
                    .setting("appendonly no")
                    .setting("maxmemory 128mb")
                    .setting("maxmemory-policy allkeys-lru")
                    .onShutdownForceStop(true)
                    // Drain the server's output: an unread pipe would eventually block redis-server.
                    .soutListener(log::debug)
                    .serrListener(log::warn);
            if (dataDirectory == null) {
                builder.setting("save \"\"");
            } else {
                Files.createDirectories(dataDirectory);
                builder.setting("dir " + dataDirectory.toAbsolutePath()).setting("save 60 1");
            }
            RedisServer server = builder.build();
            server.start();
            return new RedisServerProcess(server, port);
        } catch (IOException e) {
            throw new UncheckedIOException("Redis did not start on port " + port, e);
        }
    }

    public int port() {
        return port;
    }

    @Override
    public void close() {
        try {
            server.stop();
        } catch (IOException e) {
            throw new UncheckedIOException("Redis did not stop cleanly", e);
        }
    }
}
