package io.learnpath.notification.email;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * How mail goes out ({@code learnpath.notifications.email}).
 *
 * @param from          the sender address
 * @param fromName      the sender's display name
 * @param publicBaseUrl where learners reach Learnpath (the gateway): the base of links in mails
 * @param batchSize     mails one dispatcher run takes at most
 * @param lease         how long a taken mail is this instance's; past it another instance takes it up again, so
 *                      it must be longer than a send takes (the SMTP timeouts)
 * @param maxAttempts   tries before a mail is given up as FAILED
 * @param firstRetry    the wait after the first failure; each next wait is {@code multiplier} times longer, up to
 *                      {@code maxRetryInterval}
 */
@ConfigurationProperties("learnpath.notifications.email")
public record EmailProperties(String from, String fromName, String publicBaseUrl, int batchSize, Duration lease,
        int maxAttempts, Duration firstRetry, double multiplier, Duration maxRetryInterval) {
}
