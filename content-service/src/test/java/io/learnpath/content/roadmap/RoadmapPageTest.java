package io.learnpath.content.roadmap;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class RoadmapPageTest {

    @Test
    void countsAPartialLastPage() {
        assertThat(RoadmapPage.of(List.of(), 0, 20, 41).totalPages()).isEqualTo(3);
    }

    @Test
    void countsExactlyFullPages() {
        assertThat(RoadmapPage.of(List.of(), 0, 20, 40).totalPages()).isEqualTo(2);
    }

    @Test
    void hasNoPagesWhenEmpty() {
        assertThat(RoadmapPage.of(List.of(), 0, 20, 0).totalPages()).isZero();
    }
}
