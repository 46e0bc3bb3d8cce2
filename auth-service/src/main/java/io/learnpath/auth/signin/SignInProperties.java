package io.learnpath.auth.signin;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Sign-in, under {@code learnpath.auth.sign-in}.
 *
 * @param failureResponseTime how long a refused sign-in takes at least. A wrong password for an existing account
 *                            is recorded (audit trail, lockout count) and an unknown address is not; answering
 *                            both after the same time hides those writes, whose cost grows with the database's
 *                            commit latency. Must be longer than the slowest real refusal.
 */
@ConfigurationProperties("learnpath.auth.sign-in")
record SignInProperties(@DefaultValue("250ms") Duration failureResponseTime) {
}
