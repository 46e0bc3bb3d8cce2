package io.learnpath.progress.catalog.policy;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class TopicLevelsTest {

    @Test
    void the_old_name_beginner_is_basic() {
        assertThat(TopicLevels.current("BEGINNER")).isEqualTo("BASIC");
    }

    @Test
    void todays_names_stay_as_they_are() {
        assertThat(TopicLevels.KNOWN).allSatisfy(level -> assertThat(TopicLevels.current(level)).isEqualTo(level));
    }

    @Test
    void a_level_not_known_yet_is_kept_as_announced() {
        assertThat(TopicLevels.current("EXPERT")).isEqualTo("EXPERT");
        assertThat(TopicLevels.current(null)).isNull();
    }
}
