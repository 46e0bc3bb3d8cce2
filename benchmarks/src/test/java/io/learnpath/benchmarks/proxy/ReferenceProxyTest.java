package io.learnpath.benchmarks.proxy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Debian's nginx, started for real in front of a small server in this JVM (it needs {@code nginx-light}, as the
 * benchmarks do; without it these fail saying so).
 */
class ReferenceProxyTest {

    private HttpServer upstream;
    private final Set<Integer> upstreamConnections = ConcurrentHashMap.newKeySet();
    private final HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();

    @BeforeEach
    void startUpstream() throws IOException {
        upstream = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        upstream.createContext("/", exchange -> {
            // Each connection nginx opens to the service has a port of its own.
            upstreamConnections.add(exchange.getRemoteAddress().getPort());
            byte[] body = ("served " + exchange.getRequestURI() + " for " + exchange.getRequestHeaders()
                    .getFirst("Authorization")).getBytes(StandardCharsets.UTF_8);
            exchange.sendResponseHeaders(200, body.length);
            exchange.getResponseBody().write(body);
            exchange.close();
        });
        upstream.start();
    }

    @AfterEach
    void stopUpstream() {
        upstream.stop(0);
    }

    @Test
    void forwardsRequestsWithTheirHeadersOverKeptAliveConnections(@TempDir Path directory) throws Exception {
        try (ReferenceProxy proxy = ReferenceProxy.start(upstream.getAddress().getPort(), directory)) {
            for (int i = 0; i < 20; i++) {
                HttpResponse<String> response = client.send(HttpRequest.newBuilder(proxy.url()
                                .resolve("/api/progress/roadmaps/backend?i=" + i))
                        .header("Authorization", "Bearer learner-" + i).build(), HttpResponse.BodyHandlers.ofString());

                assertThat(response.statusCode()).isEqualTo(200);
                assertThat(response.body()).isEqualTo("served /api/progress/roadmaps/backend?i=" + i
                        + " for Bearer learner-" + i);
            }
            // Twenty requests one after another: one upstream connection, kept alive, not one per request.
            assertThat(upstreamConnections).hasSize(1);
        }
    }

    @Test
    void closingStopsNginxAndItsWorkers(@TempDir Path directory) throws Exception {
        ReferenceProxy proxy = ReferenceProxy.start(upstream.getAddress().getPort(), directory);
        List<ProcessHandle> workers = proxy.process().descendants().toList();
        assertThat(workers).isNotEmpty();

        proxy.close();

        assertThat(proxy.isAlive()).isFalse();
        assertThat(workers).noneMatch(ProcessHandle::isAlive);
        assertThatThrownBy(() -> client.send(HttpRequest.newBuilder(proxy.url()).build(),
                HttpResponse.BodyHandlers.discarding())).isInstanceOf(IOException.class);
    }

    @Test
    void aMissingNginxIsNamedWithItsPackage() {
        assertThatThrownBy(() -> ReferenceProxy.requireInstalled(Path.of("/nonexistent/nginx")))
                .hasMessageContaining("apt-get install nginx-light");
    }

    @Test
    void theConfigurationKeepsEverythingInItsDirectoryAndUpstreamConnectionsAlive() {
        String config = new NginxConfig(8083, 40000, 1, Path.of("/tmp/proxy")).render();

        assertThat(config).contains("listen 127.0.0.1:40000;").contains("server 127.0.0.1:8083;")
                .contains("keepalive 64;").contains("proxy_http_version 1.1;")
                .contains("proxy_set_header Connection \"\";").contains("pid /tmp/proxy/nginx.pid;")
                .contains("proxy_temp_path /tmp/proxy/proxy;").contains("access_log off;");
        assertThat(config.lines().filter(line -> line.contains("/var/"))).isEmpty();
    }
}
