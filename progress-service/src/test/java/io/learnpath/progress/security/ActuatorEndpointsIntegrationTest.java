package io.learnpath.progress.security;

import static org.assertj.core.api.Assertions.assertThat;

import io.learnpath.progress.ProgressIntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.actuate.endpoint.web.PathMappedEndpoints;
import org.springframework.boot.health.actuate.endpoint.HealthEndpointGroups;

/** The platform's actuator defaults as every service runs them, seen in this one. */
class ActuatorEndpointsIntegrationTest extends ProgressIntegrationTest {

    @Autowired
    PathMappedEndpoints endpoints;

    @Autowired
    HealthEndpointGroups healthGroups;

    @Test
    void onlyTheProbesAndTheScrapeAreServed() {
        assertThat(endpoints.getAllPaths()).containsExactlyInAnyOrder("/actuator/health", "/actuator/prometheus");
    }

    @Test
    void anInstanceWhoseDatabaseIsGoneIsNotReadyButStaysAlive() {
        assertThat(healthGroups.get("readiness").isMember("db")).isTrue();
        assertThat(healthGroups.get("liveness").isMember("db")).as("a restart would not bring the database back")
                .isFalse();
    }
}
