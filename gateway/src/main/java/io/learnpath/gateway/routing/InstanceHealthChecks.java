package io.learnpath.gateway.routing;

import org.springframework.cloud.loadbalancer.annotation.LoadBalancerClients;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.reactive.function.client.WebClient;

/**
 * The load balancer offers only instances that pass their readiness check ({@link ReadyInstances}, for every
 * service), and this is the client the checks go out with.
 *
 * <p>A plain builder, not Boot's instrumented one: those checks, every couple of seconds per instance, would be
 * recorded as {@code http.client.requests} with a different set of tags than the gateway's own timer of the same
 * name for the routed calls, and Prometheus keeps only the first set it sees: the routed calls' timer would go.
 */
@Configuration(proxyBeanMethods = false)
@LoadBalancerClients(defaultConfiguration = ReadyInstances.class)
class InstanceHealthChecks {

    @Bean
    WebClient.Builder instanceHealthCheckClient() {
        return WebClient.builder();
    }
}
