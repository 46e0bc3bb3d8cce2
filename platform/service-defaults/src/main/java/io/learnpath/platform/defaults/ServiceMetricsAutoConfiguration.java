package io.learnpath.platform.defaults;

import io.micrometer.core.instrument.MeterRegistry;
import java.net.InetAddress;
import java.net.UnknownHostException;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.micrometer.metrics.autoconfigure.MeterRegistryCustomizer;
import org.springframework.context.annotation.Bean;

/**
 * Tags every meter with the instance it comes from, next to the {@code application} tag set in the defaults, so
 * that dashboards can tell two replicas of a service apart.
 */
@AutoConfiguration
public class ServiceMetricsAutoConfiguration {

    @Bean
    MeterRegistryCustomizer<MeterRegistry> instanceTag(@Value("${server.port:0}") String port) {
        String instance = hostName() + ":" + port;
        return registry -> registry.config().commonTags("instance", instance);
    }

    private static String hostName() {
        String fromEnvironment = System.getenv("HOSTNAME");
        if (fromEnvironment != null && !fromEnvironment.isBlank()) {
            return fromEnvironment;
        }
        try {
            return InetAddress.getLocalHost().getHostName();
        } catch (UnknownHostException e) {
            return "localhost";
        }
    }
}
