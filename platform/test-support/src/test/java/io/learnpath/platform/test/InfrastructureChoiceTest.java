package io.learnpath.platform.test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class InfrastructureChoiceTest {

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = "  ")
    void embeddedServersUnlessSomethingElseIsAskedFor(String nothing) {
        assertThat(InfrastructureChoice.of(nothing, nothing)).isEqualTo(InfrastructureChoice.EMBEDDED);
    }

    @Test
    void embeddedServersWhenAskedForByName() {
        assertThat(InfrastructureChoice.of(null, "embedded")).isEqualTo(InfrastructureChoice.EMBEDDED);
    }

    @ParameterizedTest
    @ValueSource(strings = { "testcontainers", "Testcontainers", " TESTCONTAINERS " })
    void testcontainersOnlyWhenAskedForByName(String setting) {
        assertThat(InfrastructureChoice.of(null, setting)).isEqualTo(InfrastructureChoice.TESTCONTAINERS);
    }

    @Test
    void theSystemPropertyWinsOverTheEnvironment() {
        assertThat(InfrastructureChoice.of("testcontainers", "embedded")).isEqualTo(InfrastructureChoice.TESTCONTAINERS);
        assertThat(InfrastructureChoice.of("embedded", "testcontainers")).isEqualTo(InfrastructureChoice.EMBEDDED);
        assertThat(InfrastructureChoice.of("", "testcontainers")).isEqualTo(InfrastructureChoice.TESTCONTAINERS);
    }

    @Test
    void anUnknownValueFailsNamingTheSettingAndTheAllowedValues() {
        // "containers" was the old spelling; it must not quietly mean something.
        assertThatThrownBy(() -> InfrastructureChoice.of(null, "containers"))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContainingAll("LEARNPATH_TEST_INFRASTRUCTURE", "'containers'", "embedded", "testcontainers");
        assertThatThrownBy(() -> InfrastructureChoice.of("docker", null))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContainingAll("learnpath.test.infrastructure", "'docker'", "embedded", "testcontainers");
    }
}
