package io.learnpath.systemtests;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The metric names DashboardPanelsIT checks exist, read from queries as the dashboards write them. */
class PromQlNamesTest {

    @Test
    void aFallbackDoesNotHideTheMetricBehindIt() {
        assertThat(PromQlNames.metricsIn("sum by (topic, type) (rate(learnpath_events_dead_lettered_total"
                + "{application=~\".+\"}[1m])) * 60 or on() vector(0)"))
                .containsExactly("learnpath_events_dead_lettered_total");
    }

    @Test
    void functionsKeywordsLabelsDurationsAndNumbersAreNoMetrics() {
        assertThat(PromQlNames.metricsIn("topk(10, histogram_quantile(0.99, sum by (application, uri, le) "
                + "(rate(http_server_requests_seconds_bucket{uri!~\"/actuator/.*|/api/x\"}[5m]))))"))
                .containsExactly("http_server_requests_seconds_bucket");
        assertThat(PromQlNames.metricsIn("a_total unless a_total offset 10m and on (application) "
                + "process_uptime_seconds offset 10m > bool 1e3"))
                .containsExactly("a_total", "process_uptime_seconds");
    }

    @Test
    void recordingRulesAndComparisonsKeepTheirNames() {
        assertThat(PromQlNames.metricsIn("max by (name, state) (resilience4j_circuitbreaker_state) == 1"))
                .containsExactly("resilience4j_circuitbreaker_state");
        assertThat(PromQlNames.metricsIn("application:learnpath_outbox_oldest_age_seconds:max{application=~\".+\"}"))
                .containsExactly("application:learnpath_outbox_oldest_age_seconds:max");
        assertThat(PromQlNames.metricsIn("count(ALERTS{alertstate=\"firing\"}) or on() vector(0)"))
                .containsExactly("ALERTS");
    }
}
