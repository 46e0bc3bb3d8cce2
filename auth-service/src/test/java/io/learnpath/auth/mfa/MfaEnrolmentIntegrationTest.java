package io.learnpath.auth.mfa;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.zxing.BinaryBitmap;
import com.google.zxing.client.j2se.BufferedImageLuminanceSource;
import com.google.zxing.common.HybridBinarizer;
import com.google.zxing.qrcode.QRCodeReader;
import io.learnpath.auth.secrets.SecretBox;
import io.learnpath.platform.test.http.TestResponse;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import javax.imageio.ImageIO;
import org.apache.commons.codec.binary.Base32;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;

class MfaEnrolmentIntegrationTest extends MfaIntegrationTest {

    @Autowired
    JdbcClient jdbc;

    @Test
    void startingAnEnrolmentAnswersTheSecretItsUriAndAQrCodeOfIt() throws Exception {
        String email = uniqueEmail();
        UUID id = registered(email);
        String token = accessTokenOf(id);

        TestResponse answer = startEnrolment(token);

        assertThat(answer.status()).as(answer.toString()).isEqualTo(200);
        assertThat(answer.header("Cache-Control")).contains("no-store");
        String secret = answer.json().get("secret").asString();
        assertThat(secret).matches("[A-Z2-7]{32}");
        String uri = answer.json().get("otpauthUri").asString();
        assertThat(uri).isEqualTo("otpauth://totp/Learnpath:" + email + "?secret=" + secret
                + "&issuer=Learnpath&algorithm=SHA1&digits=6&period=30");
        String qrCode = answer.json().get("qrCode").asString();
        assertThat(qrCode).startsWith("data:image/png;base64,");
        byte[] png = Base64.getDecoder().decode(qrCode.substring("data:image/png;base64,".length()));
        BinaryBitmap scanned = new BinaryBitmap(new HybridBinarizer(
                new BufferedImageLuminanceSource(ImageIO.read(new ByteArrayInputStream(png)))));
        assertThat(new QRCodeReader().decode(scanned).getText()).isEqualTo(uri);
        JsonNode status = status(token).json();
        assertThat(status.get("enabled").asBoolean()).isFalse();
        assertThat(status.get("enrolmentPending").asBoolean()).isTrue();
        // Stored sealed (a JWE bound to the account), never as the seed itself.
        byte[] stored = jdbc.sql("SELECT secret FROM totp_factor WHERE account_id = :id").param("id", id)
                .query(byte[].class).single();
        assertThat(SecretBox.isSealed(stored)).isTrue();
        assertThat(new String(stored, StandardCharsets.US_ASCII)).doesNotContain(secret);
        assertThat(contains(stored, new Base32().decode(secret))).isFalse();
    }

    @Test
    void aPendingEnrolmentChangesNothingForSignIn() {
        String email = uniqueEmail();
        startEnrolment(accessTokenOf(registered(email)));

        TestResponse answer = login(email, PASSWORD);

        assertThat(answer.status()).isEqualTo(200);
        assertThat(answer.json().has("accessToken")).isTrue();
    }

    @Test
    void confirmingWithTheCurrentCodeTurnsMfaOnAndAnswersTenRecoveryCodesKeptOnlyHashed() {
        String email = uniqueEmail();
        UUID id = registered(email);
        String token = accessTokenOf(id);
        String secret = startEnrolment(token).json().get("secret").asString();

        TestResponse confirmed = confirmEnrolment(token, code(secret));

        assertThat(confirmed.status()).as(confirmed.toString()).isEqualTo(200);
        assertThat(confirmed.header("Cache-Control")).contains("no-store");
        List<String> codes = confirmed.json().get("recoveryCodes").values().stream().map(JsonNode::asString).toList();
        assertThat(codes).hasSize(10).doesNotHaveDuplicates()
                .allSatisfy(code -> assertThat(code).matches("[0-9a-z]{4}-[0-9a-z]{4}-[0-9a-z]{4}-[0-9a-z]{4}"));
        JsonNode status = status(token).json();
        assertThat(status.get("enabled").asBoolean()).isTrue();
        assertThat(status.get("enabledAt").asString()).isNotBlank();
        assertThat(status.get("enrolmentPending").asBoolean()).isFalse();
        assertThat(status.get("recoveryCodesLeft").asInt()).isEqualTo(10);
        List<byte[]> stored = jdbc.sql("SELECT code_hash FROM recovery_code WHERE account_id = ?").param(id)
                .query(byte[].class).list();
        assertThat(stored).hasSize(10).allSatisfy(hash -> assertThat(hash).hasSize(32));
        for (String code : codes) {
            assertThat(stored).noneMatch(hash -> new String(hash, StandardCharsets.ISO_8859_1)
                    .toLowerCase(Locale.ROOT).contains(code.replace("-", "")));
        }
        assertThat(login(email, PASSWORD).status()).isEqualTo(202);
    }

    @Test
    void aWrongConfirmationCodeIsAValidationProblemAndChangesNothing() {
        String email = uniqueEmail();
        String token = accessTokenOf(registered(email));
        String secret = startEnrolment(token).json().get("secret").asString();

        TestResponse refused = confirmEnrolment(token, wrong(code(secret)));

        assertThat(fieldsIn(refused)).containsExactly("code");
        assertThat(problemType(refused)).isEqualTo("validation");
        assertThat(status(token).json().get("enabled").asBoolean()).isFalse();
        assertThat(login(email, PASSWORD).status()).isEqualTo(200);
        assertThat(confirmEnrolment(token, code(secret)).status()).isEqualTo(200);
    }

    @Test
    void startingAgainBeforeConfirmingReplacesThePendingSecret() {
        String token = accessTokenOf(registered(uniqueEmail()));
        String first = startEnrolment(token).json().get("secret").asString();
        String second = startEnrolment(token).json().get("secret").asString();

        TestResponse withTheFirst = confirmEnrolment(token, code(first));
        TestResponse withTheSecond = confirmEnrolment(token, code(second));

        assertThat(second).isNotEqualTo(first);
        assertThat(fieldsIn(withTheFirst)).containsExactly("code");
        assertThat(withTheSecond.status()).as(withTheSecond.toString()).isEqualTo(200);
    }

    @Test
    void enrollingWhileMfaIsOnIsAConflict() {
        Enrolled learner = enrolled();
        waitSteps(1);

        TestResponse again = startEnrolment(learner.accessToken());
        TestResponse confirmAgain = confirmEnrolment(learner.accessToken(), code(learner.secret()));

        assertThat(again.status()).isEqualTo(409);
        assertThat(problemType(again)).isEqualTo("mfa-already-enabled");
        assertThat(confirmAgain.status()).isEqualTo(409);
        assertThat(problemType(confirmAgain)).isEqualTo("mfa-already-enabled");
        waitSteps(1);
        assertThat(loginWithCode(challengeFor(learner.email()), code(learner.secret())).status()).isEqualTo(200);
    }

    @Test
    void confirmingWithoutAnEnrolmentIsAConflict() {
        String token = accessTokenOf(registered(uniqueEmail()));

        TestResponse answer = confirmEnrolment(token, "123456");

        assertThat(answer.status()).isEqualTo(409);
        assertThat(problemType(answer)).isEqualTo("mfa-enrolment-not-started");
    }

    @Test
    void malformedCodesAreValidationProblemsNamingTheField() {
        String token = accessTokenOf(registered(uniqueEmail()));
        startEnrolment(token);

        assertThat(fieldsIn(http.request("/api/auth/mfa/enrolment/confirmation").token(token).json(Map.of()).post()))
                .containsExactly("code");
        assertThat(fieldsIn(confirmEnrolment(token, "12345"))).containsExactly("code");
        assertThat(fieldsIn(confirmEnrolment(token, "12345a"))).containsExactly("code");
        assertThat(fieldsIn(http.request("/api/auth/mfa/recovery-codes").token(token).json(Map.of("code", "1"))
                .post())).containsExactly("code");
        assertThat(fieldsIn(http.request("/api/auth/mfa/disable").token(token).json(Map.of()).post()))
                .containsExactly("code");
        assertThat(fieldsIn(http.request("/api/auth/mfa/disable").token(token)
                .json(Map.of("code", "123456", "recoveryCode", "abcd-efgh-jkmn-pqrs")).post()))
                .containsExactly("recoveryCode");
        assertThat(fieldsIn(http.request("/api/auth/mfa/disable").token(token)
                .json(Map.of("recoveryCode", "not a code")).post())).containsExactly("recoveryCode");
        assertThat(http.request("/api/auth/mfa/enrolment/confirmation").token(token).json("{oops").post().status())
                .isEqualTo(400);
    }

    @Test
    void everyMfaSettingNeedsAnAccessToken() {
        assertThat(http.get("/api/auth/mfa").status()).isEqualTo(401);
        assertThat(http.request("/api/auth/mfa/enrolment").json(Map.of("password", PASSWORD)).post().status())
                .isEqualTo(401);
        assertThat(http.request("/api/auth/mfa/enrolment/confirmation").json(Map.of("code", "123456")).post()
                .status()).isEqualTo(401);
        assertThat(http.request("/api/auth/mfa/recovery-codes").json(Map.of("code", "123456")).post().status())
                .isEqualTo(401);
        assertThat(http.request("/api/auth/mfa/disable").json(Map.of("code", "123456")).post().status())
                .isEqualTo(401);
    }

    private static boolean contains(byte[] haystack, byte[] needle) {
        for (int start = 0; start + needle.length <= haystack.length; start++) {
            if (Arrays.equals(haystack, start, start + needle.length, needle, 0, needle.length)) {
                return true;
            }
        }
        return false;
    }

    @Test
    void startingAnEnrolmentNeedsThePasswordAgain() {
        String token = accessTokenOf(registered(uniqueEmail()));

        TestResponse wrong = http.request("/api/auth/mfa/enrolment").token(token)
                .json(Map.of("password", "not my password at all")).post();
        TestResponse missing = http.request("/api/auth/mfa/enrolment").token(token).json(Map.of()).post();

        assertThat(wrong.status()).isEqualTo(400);
        assertThat(wrong.json().get("errors").get(0).get("field").asString()).isEqualTo("password");
        assertThat(missing.status()).isEqualTo(400);
        assertThat(status(token).json().get("enrolmentPending").asBoolean()).isFalse();
    }

    /** Another six digits than {@code code}. */
    static String wrong(String code) {
        return String.format("%06d", (Integer.parseInt(code) + 1) % 1_000_000);
    }
}
