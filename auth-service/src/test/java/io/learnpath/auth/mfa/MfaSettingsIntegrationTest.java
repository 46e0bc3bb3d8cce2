package io.learnpath.auth.mfa;

import static org.assertj.core.api.Assertions.assertThat;

import io.learnpath.auth.events.AuthEvents;
import io.learnpath.platform.events.CloudEventHeaders;
import io.learnpath.platform.test.EventTopics;
import io.learnpath.platform.test.http.TestResponse;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;

class MfaSettingsIntegrationTest extends MfaIntegrationTest {

    @Autowired
    JdbcClient jdbc;

    @Test
    void theStatusTellsWhetherMfaIsOnAndHowManyRecoveryCodesAreLeft() {
        String withoutMfa = accessTokenOf(registered(uniqueEmail()));
        Enrolled learner = enrolled();

        JsonNode off = status(withoutMfa).json();
        loginWithRecoveryCode(challengeFor(learner.email()), learner.recoveryCodes().get(3));
        JsonNode on = status(learner.accessToken()).json();

        assertThat(off.get("enabled").asBoolean()).isFalse();
        assertThat(off.get("enabledAt").isNull()).isTrue();
        assertThat(off.get("enrolmentPending").asBoolean()).isFalse();
        assertThat(off.get("recoveryCodesLeft").asInt()).isZero();
        assertThat(on.get("enabled").asBoolean()).isTrue();
        assertThat(on.get("recoveryCodesLeft").asInt()).isEqualTo(9);
    }

    @Test
    void newRecoveryCodesTakeACurrentCodeAndVoidTheOldOnes() {
        Enrolled learner = enrolled();
        waitSteps(1);

        TestResponse wrongCode = renewRecoveryCodes(learner.accessToken(),
                MfaEnrolmentIntegrationTest.wrong(code(learner.secret())));
        TestResponse renewed = renewRecoveryCodes(learner.accessToken(), code(learner.secret()));

        assertThat(wrongCode.status()).isEqualTo(403);
        assertThat(problemType(wrongCode)).isEqualTo("invalid-mfa-code");
        assertThat(renewed.status()).as(renewed.toString()).isEqualTo(200);
        assertThat(renewed.header("Cache-Control")).contains("no-store");
        List<String> newCodes = renewed.json().get("recoveryCodes").values().stream().map(JsonNode::asString)
                .toList();
        assertThat(newCodes).hasSize(10).doesNotContainAnyElementsOf(learner.recoveryCodes());
        assertThat(status(learner.accessToken()).json().get("recoveryCodesLeft").asInt()).isEqualTo(10);
        assertThat(loginWithRecoveryCode(challengeFor(learner.email()), learner.recoveryCodes().getFirst()).status())
                .isEqualTo(401);
        assertThat(loginWithRecoveryCode(challengeFor(learner.email()), newCodes.getFirst()).status())
                .isEqualTo(200);
    }

    @Test
    void aRecoveryCodeCannotRenewTheRecoveryCodes() {
        Enrolled learner = enrolled();

        TestResponse answer = http.request("/api/auth/mfa/recovery-codes").token(learner.accessToken())
                .json(Map.of("code", learner.recoveryCodes().getFirst())).post();

        assertThat(fieldsIn(answer)).containsExactly("code");
    }

    @Test
    void theSameCodeSentManyTimesAtOnceRenewsTheRecoveryCodesOnce() throws Exception {
        Enrolled learner = enrolled();
        waitSteps(1);
        String code = code(learner.secret());
        Callable<Integer> renewal = () -> renewRecoveryCodes(learner.accessToken(), code).status();

        List<Integer> statuses;
        try (ExecutorService threads = Executors.newFixedThreadPool(6)) {
            List<Future<Integer>> answers = threads.invokeAll(IntStream.range(0, 6).mapToObj(i -> renewal).toList());
            statuses = answers.stream().map(MfaSettingsIntegrationTest::get).toList();
        }

        assertThat(statuses).containsOnly(200, 403).filteredOn(status -> status == 200).hasSize(1);
    }

    @Test
    void turningMfaOffTakesAFreshCode() {
        Enrolled learner = enrolled();
        // The code that confirmed the enrolment is still the app's current one, but it is spent.
        TestResponse replayed = disable(learner.accessToken(), Map.of("code", code(learner.secret())));
        waitSteps(1);
        TestResponse wrongCode = disable(learner.accessToken(),
                Map.of("code", MfaEnrolmentIntegrationTest.wrong(code(learner.secret()))));

        TestResponse disabled = disable(learner.accessToken(), Map.of("code", code(learner.secret())));

        assertThat(replayed.status()).isEqualTo(403);
        assertThat(problemType(replayed)).isEqualTo("invalid-mfa-code");
        assertThat(wrongCode.status()).isEqualTo(403);
        assertThat(disabled.status()).as(disabled.toString()).isEqualTo(204);
        assertThat(status(learner.accessToken()).json().get("enabled").asBoolean()).isFalse();
        assertThat(jdbc.sql("SELECT count(*) FROM recovery_code WHERE account_id = ?").param(learner.id())
                .query(Integer.class).single()).isZero();
        TestResponse signIn = login(learner.email(), PASSWORD);
        assertThat(signIn.status()).isEqualTo(200);
        assertThat(signIn.json().has("accessToken")).isTrue();
        // The owner is told of both changes (the mail is the notification-service's); the refused tries told nobody.
        assertThat(events(learner.id(), "mfa-enabled", 1)).singleElement()
                .satisfies(event -> assertThat(event.get("email").asString()).isEqualTo(learner.email()));
        assertThat(events(learner.id(), "mfa-disabled", 1)).singleElement()
                .satisfies(event -> assertThat(event.get("email").asString()).isEqualTo(learner.email()));
        assertThat(EventTopics.readAll(AuthEvents.TOPIC, record -> learner.id().toString().equals(record.key())
                && "learnpath.auth.mfa-disabled.v1".equals(EventTopics.header(record, CloudEventHeaders.TYPE))))
                .hasSize(1);
    }

    @Test
    void aRecoveryCodeTurnsMfaOffWhenTheDeviceIsLost() {
        Enrolled learner = enrolled();

        TestResponse disabled = disable(learner.accessToken(), Map.of("recoveryCode", learner.recoveryCodes().get(5)));

        assertThat(disabled.status()).as(disabled.toString()).isEqualTo(204);
        assertThat(login(learner.email(), PASSWORD).status()).isEqualTo(200);
    }

    @Test
    void changingMfaWhileItIsOffIsAConflict() {
        String token = accessTokenOf(registered(uniqueEmail()));

        TestResponse renewal = renewRecoveryCodes(token, "123456");
        TestResponse disabling = disable(token, Map.of("code", "123456"));

        assertThat(renewal.status()).isEqualTo(409);
        assertThat(problemType(renewal)).isEqualTo("mfa-not-enabled");
        assertThat(disabling.status()).isEqualTo(409);
        assertThat(problemType(disabling)).isEqualTo("mfa-not-enabled");
    }

    @Test
    void wrongCodesSentToTheSettingsLockTheAccountLikeWrongPasswords() {
        Enrolled learner = enrolled();
        waitSteps(1);
        String wrong = MfaEnrolmentIntegrationTest.wrong(code(learner.secret()));
        for (int attempt = 0; attempt < 6; attempt++) {
            assertThat(disable(learner.accessToken(), Map.of("code", wrong)).status()).isEqualTo(403);
        }

        TestResponse rightCodeWhileLocked = disable(learner.accessToken(), Map.of("code", code(learner.secret())));
        TestResponse rightPasswordWhileLocked = login(learner.email(), PASSWORD);

        assertThat(rightCodeWhileLocked.status()).isEqualTo(403);
        assertThat(problemType(rightCodeWhileLocked)).isEqualTo("invalid-mfa-code");
        assertThat(rightPasswordWhileLocked.status()).isEqualTo(401);
        assertThat(problemType(rightPasswordWhileLocked)).isEqualTo("invalid-credentials");
        assertThat(status(learner.accessToken()).json().get("enabled").asBoolean()).isTrue();
    }

    private TestResponse renewRecoveryCodes(String accessToken, String code) {
        return http.request("/api/auth/mfa/recovery-codes").token(accessToken).json(Map.of("code", code)).post();
    }

    private TestResponse disable(String accessToken, Map<String, String> proof) {
        return http.request("/api/auth/mfa/disable").token(accessToken).json(proof).post();
    }

    private static Integer get(Future<Integer> answer) {
        try {
            return answer.get();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
