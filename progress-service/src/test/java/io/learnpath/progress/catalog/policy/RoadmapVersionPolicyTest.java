package io.learnpath.progress.catalog.policy;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class RoadmapVersionPolicyTest {

    @Test
    void the_first_version_seen_is_applied() {
        assertThat(RoadmapVersionPolicy.shouldApply(null, 1)).isTrue();
        assertThat(RoadmapVersionPolicy.shouldApply(null, 7)).isTrue();
    }

    @Test
    void a_newer_version_is_applied() {
        assertThat(RoadmapVersionPolicy.shouldApply(2, 3)).isTrue();
        assertThat(RoadmapVersionPolicy.shouldApply(2, 10)).isTrue();
    }

    @Test
    void the_same_version_again_is_not_applied() {
        assertThat(RoadmapVersionPolicy.shouldApply(3, 3)).isFalse();
    }

    @Test
    void an_older_version_is_not_applied() {
        assertThat(RoadmapVersionPolicy.shouldApply(3, 2)).isFalse();
    }
}
