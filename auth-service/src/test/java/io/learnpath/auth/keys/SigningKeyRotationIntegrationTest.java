package io.learnpath.auth.keys;

import static org.assertj.core.api.Assertions.assertThat;

import com.nimbusds.jose.crypto.RSASSAVerifier;
import com.nimbusds.jose.jwk.JWK;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jwt.SignedJWT;
import io.learnpath.auth.AuthServiceIntegrationTest;
import io.learnpath.auth.account.Role;
import io.learnpath.platform.test.http.TestResponse;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.test.util.ReflectionTestUtils;
import tools.jackson.databind.JsonNode;

/** An admin rotates the signing key through the API; sessions signed before carry on. */
class SigningKeyRotationIntegrationTest extends AuthServiceIntegrationTest {

    private static final String ROTATE = "/api/auth/admin/signing-keys/rotate";

    @Autowired
    SigningKeyStore keys;

    @Autowired
    ApplicationContext context;

    @Test
    void tokensSignedBeforeARotationStillVerifyAndNewOnesCarryTheNewKey() throws Exception {
        String before = signedIn(uniqueEmail()).get("accessToken").asString();
        String oldKid = kid(before);

        TestResponse rotation = http.request(ROTATE).token(adminToken()).post();

        assertThat(rotation.status()).as(rotation.toString()).isEqualTo(200);
        String newKid = rotation.json().get("activeKid").asString();
        assertThat(newKid).isNotEqualTo(oldKid);
        assertThat(rotation.json().get("retiredKid").asString()).isEqualTo(oldKid);
        assertThat(http.get("/api/auth/me", before).status()).as("a token signed by the retired key").isEqualTo(200);
        JWKSet published = JWKSet.parse(http.get("/api/auth/.well-known/jwks.json").body());
        assertThat(published.getKeys()).extracting(JWK::getKeyID).contains(oldKid, newKid);
        assertThat(SignedJWT.parse(before).verify(new RSASSAVerifier(published.getKeyByKeyId(oldKid).toRSAKey())))
                .as("verifies with the published retired key").isTrue();

        String after = signedIn(uniqueEmail()).get("accessToken").asString();
        assertThat(kid(after)).isEqualTo(newKid);
        assertThat(http.get("/api/auth/me", after).status()).isEqualTo(200);
    }

    @Test
    void onlyAnAdminRotates() {
        String learner = signedIn(uniqueEmail()).get("accessToken").asString();
        String active = keys.activeKey().kid();

        TestResponse forbidden = http.request(ROTATE).token(learner).post();
        TestResponse anonymous = http.request(ROTATE).post();

        assertThat(forbidden.status()).isEqualTo(403);
        assertThat(forbidden.contentType()).startsWith("application/problem+json");
        assertThat(anonymous.status()).isEqualTo(401);
        assertThat(anonymous.contentType()).startsWith("application/problem+json");
        assertThat(keys.activeKey().kid()).isEqualTo(active);
    }

    @Test
    void isDocumentedWithTheOtherAdministration() {
        JsonNode document = http.get("/api/auth/v3/api-docs").json();
        JsonNode operation = document.get("paths").get(ROTATE).get("post");

        assertThat(operation.get("summary").asString()).isEqualTo("Rotate the token-signing key");
        assertThat(operation.get("tags").values()).extracting(JsonNode::asString).containsExactly("Administration");
        assertThat(operation.get("responses").has("403")).isTrue();
        assertThat(document.get("tags").values()).extracting(tag -> tag.get("name").asString())
                .as("one tag, described once").containsOnlyOnce("Administration");
    }

    private String adminToken() {
        String email = uniqueEmail();
        UUID id = registered(email);
        // As AccountAdministrationIntegrationTest does; the repository is the account feature's own (package-private),
        // so it is reached by name rather than by adding a file to that feature.
        ReflectionTestUtils.invokeMethod(context.getBean("accountRepository"), "grantRoles", id,
                List.of(Role.ADMIN));
        TestResponse login = login(email, PASSWORD);
        assertThat(login.status()).as(login.toString()).isEqualTo(200);
        return login.json().get("accessToken").asString();
    }

    private static String kid(String accessToken) throws Exception {
        return SignedJWT.parse(accessToken).getHeader().getKeyID();
    }
}
