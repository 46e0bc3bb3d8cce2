package io.learnpath.gateway.routing;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.cloud.client.DefaultServiceInstance;
import org.springframework.cloud.client.ServiceInstance;
import org.springframework.cloud.loadbalancer.core.ServiceInstanceListSupplier;
import reactor.core.publisher.Flux;

class ReadyInstancesTest {

    private static final ServiceInstance FIRST = instance("10.0.0.2", 8083);
    private static final ServiceInstance SECOND = instance("10.0.0.1", 8083);
    private static final ServiceInstance THIRD = instance("10.0.0.1", 9083);

    @Test
    void theReadyInstancesAreOfferedWhenThereAreAny() {
        var offered = new ReadyInstances.EveryInstanceWhenNoneIsReady(listing(List.of(SECOND)),
                listing(List.of(FIRST, SECOND)));

        assertThat(offered.get().blockFirst()).containsExactly(SECOND);
    }

    @Test
    void everyRegisteredInstanceIsOfferedWhenNoneIsReady() {
        var offered = new ReadyInstances.EveryInstanceWhenNoneIsReady(listing(List.of()),
                listing(List.of(FIRST, SECOND)));

        assertThat(offered.get().blockFirst()).containsExactly(FIRST, SECOND);
    }

    @Test
    void instancesAreOfferedInTheSameOrderWhateverOrderTheChecksAnsweredIn() {
        var offered = new ReadyInstances.StableOrder(listing(List.of(THIRD, FIRST, SECOND)));

        assertThat(offered.get().blockFirst()).containsExactly(SECOND, THIRD, FIRST);
    }

    private static ServiceInstanceListSupplier listing(List<ServiceInstance> instances) {
        return new ServiceInstanceListSupplier() {
            @Override
            public String getServiceId() {
                return "progress-service";
            }

            @Override
            public Flux<List<ServiceInstance>> get() {
                return Flux.just(instances);
            }
        };
    }

    private static ServiceInstance instance(String host, int port) {
        return new DefaultServiceInstance(host + ":" + port, "progress-service", host, port, false);
    }
}
