package io.learnpath.progress.activity;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.validation.annotation.Validated;

/**
 * @param calendarMaxDays the longest range one calendar request may ask for (a leap year by default)
 */
@Validated
@ConfigurationProperties("learnpath.progress.activity")
record ActivityProperties(@Min(7) @Max(3660) int calendarMaxDays) {
}
