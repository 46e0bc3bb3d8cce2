package io.learnpath.content.publishing;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.UUID;
import org.junit.jupiter.api.Test;

class RoadmapReleaseEventIdTest {

    private static final UUID ROADMAP = UUID.fromString("96eb5339-247d-493b-a920-7a0b989e1024");

    @Test
    void isTheSameForTheSameVersion() {
        assertThat(RoadmapReleaseAnnouncer.eventIdFor(ROADMAP, 1))
                .isEqualTo(RoadmapReleaseAnnouncer.eventIdFor(ROADMAP, 1));
    }

    @Test
    void differsBetweenVersionsAndRoadmaps() {
        assertThat(RoadmapReleaseAnnouncer.eventIdFor(ROADMAP, 1))
                .isNotEqualTo(RoadmapReleaseAnnouncer.eventIdFor(ROADMAP, 2))
                .isNotEqualTo(RoadmapReleaseAnnouncer.eventIdFor(UUID.randomUUID(), 1));
    }
}
