package io.learnpath.progress.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.boot.health.contributor.Status;

class CatalogHealthIndicatorTest {

    @Test
    void is_down_while_no_roadmap_is_known() {
        assertThat(new CatalogHealthIndicator(() -> false).health().getStatus()).isEqualTo(Status.DOWN);
    }

    @Test
    void is_up_once_a_roadmap_is_known() {
        assertThat(new CatalogHealthIndicator(() -> true).health().getStatus()).isEqualTo(Status.UP);
    }
}
