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
 * (Spring Cloud LoadBalancer's health checks, {@code spring.cloud.loadbalancer.health-check.*}), or all of them
 * when none does, always in the same order.
 *
 * <p>Not a {@code @Configuration}: Spring Cloud LoadBalancer instantiates it in each service's own context.
 */
class ReadyInstances {

    @Bean
    ServiceInstanceListSupplier readyInstancesInAStableOrder(ConfigurableApplicationContext context) {
        return ServiceInstanceListSupplier.builder()
                .withDiscoveryClient()
                .withHealthChecks()
                .with((serviceContext, ready) -> new StableOrder(new EveryInstanceWhenNoneIsReady(ready,
                        ServiceInstanceListSupplier.builder().withDiscoveryClient().build(serviceContext))))
                .build(context);
    }

    /**
     * The ready instances, or every registered one when none passed its last check. A check fails when it takes
     * longer than its interval, and a lone instance that is merely slow for a moment (a collection, a busy
     * machine) would otherwise leave the service with nobody to ask: an instant 503 for every caller. Asked
     * anyway, a slow instance may still answer within the route's time limit, and a dead one is answered 503 by
     * the route all the same. (Envoy calls this its panic threshold.)
     */
    static final class EveryInstanceWhenNoneIsReady extends DelegatingServiceInstanceListSupplier {

        private final ServiceInstanceListSupplier registered;

        EveryInstanceWhenNoneIsReady(ServiceInstanceListSupplier ready, ServiceInstanceListSupplier registered) {
            super(ready);
            this.registered = registered;
        }

        @Override
        public Flux<List<ServiceInstance>> get() {
            return delegate.get().flatMap(ready -> ready.isEmpty() ? registered.get().take(1) : Flux.just(ready));
        }
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
