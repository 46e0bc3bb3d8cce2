package io.learnpath.notification.support;

import io.learnpath.platform.test.MovableClock;
import io.learnpath.platform.test.RealInfrastructure;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;

/**
 * The whole service on a random port against real PostgreSQL, Kafka, Redis and SMTP (GreenMail), with a clock tests
 * may move ({@link MovableClock}; a test that moves it lets go after itself). Every integration test class uses
 * exactly this, so they share one application context (and one set of Kafka consumers); tests keep apart by using
 * fresh learner ids instead of cleaning tables.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        // Short enough for a test to see heartbeats and notice a client that went away.
        "learnpath.notifications.live.heartbeat=500ms",
        // Mail goes out within a tenth of a second, and a test sees the server come back within a second.
        "learnpath.notifications.email.poll-interval=100ms",
        "learnpath.notifications.email.first-retry=200ms",
        "learnpath.notifications.email.max-retry-interval=1s",
        // Reminders run when a test calls them, at the time it set, not on their own schedule.
        "learnpath.notifications.reminders.check-interval=1h",
        // A test sees the consumer lag move within a second.
        "learnpath.kafka.consumer-lag-every=500ms" })
@RealInfrastructure
@Import({ Events.class, TestSmtpServer.ForTheService.class, MovableClock.InPlaceOfTheServiceClock.class })
public @interface IntegrationTest {
}
