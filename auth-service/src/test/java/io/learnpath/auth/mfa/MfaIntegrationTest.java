package io.learnpath.auth.mfa;

import static org.assertj.core.api.Assertions.assertThat;

import com.eatthepath.otp.TimeBasedOneTimePasswordGenerator;
import io.learnpath.auth.AuthServiceIntegrationTest;
import io.learnpath.auth.MovableClock;
import io.learnpath.auth.account.AccountReader;
import io.learnpath.auth.keys.SigningKeyStore;
import io.learnpath.auth.tokens.AccessTokenIssuer;
import io.learnpath.auth.tokens.TokenLifetimes;
import io.learnpath.platform.security.JwtProperties;
import io.learnpath.platform.test.http.TestResponse;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import javax.crypto.spec.SecretKeySpec;
import org.apache.commons.codec.binary.Base32;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import tools.jackson.databind.JsonNode;

/**
 * MFA through HTTP with the service's clock in the test's hands: codes are computed the way an authenticator app
 * computes them (java-otp, from the secret the enrolment answered) at the service's time, so a test never races a
 * 30-second boundary, and moving the clock is how it gets a fresh code or lets a challenge expire. (The context is
 * the one every moved-clock test shares.)
 *
 * <p>Access tokens are minted on the wall clock: the other moved-clock tests may have moved the service's clock
 * days ahead, and a token is checked against real time.
 */
@Import(MovableClock.InPlaceOfTheServiceClock.class)
public abstract class MfaIntegrationTest extends AuthServiceIntegrationTest {

    protected static final Duration STEP = Duration.ofSeconds(30);

    @Autowired
    protected MovableClock clock;

    @Autowired
    AccountReader accounts;

    @Autowired
    SigningKeyStore keys;

    @Autowired
    JwtProperties jwt;

    @Autowired
    TokenLifetimes lifetimes;

    /** A registered account with MFA on. */
    protected record Enrolled(UUID id, String email, String accessToken, String secret, List<String> recoveryCodes) {
    }

    /** Registers an account, enrols its authenticator and confirms it (using the current step's code). */
    protected Enrolled enrolled() {
        String email = uniqueEmail();
        UUID id = registered(email);
        String token = accessTokenOf(id);
        String secret = startEnrolment(token).json().get("secret").asString();
        TestResponse confirmed = confirmEnrolment(token, code(secret));
        assertThat(confirmed.status()).as(confirmed.toString()).isEqualTo(200);
        List<String> recoveryCodes = confirmed.json().get("recoveryCodes").values().stream()
                .map(JsonNode::asString).toList();
        return new Enrolled(id, email, token, secret, recoveryCodes);
    }

    /** An access token of the account, valid by the wall clock. */
    protected String accessTokenOf(UUID accountId) {
        return new AccessTokenIssuer(keys, jwt, lifetimes, Clock.systemUTC())
                .issue(accounts.findById(accountId).orElseThrow()).value();
    }

    protected TestResponse startEnrolment(String accessToken) {
        return http.request("/api/auth/mfa/enrolment").token(accessToken).json(Map.of("password", PASSWORD)).post();
    }

    protected TestResponse confirmEnrolment(String accessToken, String code) {
        return http.request("/api/auth/mfa/enrolment/confirmation").token(accessToken).json(Map.of("code", code))
                .post();
    }

    protected TestResponse status(String accessToken) {
        return http.get("/api/auth/mfa", accessToken);
    }

    /** The code the authenticator app shows at the service's time. */
    protected String code(String secret) {
        return codeAt(secret, clock.instant());
    }

    protected static String codeAt(String secret, Instant at) {
        try {
            TimeBasedOneTimePasswordGenerator totp = new TimeBasedOneTimePasswordGenerator(STEP, 6,
                    TimeBasedOneTimePasswordGenerator.TOTP_ALGORITHM_HMAC_SHA1);
            return totp.generateOneTimePasswordString(new SecretKeySpec(new Base32().decode(secret),
                    totp.getAlgorithm()), at, Locale.ROOT);
        } catch (java.security.InvalidKeyException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Moves the service's clock on by {@code steps} time steps, so that the app shows new codes. */
    protected void waitSteps(int steps) {
        clock.advance(STEP.multipliedBy(steps));
    }

    /** The first step of a sign-in to an account with MFA; answers its challenge. */
    protected String challengeFor(String email) {
        TestResponse answer = login(email, PASSWORD);
        assertThat(answer.status()).as(answer.toString()).isEqualTo(202);
        return answer.json().get("challenge").asString();
    }

    protected TestResponse loginWithCode(String challenge, String code) {
        return http.request("/api/auth/login/mfa").json(Map.of("challenge", challenge, "code", code)).post();
    }

    protected TestResponse loginWithRecoveryCode(String challenge, String recoveryCode) {
        return http.request("/api/auth/login/mfa").json(Map.of("challenge", challenge, "recoveryCode", recoveryCode))
                .post();
    }

    protected static String problemType(TestResponse answer) {
        assertThat(answer.contentType()).as(answer.toString()).startsWith("application/problem+json");
        String type = answer.json().get("type").asString();
        return type.substring(type.lastIndexOf('/') + 1);
    }

    protected static List<String> fieldsIn(TestResponse answer) {
        assertThat(answer.status()).as(answer.toString()).isEqualTo(400);
        return answer.json().get("errors").values().stream().map(error -> error.get("field").asString()).toList();
    }
}
