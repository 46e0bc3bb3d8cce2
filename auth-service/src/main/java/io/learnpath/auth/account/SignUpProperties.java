package io.learnpath.auth.account;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Sign-up, under {@code learnpath.auth.sign-up}.
 *
 * @param responseTime how long a sign-up takes at least, free address or taken. A new account writes its row, its
 *                     events, its audit entry and its verification link; a taken address at most a notice to the
 *                     owner. Answering both after the same time hides those writes, whose cost grows with the
 *                     database's commit latency (medians 103 against 131 ms in CI, 2026-11-29). Must be longer
 *                     than the slowest real sign-up, the Argon2id hash included.
 */
@ConfigurationProperties("learnpath.auth.sign-up")
record SignUpProperties(@DefaultValue("300ms") Duration responseTime) {
}
