package io.learnpath.auth.tokens;

import static org.assertj.core.api.Assertions.assertThat;

import io.learnpath.auth.AuthServiceIntegrationTest;
import io.learnpath.auth.MovableClock;
import io.learnpath.auth.secrets.SecretBox;
import io.learnpath.platform.test.http.TestHttp;
import io.learnpath.platform.test.http.TestResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;

/**
 * Two tabs refreshing with the same token at once stay signed in; a spent token presented after the grace (10 s by
 * default) still ends the sign-in. The service's clock is moved by the test.
 */
@Import(MovableClock.InPlaceOfTheServiceClock.class)
class RefreshReuseGraceIntegrationTest extends AuthServiceIntegrationTest {

    @Autowired
    MovableClock clock;

    @Autowired
    RefreshTokenReuseGrace grace;

    @Autowired
    GraceAnswerSweep sweep;

    @Autowired
    JdbcClient jdbc;

    @Test
    void twoRefreshesAtOnceWithOneTokenBothGetTheSamePairAndTheSignInLives() throws Exception {
        String token = signedIn(uniqueEmail()).get("refreshToken").asString();

        List<TestResponse> answers = atOnce(token, token);

        assertThat(answers).allSatisfy(answer -> assertThat(answer.status()).as(answer.toString()).isEqualTo(200));
        JsonNode first = answers.get(0).json();
        JsonNode second = answers.get(1).json();
        assertThat(second.get("accessToken").asString()).isEqualTo(first.get("accessToken").asString());
        assertThat(second.get("refreshToken").asString()).isEqualTo(first.get("refreshToken").asString());
        assertThat(familySize(first.get("refreshToken").asString())).as("one successor, no second one").isEqualTo(2);
        TestResponse next = refresh(first.get("refreshToken").asString());
        assertThat(next.status()).as(next.toString()).isEqualTo(200);
        assertThat(next.json().get("refreshToken").asString()).isNotEqualTo(first.get("refreshToken").asString());
    }

    @Test
    void withinTheGraceTheSecondCallerGetsThePairWhoseTokenThenRotatesNormally() {
        String token = signedIn(uniqueEmail()).get("refreshToken").asString();
        JsonNode first = ok(refresh(token));

        clock.advance(grace.duration().minusMillis(1));
        JsonNode repeated = ok(refresh(token));

        assertThat(repeated.get("accessToken").asString()).isEqualTo(first.get("accessToken").asString());
        assertThat(repeated.get("refreshToken").asString()).isEqualTo(first.get("refreshToken").asString());
        assertThat(repeated.get("expiresIn").asLong()).isLessThanOrEqualTo(first.get("expiresIn").asLong());
        JsonNode rotated = ok(refresh(repeated.get("refreshToken").asString()));
        assertThat(rotated.get("refreshToken").asString()).isNotEqualTo(repeated.get("refreshToken").asString());
        assertThat(refresh(rotated.get("refreshToken").asString()).status()).isEqualTo(200);
    }

    @Test
    void aSpentTokenPresentedJustAfterTheGraceRevokesTheWholeFamily() {
        String stolen = signedIn(uniqueEmail()).get("refreshToken").asString();
        String successor = ok(refresh(stolen)).get("refreshToken").asString();

        clock.advance(grace.duration().plusMillis(1));
        TestResponse reuse = refresh(stolen);

        assertInvalidRefreshToken(reuse);
        // The legitimate holder's newer token dies with the family: nobody can tell thief from owner.
        assertInvalidRefreshToken(refresh(successor));
        assertThat(graceAnswerKept(stolen)).isFalse();
    }

    @Test
    void keepsTheAnswerSealedAndOnlyForTheGrace() {
        String token = signedIn(uniqueEmail()).get("refreshToken").asString();
        JsonNode pair = ok(refresh(token));

        byte[] kept = jdbc.sql("SELECT grace_answer FROM refresh_token WHERE token_hash = ?")
                .param(RefreshTokenValue.hash(token)).query(byte[].class).single();
        assertThat(SecretBox.isSealed(kept)).isTrue();
        assertThat(new String(kept, StandardCharsets.US_ASCII))
                .doesNotContain(pair.get("refreshToken").asString())
                .doesNotContain(pair.get("accessToken").asString().split("\\.")[1]);

        sweep.forgetExpiredAnswers();
        assertThat(graceAnswerKept(token)).as("still within the grace").isTrue();
        clock.advance(grace.duration());
        sweep.forgetExpiredAnswers();
        assertThat(graceAnswerKept(token)).isFalse();
        assertThat(graceAnswerKept(pair.get("refreshToken").asString())).as("not rotated yet").isFalse();
    }

    /** Both requests on threads of their own, released together, over real HTTP. */
    private List<TestResponse> atOnce(String one, String other) throws Exception {
        CyclicBarrier barrier = new CyclicBarrier(2);
        try (ExecutorService tabs = Executors.newFixedThreadPool(2)) {
            List<CompletableFuture<TestResponse>> sent = Stream.of(one, other)
                    .map(token -> CompletableFuture.supplyAsync(() -> {
                        TestHttp tab = TestHttp.at(port).withJsonMapper(json);
                        var request = tab.request("/api/auth/refresh").json(Map.of("refreshToken", token));
                        try {
                            barrier.await();
                        } catch (Exception e) {
                            throw new IllegalStateException(e);
                        }
                        return request.post();
                    }, tabs))
                    .toList();
            return List.of(sent.get(0).get(), sent.get(1).get());
        }
    }

    private int familySize(String refreshToken) {
        return jdbc.sql("""
                        SELECT count(*) FROM refresh_token
                        WHERE family_id = (SELECT family_id FROM refresh_token WHERE token_hash = ?)""")
                .param(RefreshTokenValue.hash(refreshToken)).query(Integer.class).single();
    }

    private boolean graceAnswerKept(String refreshToken) {
        return jdbc.sql("SELECT grace_answer IS NOT NULL FROM refresh_token WHERE token_hash = ?")
                .param(RefreshTokenValue.hash(refreshToken)).query(Boolean.class).single();
    }

    private TestResponse refresh(String refreshToken) {
        return http.request("/api/auth/refresh").json(Map.of("refreshToken", refreshToken)).post();
    }

    private static JsonNode ok(TestResponse answer) {
        assertThat(answer.status()).as(answer.toString()).isEqualTo(200);
        return answer.json();
    }

    private static void assertInvalidRefreshToken(TestResponse answer) {
        assertThat(answer.status()).as(answer.toString()).isEqualTo(401);
        assertThat(answer.contentType()).startsWith("application/problem+json");
        assertThat(answer.json().get("type").asString())
                .isEqualTo("https://learnpath.io/problems/invalid-refresh-token");
    }
}
