package io.learnpath.auth.links;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Single-use links mailed to learners.
 *
 * @param verifyEmailUrl     the page of the web app that verifies an address; {@code {token}} is replaced by the
 *                           secret, which the page posts to {@code /api/auth/email/verify}. A page rather than the
 *                           API itself, because mail scanners open every GET link and would spend it.
 * @param resetPasswordUrl   the page that asks for a new password and posts it with the secret to
 *                           {@code /api/auth/password/reset}
 * @param verifyEmailTtl     how long a verification link works
 * @param resetPasswordTtl   how long a reset link works: short, as it grants the account
 * @param maxPerHour         links of one purpose mailed to one account per hour at most; further requests are
 *                           answered alike and mail nothing, so nobody can flood an inbox through us
 */
@ConfigurationProperties("learnpath.auth.links")
public record LinkProperties(
        @DefaultValue("http://localhost:8080/verify-email?token={token}") String verifyEmailUrl,
        @DefaultValue("http://localhost:8080/reset-password?token={token}") String resetPasswordUrl,
        @DefaultValue("24h") Duration verifyEmailTtl,
        @DefaultValue("30m") Duration resetPasswordTtl,
        @DefaultValue("5") int maxPerHour) {

    public LinkProperties {
        if (!verifyEmailUrl.contains("{token}") || !resetPasswordUrl.contains("{token}")) {
            throw new IllegalArgumentException("learnpath.auth.links URLs must contain {token}");
        }
    }

    String url(LinkPurpose purpose, String secret) {
        String template = purpose == LinkPurpose.VERIFY_EMAIL ? verifyEmailUrl : resetPasswordUrl;
        return template.replace("{token}", secret);
    }

    Duration ttl(LinkPurpose purpose) {
        return purpose == LinkPurpose.VERIFY_EMAIL ? verifyEmailTtl : resetPasswordTtl;
    }
}
