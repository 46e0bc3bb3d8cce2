package io.learnpath.gateway.ratelimit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.boot.context.properties.bind.BindException;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.source.MapConfigurationPropertySource;

/** The budgets' defaults are in code, so the strict sign-in limit holds even when no configuration sets it. */
class RateLimitPropertiesTest {

    @Test
    void withNoConfigurationTheSignInBudgetIsStrict() {
        RateLimitProperties limits = bind(Map.of());

        assertThat(limits.credentials().replenishRate()).isEqualTo(1);
        assertThat(limits.credentials().burstCapacity()).isEqualTo(10);
        assertThat(limits.credentials().requestedTokens()).isEqualTo(1);
        assertThat(limits.api().replenishRate()).isEqualTo(20);
        assertThat(limits.api().burstCapacity()).isEqualTo(40);
    }

    @Test
    void oneValueCanBeOverriddenAndTheOthersKeepTheirDefaults() {
        RateLimitProperties limits = bind(Map.of("learnpath.gateway.rate-limit.credentials.burst-capacity", "3"));

        assertThat(limits.credentials().burstCapacity()).isEqualTo(3);
        assertThat(limits.credentials().replenishRate()).isEqualTo(1);
    }

    @Test
    void anInconsistentBudgetIsRefusedAtStartUp() {
        assertThatThrownBy(() -> bind(Map.of("learnpath.gateway.rate-limit.credentials.burst-capacity", "0")))
                .isInstanceOf(BindException.class)
                .rootCause().hasMessageContaining("burstCapacity >= both");
    }

    private static RateLimitProperties bind(Map<String, String> properties) {
        return new Binder(new MapConfigurationPropertySource(properties))
                .bindOrCreate("learnpath.gateway.rate-limit", RateLimitProperties.class);
    }
}
