package io.learnpath.auth.signin;

import static org.assertj.core.api.Assertions.assertThat;

import io.learnpath.auth.AuthServiceIntegrationTest;
import io.learnpath.auth.MovableClock;
import io.learnpath.platform.test.http.TestResponse;
import io.micrometer.core.instrument.MeterRegistry;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Brute force against one account, with the service's clock moved by the test: five free failures, then each failure
 * locks the account for a doubling wait; while locked even the right password gets a wrong password's answer and no
 * token; the lock ends when its time has passed, and a success resets the count. (Its own context, for the clock.)
 */
@Import(MovableClock.InPlaceOfTheServiceClock.class)
class SignInLockoutIntegrationTest extends AuthServiceIntegrationTest {

    @Autowired
    MovableClock clock;

    @Autowired
    MeterRegistry meters;

    @Test
    void fiveFailuresAreFreeAndASuccessStartsTheCountAgain() {
        String email = uniqueEmail();
        registered(email);

        failTimes(email, 5);
        assertThat(login(email, PASSWORD).status()).isEqualTo(200);
        failTimes(email, 5);

        assertThat(login(email, PASSWORD).status()).isEqualTo(200);
    }

    @Test
    void aLockedAccountAnswersTheRightPasswordLikeAWrongOneUntilTheWaitHasPassed() {
        String email = uniqueEmail();
        registered(email);
        double lockoutsBefore = lockouts();
        failTimes(email, 5);
        TestResponse wrong = login(email, "not the right password");

        TestResponse rightWhileLocked = login(email.toUpperCase(), PASSWORD);

        assertThat(wrong.status()).isEqualTo(401);
        assertThat(rightWhileLocked.status()).isEqualTo(401);
        assertThat(withoutInstance(rightWhileLocked.json())).isEqualTo(withoutInstance(wrong.json()));
        assertThat(rightWhileLocked.json().has("accessToken")).isFalse();
        assertThat(lockouts()).isEqualTo(lockoutsBefore + 2);
        // The refused attempt was the seventh failure: locked for 60 s from then.
        clock.advance(Duration.ofSeconds(59));
        assertThat(login(email, PASSWORD).status()).isEqualTo(401);
        clock.advance(Duration.ofMinutes(3));
        assertThat(login(email, PASSWORD).status()).isEqualTo(200);
    }

    @Test
    void everyCaseOfTheEmailCountsForTheSameAccount() {
        String email = uniqueEmail();
        registered(email);

        for (String variant : new String[] {email, email.toUpperCase(), " " + email, email.toUpperCase(), email,
                email}) {
            assertThat(login(variant, "not the right password").status()).isEqualTo(401);
        }

        assertThat(login(email, PASSWORD).status()).isEqualTo(401);
    }

    private void failTimes(String email, int times) {
        for (int i = 0; i < times; i++) {
            assertThat(login(email, "not the right password").status()).isEqualTo(401);
        }
    }

    private double lockouts() {
        return meters.counter("learnpath.auth.lockouts").count();
    }

    private static JsonNode withoutInstance(JsonNode problem) {
        return ((ObjectNode) problem.deepCopy()).without("instance");
    }
}
