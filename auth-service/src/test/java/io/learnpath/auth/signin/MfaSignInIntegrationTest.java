package io.learnpath.auth.signin;

import static org.assertj.core.api.Assertions.assertThat;

import com.nimbusds.jwt.SignedJWT;
import io.learnpath.auth.mfa.MfaIntegrationTest;
import io.learnpath.platform.test.http.TestResponse;
import io.micrometer.core.instrument.MeterRegistry;
import java.time.Duration;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Signing in to an account with MFA: the password earns a challenge, the challenge and a code earn the tokens. Codes
 * are computed at the service's (moved) clock, as the learner's app would.
 */
class MfaSignInIntegrationTest extends MfaIntegrationTest {

    @Autowired
    JdbcClient jdbc;

    @Autowired
    MeterRegistry meters;

    @Test
    void thePasswordEarnsAChallengeAndTheChallengeWithACodeEarnsTheTokens() throws Exception {
        Enrolled learner = enrolled();
        waitSteps(1);
        double withTotpBefore = mfaSignIns("totp");

        TestResponse first = login(learner.email(), PASSWORD);
        TestResponse second = loginWithCode(first.json().get("challenge").asString(), code(learner.secret()));

        assertThat(first.status()).as(first.toString()).isEqualTo(202);
        assertThat(first.header("Cache-Control")).contains("no-store");
        assertThat(first.json().get("challenge").asString()).matches("[A-Za-z0-9_-]{43}");
        assertThat(first.json().get("expiresIn").asLong()).isEqualTo(Duration.ofMinutes(5).toSeconds());
        assertThat(first.json().has("accessToken")).isFalse();
        assertThat(second.status()).as(second.toString()).isEqualTo(200);
        assertThat(second.header("Cache-Control")).contains("no-store");
        JsonNode tokens = second.json();
        assertThat(tokens.get("tokenType").asString()).isEqualTo("Bearer");
        assertThat(tokens.get("expiresIn").asLong()).isEqualTo(Duration.ofMinutes(15).toSeconds());
        assertThat(tokens.get("refreshToken").asString()).matches("[A-Za-z0-9_-]{43}");
        assertThat(tokens.get("refreshExpiresIn").asLong()).isEqualTo(Duration.ofDays(30).toSeconds());
        assertThat(SignedJWT.parse(tokens.get("accessToken").asString()).getJWTClaimsSet().getSubject())
                .isEqualTo(learner.id().toString());
        assertThat(mfaSignIns("totp")).isEqualTo(withTotpBefore + 1);
    }

    private double mfaSignIns(String method) {
        return meters.get("learnpath.auth.mfa.signins").tag("method", method).counter().count();
    }

    @Test
    void aCodeOneStepEarlierOrLaterIsAccepted() {
        Enrolled learner = enrolled();
        waitSteps(5);

        TestResponse earlier = loginWithCode(challengeFor(learner.email()),
                codeAt(learner.secret(), clock.instant().minus(STEP)));
        waitSteps(5);
        TestResponse later = loginWithCode(challengeFor(learner.email()),
                codeAt(learner.secret(), clock.instant().plus(STEP)));

        assertThat(earlier.status()).as(earlier.toString()).isEqualTo(200);
        assertThat(later.status()).as(later.toString()).isEqualTo(200);
    }

    @Test
    void aCodeTwoStepsAwayIsRefused() {
        Enrolled learner = enrolled();
        waitSteps(5);

        TestResponse earlier = loginWithCode(challengeFor(learner.email()),
                codeAt(learner.secret(), clock.instant().minus(STEP.multipliedBy(2))));
        TestResponse later = loginWithCode(challengeFor(learner.email()),
                codeAt(learner.secret(), clock.instant().plus(STEP.multipliedBy(2))));

        assertThat(earlier.status()).isEqualTo(401);
        assertThat(problemType(earlier)).isEqualTo("invalid-mfa-code");
        assertThat(later.status()).isEqualTo(401);
        assertThat(problemType(later)).isEqualTo("invalid-mfa-code");
    }

    @Test
    void aCodeIsNeverAcceptedTwice() {
        Enrolled learner = enrolled();
        waitSteps(1);
        String code = code(learner.secret());

        TestResponse first = loginWithCode(challengeFor(learner.email()), code);
        TestResponse replayed = loginWithCode(challengeFor(learner.email()), code);

        assertThat(first.status()).isEqualTo(200);
        assertThat(replayed.status()).isEqualTo(401);
        assertThat(problemType(replayed)).isEqualTo("invalid-mfa-code");
    }

    @Test
    void noCodeOfAStepBeforeTheLastUsedOneIsAccepted() {
        Enrolled learner = enrolled();
        waitSteps(3);
        TestResponse aheadOfTime = loginWithCode(challengeFor(learner.email()),
                codeAt(learner.secret(), clock.instant().plus(STEP)));

        // The current step's code has never been used, but a later step's has.
        TestResponse current = loginWithCode(challengeFor(learner.email()), code(learner.secret()));

        assertThat(aheadOfTime.status()).isEqualTo(200);
        assertThat(current.status()).isEqualTo(401);
        waitSteps(2);
        assertThat(loginWithCode(challengeFor(learner.email()), code(learner.secret())).status()).isEqualTo(200);
    }

    @Test
    void aRecoveryCodeSignsInOnce() {
        Enrolled learner = enrolled();
        String recoveryCode = learner.recoveryCodes().get(2);
        double withRecoveryBefore = mfaSignIns("recovery_code");

        TestResponse first = loginWithRecoveryCode(challengeFor(learner.email()), recoveryCode);
        TestResponse again = loginWithRecoveryCode(challengeFor(learner.email()), recoveryCode);
        // Typed back in any case, with or without the hyphens.
        TestResponse another = loginWithRecoveryCode(challengeFor(learner.email()),
                learner.recoveryCodes().get(7).replace("-", "").toUpperCase(Locale.ROOT));

        assertThat(first.status()).as(first.toString()).isEqualTo(200);
        assertThat(first.json().has("accessToken")).isTrue();
        assertThat(again.status()).isEqualTo(401);
        assertThat(problemType(again)).isEqualTo("invalid-mfa-code");
        assertThat(another.status()).isEqualTo(200);
        assertThat(status(learner.accessToken()).json().get("recoveryCodesLeft").asInt()).isEqualTo(8);
        assertThat(mfaSignIns("recovery_code")).isEqualTo(withRecoveryBefore + 2);
    }

    @Test
    void aChallengeLastsFiveMinutes() {
        Enrolled learner = enrolled();
        String inTime = challengeFor(learner.email());
        clock.advance(Duration.ofMinutes(4).plusSeconds(50));
        TestResponse justInTime = loginWithCode(inTime, code(learner.secret()));
        String tooLate = challengeFor(learner.email());
        clock.advance(Duration.ofMinutes(5).plusSeconds(1));

        TestResponse expired = loginWithCode(tooLate, code(learner.secret()));

        assertThat(justInTime.status()).as(justInTime.toString()).isEqualTo(200);
        assertThat(expired.status()).isEqualTo(401);
        assertThat(problemType(expired)).isEqualTo("invalid-mfa-challenge");
    }

    @Test
    void aChallengeWorksOnceWhateverItsOutcome() {
        Enrolled learner = enrolled();
        waitSteps(1);
        String used = challengeFor(learner.email());
        assertThat(loginWithCode(used, code(learner.secret())).status()).isEqualTo(200);
        String wronglyUsed = challengeFor(learner.email());
        assertThat(loginWithCode(wronglyUsed, wrongCode(learner)).status()).isEqualTo(401);
        waitSteps(1);

        TestResponse reused = loginWithCode(used, code(learner.secret()));
        TestResponse retried = loginWithCode(wronglyUsed, code(learner.secret()));
        TestResponse unknown = loginWithCode("never-issued", code(learner.secret()));

        assertThat(reused.status()).isEqualTo(401);
        assertThat(problemType(reused)).isEqualTo("invalid-mfa-challenge");
        assertThat(retried.status()).isEqualTo(401);
        assertThat(problemType(retried)).isEqualTo("invalid-mfa-challenge");
        assertThat(unknown.status()).isEqualTo(401);
        assertThat(problemType(unknown)).isEqualTo("invalid-mfa-challenge");
        assertThat(loginWithCode(challengeFor(learner.email()), code(learner.secret())).status()).isEqualTo(200);
    }

    @Test
    void aNewSignInReplacesTheChallengeOfAnEarlierOne() {
        Enrolled learner = enrolled();
        waitSteps(1);
        String earlier = challengeFor(learner.email());
        String later = challengeFor(learner.email());

        TestResponse withTheEarlier = loginWithCode(earlier, code(learner.secret()));
        TestResponse withTheLater = loginWithCode(later, code(learner.secret()));

        assertThat(problemType(withTheEarlier)).isEqualTo("invalid-mfa-challenge");
        assertThat(withTheLater.status()).isEqualTo(200);
    }

    @Test
    void wrongCodesLockTheAccountLikeWrongPasswords() {
        Enrolled learner = enrolled();
        waitSteps(1);
        String wrong = wrongCode(learner);
        for (int attempt = 0; attempt < 6; attempt++) {
            assertThat(loginWithCode(challengeFor(learner.email()), wrong).status()).isEqualTo(401);
        }

        TestResponse rightPasswordWhileLocked = login(learner.email(), PASSWORD);

        // The sixth wrong code locked the account for 30 s, and the refused password made it 60 s from then.
        assertThat(rightPasswordWhileLocked.status()).isEqualTo(401);
        assertThat(problemType(rightPasswordWhileLocked)).isEqualTo("invalid-credentials");
        clock.advance(Duration.ofSeconds(59));
        assertThat(login(learner.email(), PASSWORD).status()).isEqualTo(401);
        clock.advance(Duration.ofMinutes(3));
        assertThat(loginWithCode(challengeFor(learner.email()), code(learner.secret())).status()).isEqualTo(200);
    }

    @Test
    void aLockedAccountRefusesTheRightCodeLikeAWrongOne() {
        Enrolled learner = enrolled();
        waitSteps(1);
        TestResponse wrong = loginWithCode(challengeFor(learner.email()), wrongCode(learner));
        // A sign-in that passed its password a moment before the account was locked by someone guessing.
        String passedThePassword = challengeFor(learner.email());
        for (int attempt = 0; attempt < 6; attempt++) {
            assertThat(login(learner.email(), "not the right password").status()).isEqualTo(401);
        }

        TestResponse rightCode = loginWithCode(passedThePassword, code(learner.secret()));

        assertThat(rightCode.status()).isEqualTo(401);
        assertThat(withoutInstance(rightCode.json())).isEqualTo(withoutInstance(wrong.json()));
        assertThat(rightCode.json().has("accessToken")).isFalse();
    }

    @Test
    void aMissingCodeIsAFailedSignInThatSpendsTheChallenge() {
        Enrolled learner = enrolled();
        waitSteps(1);
        String challenge = challengeFor(learner.email());

        TestResponse missing = http.request("/api/auth/login/mfa").json(Map.of("challenge", challenge)).post();

        assertThat(fieldsIn(missing)).containsExactly("code");
        assertThat(failuresOf(learner.id())).contains(1);
        assertThat(problemType(loginWithCode(challenge, code(learner.secret())))).isEqualTo("invalid-mfa-challenge");
    }

    @Test
    void theRightPasswordAloneForgivesNoFailureButACompletedSignInDoes() {
        Enrolled learner = enrolled();
        waitSteps(1);
        for (int attempt = 0; attempt < 3; attempt++) {
            login(learner.email(), "not the right password");
        }

        String challenge = challengeFor(learner.email());
        Optional<Integer> afterThePassword = failuresOf(learner.id());
        TestResponse signedIn = loginWithCode(challenge, code(learner.secret()));

        assertThat(afterThePassword).contains(3);
        assertThat(signedIn.status()).isEqualTo(200);
        assertThat(failuresOf(learner.id())).isEmpty();
    }

    @Test
    void aWrongPasswordForAnAccountWithMfaIsAnsweredAsBefore() {
        Enrolled learner = enrolled();

        TestResponse wrongPassword = login(learner.email(), "not the right password");
        TestResponse unknownEmail = login(uniqueEmail(), PASSWORD);

        assertThat(wrongPassword.status()).isEqualTo(401);
        assertThat(problemType(wrongPassword)).isEqualTo("invalid-credentials");
        assertThat(wrongPassword.json()).isEqualTo(unknownEmail.json());
    }

    @Test
    void malformedSecondStepsAreValidationProblemsNamingTheField() {
        assertThat(fieldsIn(http.request("/api/auth/login/mfa").json(Map.of("code", "123456")).post()))
                .containsExactly("challenge");
        assertThat(fieldsIn(loginWithCode("some-challenge", "12 456"))).containsExactly("code");
        assertThat(fieldsIn(loginWithRecoveryCode("some-challenge", "too-short"))).containsExactly("recoveryCode");
        assertThat(fieldsIn(http.request("/api/auth/login/mfa").json(Map.of("challenge", "some-challenge",
                "code", "123456", "recoveryCode", "abcd-efgh-jkmn-pqrs")).post())).containsExactly("recoveryCode");
        assertThat(http.request("/api/auth/login/mfa").json("{oops").post().status()).isEqualTo(400);
    }

    private String wrongCode(Enrolled learner) {
        String right = code(learner.secret());
        return String.format("%06d", (Integer.parseInt(right) + 500_000) % 1_000_000);
    }

    private Optional<Integer> failuresOf(UUID accountId) {
        return jdbc.sql("SELECT consecutive FROM sign_in_failure WHERE account_id = ?").param(accountId)
                .query(Integer.class).optional();
    }

    private static JsonNode withoutInstance(JsonNode problem) {
        return ((ObjectNode) problem.deepCopy()).without("instance");
    }
}
