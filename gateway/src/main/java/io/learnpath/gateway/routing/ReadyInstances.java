package io.learnpath.gateway.routing;

import java.util.Comparator;
import java.util.List;
import org.springframework.cloud.client.ServiceInstance;
import org.springframework.cloud.loadbalancer.core.DelegatingServiceInstanceListSupplier;
import org.springframework.cloud.loadbalancer.core.ServiceInstanceListSupplier;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.annotation.Bean;
import reactor.core.publisher.Flux;

/**
 * Each service's instances as the load balancer sees them: the ones Eureka lists whose readiness check passes
 * (Spring Cloud LoadBalancer's health checks, {@code spring.cloud.loadbalancer.health-check.*}), always in the same
 * order.
 *
 * <p>Not a {@code @Configuration}: Spring Cloud LoadBalancer instantiates it in each service's own context.
 */
class ReadyInstances {

    @Bean
    ServiceInstanceListSupplier readyInstancesInAStableOrder(ConfigurableApplicationContext context) {
        return ServiceInstanceListSupplier.builder()
                .withDiscoveryClient()
                .withHealthChecks()
                .with((ignored, delegate) -> new StableOrder(delegate))
                .build(context);
    }

    /**
     * Sorts the instances by address. The health checks list them in the order their checks answered, which
     * changes from one round to the next; round robin then picks the same instance twice in a row now and then,
     * and a read retried after a failure would go back to the instance that just failed it.
     */
    static final class StableOrder extends DelegatingServiceInstanceListSupplier {

        private static final Comparator<ServiceInstance> BY_ADDRESS = Comparator
                .comparing((ServiceInstance instance) -> instance.getHost())
                .thenComparingInt(ServiceInstance::getPort);

        StableOrder(ServiceInstanceListSupplier delegate) {
            super(delegate);
        }

        @Override
        public Flux<List<ServiceInstance>> get() {
            return delegate.get().map(instances -> instances.stream().sorted(BY_ADDRESS).toList());
        }
    }
}
