package io.learnpath.launcher;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

class TraceStoreTest {

    @Test
    void zipkinRunsUnlessSwitchedOff() {
        assertThat(TraceStore.wanted(Map.of())).isTrue();
        assertThat(TraceStore.wanted(Map.of("LEARNPATH_ZIPKIN", "on"))).isTrue();
        assertThat(TraceStore.wanted(Map.of("LEARNPATH_ZIPKIN", " OFF "))).isFalse();
    }

    @Test
    void everyComponentSendsItsSpansToTheStacksZipkinOrNowhere() {
        Ports ports = Ports.defaults().shiftedBy(20000);
        assertThat(TraceStore.componentEnvironment(ports, true))
                .containsOnly(Map.entry("MANAGEMENT_TRACING_EXPORT_ZIPKIN_ENDPOINT",
                        "http://127.0.0.1:29411/api/v2/spans"));
        assertThat(TraceStore.componentEnvironment(ports, false))
                .containsOnly(Map.entry("MANAGEMENT_TRACING_EXPORT_ZIPKIN_ENABLED", "false"));
        assertThat(TraceStore.url(ports)).isEqualTo("http://localhost:29411");
    }

    @Test
    void zipkinKeepsSpansInMemoryAndTakesNothingElseFromTheDevelopersEnvironment() {
        Map<String, String> environment = TraceStore.environment(9411, Map.of("PATH", "/usr/bin",
                "KAFKA_BOOTSTRAP_SERVERS", "localhost:9092", "STORAGE_TYPE", "cassandra3", "MEM_MAX_SPANS", "1000"));

        assertThat(environment).containsEntry("STORAGE_TYPE", "mem").containsEntry("QUERY_PORT", "9411")
                .containsEntry("MEM_MAX_SPANS", "1000").containsEntry("COLLECTOR_KAFKA_ENABLED", "false")
                .doesNotContainKey("KAFKA_BOOTSTRAP_SERVERS");
        assertThat(TraceStore.environment(9411, Map.of())).containsEntry("MEM_MAX_SPANS", TraceStore.DEFAULT_MAX_SPANS);
    }

    @Test
    void theJarIsWhereTheLaunchersBuildCopiesIt() {
        StackLayout layout = new StackLayout(Path.of("/repo"), Path.of("/repo/.learnpath"), Ports.defaults());
        assertThat(TraceStore.jar(layout)).isEqualTo(Path.of("/repo/launcher/target/zipkin/zipkin-server.jar"));
        assertThat(layout.logFile("zipkin")).isEqualTo(Path.of("/repo/.learnpath/logs/zipkin.log"));
    }

    @Test
    void aComponentsLogOfJsonLinesStartsEachRunWithAJsonLine() {
        Instant at = Instant.parse("2026-12-01T10:15:30Z");

        JsonNode banner = JsonMapper.builder().build().readTree(ServiceProcess.banner("gateway", at, "ecs"));

        assertThat(banner.path("@timestamp").asString()).isEqualTo("2026-12-01T10:15:30Z");
        assertThat(banner.path("message").asString()).isEqualTo("==== gateway starting ====");
        assertThat(ServiceProcess.banner("gateway", at, null)).contains("==== gateway starting at 2026-12-01");
    }
}
