package io.learnpath.progress.selfcheck;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.validation.annotation.Validated;

/**
 * @param passMark the share of right answers that passes a self-check (0.8: 3 of 3, 4 of 4 or 5, 8 of 10); above
 *                 0, or every attempt would pass
 */
@Validated
@ConfigurationProperties("learnpath.progress.self-check")
record SelfCheckProperties(@DecimalMin(value = "0.0", inclusive = false) @DecimalMax("1.0") double passMark) {
}
