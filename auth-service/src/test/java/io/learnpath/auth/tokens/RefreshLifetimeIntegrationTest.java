package io.learnpath.auth.tokens;

import static org.assertj.core.api.Assertions.assertThat;

import io.learnpath.auth.AuthServiceIntegrationTest;
import io.learnpath.auth.MovableClock;
import io.learnpath.platform.test.http.TestResponse;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import tools.jackson.databind.JsonNode;

/**
 * A sign-in lasts at most 90 days however often it is refreshed (defaults: a refresh token may go unused for 30 days,
 * a sign-in lasts 90): rotation gives a new idle period but never moves the end, with the service's clock moved by
 * the test.
 */
@Import(MovableClock.InPlaceOfTheServiceClock.class)
class RefreshLifetimeIntegrationTest extends AuthServiceIntegrationTest {

    @Autowired
    MovableClock clock;

    @Test
    void rotationNeverExtendsTheSignInBeyondItsAbsoluteLifetime() {
        JsonNode session = signedIn(uniqueEmail());
        assertThat(session.get("refreshExpiresIn").asLong()).isEqualTo(Duration.ofDays(30).toSeconds());

        clock.advance(Duration.ofDays(25));
        JsonNode second = refreshed(session);
        clock.advance(Duration.ofDays(25));
        JsonNode third = refreshed(second);
        clock.advance(Duration.ofDays(25));
        JsonNode fourth = refreshed(third);

        assertThat(second.get("refreshExpiresIn").asLong()).isEqualTo(Duration.ofDays(30).toSeconds());
        assertThat(third.get("refreshExpiresIn").asLong()).isEqualTo(Duration.ofDays(30).toSeconds());
        // Day 75: the sign-in ends on day 90, so this token lives 15 days, not 30.
        assertThat(fourth.get("refreshExpiresIn").asLong()).isEqualTo(Duration.ofDays(15).toSeconds());
        clock.advance(Duration.ofDays(15));
        assertThat(refresh(fourth).status()).isEqualTo(401);
    }

    private JsonNode refreshed(JsonNode session) {
        TestResponse answer = refresh(session);
        assertThat(answer.status()).as(answer.toString()).isEqualTo(200);
        return answer.json();
    }

    private TestResponse refresh(JsonNode session) {
        return http.request("/api/auth/refresh").json(Map.of("refreshToken", session.get("refreshToken").asString()))
                .post();
    }
}
