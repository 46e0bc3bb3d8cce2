package io.learnpath.progress.goals;

import jakarta.validation.constraints.NotNull;
import java.time.Period;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.validation.annotation.Validated;

/**
 * @param maxHorizon how far ahead a target date may lie (five years by default: a typo like 2206 is refused)
 */
@Validated
@ConfigurationProperties("learnpath.progress.goals")
record GoalProperties(@NotNull Period maxHorizon) {
}
