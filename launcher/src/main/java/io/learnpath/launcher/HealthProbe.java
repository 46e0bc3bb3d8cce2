package io.learnpath.launcher;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

/**
 * Small checks the launcher waits on and reports: readiness probes, Eureka's registry, a route through the gateway,
 * and whether a server takes connections at all.
 */
final class HealthProbe {

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

    boolean isReady(int port) {
        return get("http://localhost:" + port + "/actuator/health/readiness", "application/json").status() == 200;
    }

    boolean isRegistered(int discoveryPort, DiscoveryCredentials credentials, Component component) {
        Response apps = get("http://localhost:" + discoveryPort + "/eureka/apps/" + component.eurekaName(),
                "application/json", credentials.authorization());
        return apps.status() == 200 && apps.body().contains("\"status\":\"UP\"");
    }

    /** Whether the instance of {@code component} listening on {@code port} is registered and UP. */
    boolean isRegistered(int discoveryPort, DiscoveryCredentials credentials, Component component, int port) {
        Response instance = get("http://localhost:" + discoveryPort + "/eureka/apps/" + component.eurekaName() + "/"
                + component.instanceId(port), "application/json", credentials.authorization());
        return instance.status() == 200 && instance.body().contains("\"status\":\"UP\"");
    }

    /** Whether something accepts TCP connections on this loopback port (PostgreSQL, Redis, Kafka). */
    boolean listens(int port) {
        try (Socket socket = new Socket()) {
            socket.connect(new InetSocketAddress(InetAddress.getLoopbackAddress(), port), 2000);
            return true;
        } catch (IOException e) {
            return false;
        }
    }

    boolean answers(String url, int expectedStatus) {
        return get(url, "application/json").status() == expectedStatus;
    }

    record Response(int status, String body) {
    }

    Response get(String url, String accept) {
        return get(url, accept, null);
    }

    private Response get(String url, String accept, String authorization) {
        HttpRequest.Builder builder = HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(3))
                .header("Accept", accept);
        if (authorization != null) {
            builder.header("Authorization", authorization);
        }
        HttpRequest request = builder.GET().build();
        try {
            HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
            return new Response(response.statusCode(), response.body());
        } catch (IOException e) {
            return new Response(-1, "");
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return new Response(-1, "");
        }
    }
}
