package io.learnpath.content.roadmap;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.UUID;
import org.junit.jupiter.api.Test;

class RoadmapEntityTagTest {

    private static final UUID ID = UUID.fromString("96eb5339-247d-493b-a920-7a0b989e1024");

    @Test
    void isAQuotedStrongTagOfIdAndVersion() {
        assertThat(RoadmapEntityTag.of(ID, 3)).isEqualTo("\"96eb5339-247d-493b-a920-7a0b989e1024-v3\"");
    }

    @Test
    void changesWithTheVersion() {
        assertThat(RoadmapEntityTag.of(ID, 1)).isNotEqualTo(RoadmapEntityTag.of(ID, 2));
    }
}
