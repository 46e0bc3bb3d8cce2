package io.learnpath.auth.password;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * @param responseTime how long every request for a reset takes at least. Mailing a link costs a few database
 *                     writes that an unknown address does not; answering all requests after the same time hides
 *                     that difference. Must be longer than the slowest real request.
 */
@ConfigurationProperties("learnpath.auth.password-reset")
public record PasswordResetProperties(@DefaultValue("250ms") Duration responseTime) {
}
