package io.learnpath.platform.tracing;

import static org.assertj.core.api.Assertions.assertThat;

import io.micrometer.observation.Observation;
import io.micrometer.observation.ObservationRegistry;
import io.micrometer.tracing.TraceContext;
import io.micrometer.tracing.Tracer;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.autoconfigure.ImportAutoConfiguration;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.micrometer.observation.autoconfigure.ObservationAutoConfiguration;
import org.springframework.boot.micrometer.tracing.autoconfigure.MicrometerTracingAutoConfiguration;
import org.springframework.boot.micrometer.tracing.opentelemetry.autoconfigure.OpenTelemetryTracingAutoConfiguration;
import org.springframework.boot.opentelemetry.autoconfigure.OpenTelemetrySdkAutoConfiguration;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.annotation.Configuration;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Every log line names the trace and span it was written in: plain text by default, JSON lines with
 * {@code LOG_FORMAT=ecs}. A real Spring application with the platform's defaults and Boot's logging, as a component
 * starts.
 */
@ExtendWith(OutputCaptureExtension.class)
class LogLinesTest {

    private static final Logger log = LoggerFactory.getLogger(LogLinesTest.class);
    private static final String MESSAGE = "marking a topic done";

    @Test
    void byDefaultALineIsTextWithTheComponentTraceAndSpan(CapturedOutput output) {
        TraceContext trace = logInsideAnObservation();

        assertThat(output.getOut().lines().filter(line -> line.contains(MESSAGE)))
                .singleElement().asString()
                .contains("[log-test," + trace.traceId() + "," + trace.spanId() + "] ")
                .doesNotStartWith("{");
    }

    @Test
    void withLogFormatEcsEveryLineIsJsonAndCarriesTheTraceAndSpan(CapturedOutput output) {
        TraceContext trace = logInsideAnObservation("--LOG_FORMAT=ecs");

        JsonMapper json = JsonMapper.builder().build();
        List<String> lines = output.getOut().lines().filter(line -> !line.isBlank()).toList();
        // Boot's start-up lines too: nothing the application writes falls out of the format.
        assertThat(lines).hasSizeGreaterThan(1);
        List<JsonNode> parsed = lines.stream().map(json::readTree).toList();
        assertThat(parsed).allMatch(JsonNode::isObject);
        assertThat(parsed).filteredOn(line -> line.path("message").asString("").equals(MESSAGE)).singleElement()
                .satisfies(line -> {
                    assertThat(line.path("traceId").asString()).isEqualTo(trace.traceId());
                    assertThat(line.path("spanId").asString()).isEqualTo(trace.spanId());
                    assertThat(line.path("log").path("level").asString()).isEqualTo("INFO");
                    assertThat(line.path("service").path("name").asString()).isEqualTo("log-test");
                });
    }

    /** Starts the application, logs one line inside an observation, and answers that observation's trace. */
    private static TraceContext logInsideAnObservation(String... arguments) {
        try (ConfigurableApplicationContext context = new SpringApplicationBuilder(Application.class)
                .web(WebApplicationType.NONE)
                .properties("spring.application.name=log-test", "management.tracing.export.zipkin.enabled=false")
                .run(arguments)) {
            Observation observation = Observation.start("topic.status.change",
                    context.getBean(ObservationRegistry.class));
            try (Observation.Scope scope = observation.openScope()) {
                log.info(MESSAGE);
                return context.getBean(Tracer.class).currentSpan().context();
            } finally {
                observation.stop();
            }
        }
    }

    @Configuration(proxyBeanMethods = false)
    @ImportAutoConfiguration({ ObservationAutoConfiguration.class, OpenTelemetrySdkAutoConfiguration.class,
            OpenTelemetryTracingAutoConfiguration.class, MicrometerTracingAutoConfiguration.class,
            TracingAutoConfiguration.class })
    static class Application {
    }
}
