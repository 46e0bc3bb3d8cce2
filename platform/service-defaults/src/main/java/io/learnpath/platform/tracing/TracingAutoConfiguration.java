package io.learnpath.platform.tracing;

import io.micrometer.tracing.exporter.SpanExportingPredicate;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.context.annotation.Bean;

/**
 * Tracing as every component has it. Spring Boot does the work (Micrometer Tracing over OpenTelemetry, spans sent
 * to Zipkin, W3C {@code traceparent} on HTTP and in Kafka record headers, trace and span ids in the logs); the
 * settings are in {@code learnpath-defaults.yml}. This adds what Boot cannot know: which spans are housekeeping
 * ({@link HousekeepingSpans}). The outbox carries a request's trace to its Kafka send ({@code OutboxRelayOrder}).
 */
@AutoConfiguration
@ConditionalOnClass(SpanExportingPredicate.class)
public class TracingAutoConfiguration {

    @Bean
    SpanExportingPredicate housekeepingSpans() {
        return new HousekeepingSpans();
    }
}
