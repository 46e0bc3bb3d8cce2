package io.learnpath.platform.defaults;

import static org.assertj.core.api.Assertions.assertThat;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.net.InetAddress;
import org.junit.jupiter.api.Test;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.micrometer.metrics.autoconfigure.MeterRegistryCustomizer;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.context.ApplicationContext;

class ServiceMetricsAutoConfigurationTest {

    private final ApplicationContextRunner runner = new ApplicationContextRunner()
            .withConfiguration(AutoConfigurations.of(ServiceMetricsAutoConfiguration.class));

    @Test
    void tagsEveryMeterWithHostAndPort() {
        runner.withPropertyValues("server.port=8083")
                .run(context -> assertThat(instanceTag(context)).isEqualTo(expectedHost() + ":8083"));
    }

    @Test
    void aServiceWithoutAFixedPortIsTaggedWithPortZero() {
        runner.run(context -> assertThat(instanceTag(context)).isEqualTo(expectedHost() + ":0"));
    }

    @SuppressWarnings("unchecked")
    private static String instanceTag(ApplicationContext context) {
        MeterRegistry registry = new SimpleMeterRegistry();
        context.getBean(MeterRegistryCustomizer.class).customize(registry);
        return registry.counter("learnpath.test").getId().getTag("instance");
    }

    // The host as a container (HOSTNAME) or the machine names itself.
    private static String expectedHost() throws Exception {
        String fromEnvironment = System.getenv("HOSTNAME");
        return fromEnvironment != null && !fromEnvironment.isBlank() ? fromEnvironment
                : InetAddress.getLocalHost().getHostName();
    }
}
