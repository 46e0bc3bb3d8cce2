package io.learnpath.systemtests;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.learnpath.launcher.Ports;
import java.io.IOException;
import java.net.Inet4Address;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.NetworkInterface;
import java.net.Socket;
import java.net.SocketException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * What an outsider on this machine or the network can reach of a running stack: the service registry only with
 * the components' credentials (an instance registered without them would receive a share of the gateway's traffic),
 * and no component, server or mail catcher on any address but loopback.
 */
@ExtendWith(SharedStack.class)
class RegistryAndPortsIT {

    /** A content-service on a port nobody listens on: were it accepted, some content reads would fail. */
    private static final String INTRUDER = """
            {"instance": {"instanceId": "intruder:9", "hostName": "localhost", "app": "CONTENT-SERVICE",
             "ipAddr": "127.0.0.1", "status": "UP", "port": {"$": 9, "@enabled": "true"},
             "dataCenterInfo": {"@class": "com.netflix.appinfo.InstanceInfo$DefaultDataCenterInfo", "name": "MyOwn"}}}
            """;

    private final RunningStack stack;
    private final HttpClient http = HttpClient.newHttpClient();

    RegistryAndPortsIT(RunningStack stack) {
        this.stack = stack;
    }

    @Test
    void theRegistryRefusesAnonymousReadsAndWritesAndWrongCredentials() throws Exception {
        String password = stack.stack().discoveryCredentials().password();

        assertThat(registry("GET", "/eureka/apps", null, null)).isEqualTo(401);
        assertThat(registry("GET", "/", null, null)).as("the dashboard").isEqualTo(401);
        assertThat(registry("POST", "/eureka/apps/CONTENT-SERVICE", null, INTRUDER)).isEqualTo(401);
        assertThat(registry("POST", "/eureka/apps/CONTENT-SERVICE", basic("learnpath", "learnpath"), INTRUDER))
                .isEqualTo(401);
        assertThat(registry("POST", "/eureka/apps/CONTENT-SERVICE", basic("learnpath", password + "x"), INTRUDER))
                .isEqualTo(401);

        assertThat(registry("GET", "/eureka/apps/CONTENT-SERVICE/intruder:9", basic("learnpath", password), null))
                .isEqualTo(404);
        assertThat(registry("GET", "/eureka/apps/CONTENT-SERVICE", basic("learnpath", password), null))
                .as("the real content-service, registered with the credentials").isEqualTo(200);
        for (int i = 0; i < 8; i++) {
            assertThat(stack.gateway().request("/api/content/roadmaps").get().status()).isEqualTo(200);
        }
    }

    @Test
    void nothingListensOnAnAddressOtherThanLoopback() {
        Optional<InetAddress> outward = outwardAddress();
        assumeTrue(outward.isPresent(), "this machine has no address but loopback, so nothing can listen elsewhere");
        Ports ports = stack.stack().layout().ports();

        ports.byOwner().forEach((owner, port) -> {
            assertThat(canConnect(new InetSocketAddress(InetAddress.getLoopbackAddress(), port)))
                    .as("%s answers on loopback (port %d)", owner, port).isTrue();
            assertThat(canConnect(new InetSocketAddress(outward.get(), port)))
                    .as("%s on %s:%d", owner, outward.get().getHostAddress(), port).isFalse();
        });
    }

    private int registry(String method, String path, String authorization, String body) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(
                        URI.create("http://localhost:" + stack.stack().layout().ports().discovery() + path))
                .header("Accept", "application/json")
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofString(body));
        if (body != null) {
            request.header("Content-Type", "application/json");
        }
        if (authorization != null) {
            request.header("Authorization", authorization);
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.discarding()).statusCode();
    }

    private static String basic(String user, String password) {
        return "Basic " + Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
    }

    private static boolean canConnect(InetSocketAddress address) {
        try (Socket socket = new Socket()) {
            socket.connect(address, 1000);
            return true;
        } catch (IOException e) {
            return false;
        }
    }

    /** An IPv4 address of one of this machine's interfaces that is up and not loopback, if any. */
    private static Optional<InetAddress> outwardAddress() {
        try {
            return NetworkInterface.networkInterfaces()
                    .filter(RegistryAndPortsIT::isUpAndNotLoopback)
                    .flatMap(NetworkInterface::inetAddresses)
                    .filter(address -> address instanceof Inet4Address && !address.isLoopbackAddress())
                    .findFirst();
        } catch (SocketException e) {
            throw new IllegalStateException("Cannot list this machine's network interfaces", e);
        }
    }

    private static boolean isUpAndNotLoopback(NetworkInterface network) {
        try {
            return network.isUp() && !network.isLoopback();
        } catch (SocketException e) {
            return false;
        }
    }
}
