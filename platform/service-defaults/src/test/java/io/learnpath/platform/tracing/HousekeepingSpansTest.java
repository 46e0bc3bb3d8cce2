package io.learnpath.platform.tracing;

import static org.assertj.core.api.Assertions.assertThat;

import io.micrometer.observation.Observation;
import io.micrometer.observation.ObservationRegistry;
import io.opentelemetry.sdk.common.CompletableResultCode;
import io.opentelemetry.sdk.trace.SdkTracerProvider;
import io.opentelemetry.sdk.trace.data.SpanData;
import io.opentelemetry.sdk.trace.export.SpanExporter;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.micrometer.observation.autoconfigure.ObservationAutoConfiguration;
import org.springframework.boot.micrometer.tracing.autoconfigure.MicrometerTracingAutoConfiguration;
import org.springframework.boot.micrometer.tracing.opentelemetry.autoconfigure.OpenTelemetryTracingAutoConfiguration;
import org.springframework.boot.opentelemetry.autoconfigure.OpenTelemetrySdkAutoConfiguration;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;

/** Housekeeping (probes, scrapes, the registry's traffic, Redis outside any request) never reaches the store. */
class HousekeepingSpansTest {

    private static final String ROOT = "0000000000000000";

    private final ApplicationContextRunner runner = new ApplicationContextRunner()
            .withConfiguration(AutoConfigurations.of(ObservationAutoConfiguration.class,
                    OpenTelemetrySdkAutoConfiguration.class, OpenTelemetryTracingAutoConfiguration.class,
                    MicrometerTracingAutoConfiguration.class, TracingAutoConfiguration.class))
            .withPropertyValues("spring.application.name=progress-service",
                    "management.tracing.sampling.probability=1.0")
            .withBean(Exported.class, Exported::new);

    @Test
    void probesScrapesAndTheRegistrysTrafficAreNotSent() {
        runner.run(context -> {
            ObservationRegistry registry = context.getBean(ObservationRegistry.class);

            observe(registry, "http.server.requests", "http.url", "/actuator/health/readiness");
            observe(registry, "http.server.requests", "http.url", "/actuator/prometheus");
            observe(registry, "http.client.requests", "http.url", "http://localhost:8761/eureka/apps/?x=1");
            observe(registry, "http.server.requests", "http.url", "/eureka/apps/PROGRESS-SERVICE/progress:8083");
            observe(registry, "http.server.requests", "http.url", "/api/progress/roadmaps/backend");
            context.getBean(SdkTracerProvider.class).forceFlush().join(10, TimeUnit.SECONDS);

            assertThat(context.getBean(Exported.class).spans).extracting(span -> span.getAttributes().asMap()
                            .entrySet().stream().filter(entry -> entry.getKey().getKey().equals("http.url"))
                            .map(entry -> entry.getValue().toString()).findFirst().orElse("?"))
                    .containsExactly("/api/progress/roadmaps/backend");
        });
    }

    @Test
    void aRedisCommandIsSentOnlyAsPartOfSomething() {
        assertThat(HousekeepingSpans.isHousekeeping(Map.of("db.system", "redis"), ROOT)).isTrue();
        assertThat(HousekeepingSpans.isHousekeeping(Map.of("db.system", "redis"), null)).isTrue();
        assertThat(HousekeepingSpans.isHousekeeping(Map.of("db.system", "redis"), "b7ad6b7169203331")).isFalse();
    }

    @Test
    void theApiItselfIsSentWhateverItsPath() {
        for (String url : List.of("/api/progress/roadmaps/backend", "http://localhost:8083/api/notifications/stream",
                "/api/content/topics/actuators-and-sensors", "/api/content/search?q=eureka", "/api/content/topics/eureka")) {
            assertThat(HousekeepingSpans.isHousekeeping(Map.of("http.url", url), ROOT)).as(url).isFalse();
        }
        assertThat(HousekeepingSpans.isHousekeeping(Map.of("uri", "/actuator/health/{*path}"), ROOT)).isTrue();
        assertThat(HousekeepingSpans.isHousekeeping(Map.of("http.uri", "http://localhost:8084/actuator/health"),
                ROOT)).isTrue();
    }

    private static void observe(ObservationRegistry registry, String name, String key, String value) {
        Observation.createNotStarted(name, registry).highCardinalityKeyValue(key, value).observe(() -> { });
    }

    /** Stands in for the Zipkin exporter: what would have been sent. */
    static final class Exported implements SpanExporter {

        final List<SpanData> spans = new CopyOnWriteArrayList<>();

        @Override
        public CompletableResultCode export(Collection<SpanData> batch) {
            spans.addAll(batch);
            return CompletableResultCode.ofSuccess();
        }

        @Override
        public CompletableResultCode flush() {
            return CompletableResultCode.ofSuccess();
        }

        @Override
        public CompletableResultCode shutdown() {
            return CompletableResultCode.ofSuccess();
        }
    }
}
