package io.learnpath.progress.summary.policy;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class PercentCompleteTest {

    @ParameterizedTest(name = "{0} of {1} done is {2} %")
    @CsvSource({
            "0, 0, 0.0",
            "0, 5, 0.0",
            "1, 3, 33.3",
            "2, 3, 66.7",
            "3, 3, 100.0",
            "1, 8, 12.5",
            "1, 16, 6.3",
            "1, 7, 14.3",
            "999, 1000, 99.9",
            "1, 1000, 0.1",
            "1, 2001, 0.0"
    })
    void rounds_to_one_decimal_half_up(int done, int total, double expected) {
        assertThat(PercentComplete.of(done, total)).isEqualTo(expected);
    }
}
