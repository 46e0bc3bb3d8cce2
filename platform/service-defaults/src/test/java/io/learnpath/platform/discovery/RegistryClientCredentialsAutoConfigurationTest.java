package io.learnpath.platform.discovery;

import static org.assertj.core.api.Assertions.assertThat;

import com.netflix.discovery.shared.resolver.DefaultEndpoint;
import com.netflix.discovery.shared.transport.EurekaHttpClient;
import com.sun.net.httpserver.HttpServer;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.cloud.netflix.eureka.config.DiscoveryClientOptionalArgsConfiguration;
import org.springframework.cloud.netflix.eureka.http.RestClientDiscoveryClientOptionalArgs;
import org.springframework.cloud.netflix.eureka.http.RestClientTransportClientFactories;

class RegistryClientCredentialsAutoConfigurationTest {

    private final ApplicationContextRunner runner = new ApplicationContextRunner()
            .withConfiguration(AutoConfigurations.of(RegistryClientCredentialsAutoConfiguration.class,
                    DiscoveryClientOptionalArgsConfiguration.class));

    @Test
    void theRegistryClientSignsInWithTheComponentsCredentials() throws Exception {
        AtomicReference<String> authorization = new AtomicReference<>();
        HttpServer registry = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        registry.createContext("/", exchange -> {
            authorization.set(exchange.getRequestHeaders().getFirst("Authorization"));
            exchange.sendResponseHeaders(204, -1);
            exchange.close();
        });
        registry.start();
        try {
            runner.withPropertyValues("learnpath.discovery.user=learnpath", "learnpath.discovery.password=s3cret")
                    .run(context -> {
                        assertThat(context).hasSingleBean(RestClientDiscoveryClientOptionalArgs.class);
                        // The way Eureka's client gets its HTTP client (the arguments' factories).
                        EurekaHttpClient client = context.getBean(RestClientTransportClientFactories.class)
                                .newTransportClientFactory(null, List.of(), null)
                                .newClient(new DefaultEndpoint(
                                        "http://localhost:" + registry.getAddress().getPort() + "/eureka/"));
                        client.getApplications();
                    });
        } finally {
            registry.stop(0);
        }

        assertThat(authorization.get()).isEqualTo(
                "Basic " + Base64.getEncoder().encodeToString("learnpath:s3cret".getBytes(StandardCharsets.UTF_8)));
    }

    @Test
    void aComponentWithoutThePasswordDoesNotStartAndSaysWhatToSet() {
        runner.run(context -> assertThat(context).hasFailed().getFailure()
                .rootCause().hasMessageContaining("DISCOVERY_PASSWORD"));
    }

    @Test
    void staysOutOfTheWayWhenTheServiceHasNoRegistryClient() {
        runner.withPropertyValues("eureka.client.enabled=false")
                .run(context -> assertThat(context).hasNotFailed()
                        .doesNotHaveBean(RegistryClientCredentialsAutoConfiguration.class));
    }

    @Test
    void neverShowsThePassword() {
        assertThat(new RegistryCredentials("learnpath", "s3cret").toString()).doesNotContain("s3cret");
    }
}
