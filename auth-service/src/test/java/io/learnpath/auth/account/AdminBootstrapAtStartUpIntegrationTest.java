package io.learnpath.auth.account;

import static org.assertj.core.api.Assertions.assertThat;

import com.nimbusds.jwt.SignedJWT;
import io.learnpath.auth.AuthServiceIntegrationTest;
import io.learnpath.platform.test.http.TestResponse;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import tools.jackson.databind.JsonNode;

/**
 * The service started the way the local launcher starts it: an admin email and a password file. Its own
 * properties give this class its own application context (and database), which is what lets it see the start.
 */
@ExtendWith(OutputCaptureExtension.class)
class AdminBootstrapAtStartUpIntegrationTest extends AuthServiceIntegrationTest {

    private static final String ADMIN_EMAIL = "admin@learnpath.example";
    // Random per run, so that finding it in the captured output can only mean it was logged.
    private static final String ADMIN_PASSWORD = "admin-" + UUID.randomUUID();

    @DynamicPropertySource
    static void bootstrapAdmin(DynamicPropertyRegistry registry) {
        registry.add("learnpath.auth.bootstrap-admin.email", () -> "  Admin@Learnpath.Example ");
        registry.add("learnpath.auth.bootstrap-admin.password-file", AdminBootstrapAtStartUpIntegrationTest::file);
        registry.add("learnpath.auth.bootstrap-admin.display-name", () -> "Site Admin");
    }

    private static String file() {
        try {
            Path file = Files.createTempFile("admin-password", "");
            file.toFile().deleteOnExit();
            // As the launcher writes it: a text file, ended by a line break that is not part of the password.
            return Files.writeString(file, ADMIN_PASSWORD + "\n").toString();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Test
    void theConfiguredAdminSignsInWithEditorAndAdminRoles() throws Exception {
        TestResponse answer = login(ADMIN_EMAIL, ADMIN_PASSWORD);

        assertThat(answer.status()).as(answer.toString()).isEqualTo(200);
        String accessToken = answer.json().get("accessToken").asString();
        assertThat(SignedJWT.parse(accessToken).getJWTClaimsSet().getStringListClaim("roles"))
                .containsExactly("LEARNER", "EDITOR", "ADMIN");
        JsonNode me = http.get("/api/auth/me", accessToken).json();
        assertThat(me.get("email").asString()).isEqualTo(ADMIN_EMAIL);
        assertThat(me.get("displayName").asString()).isEqualTo("Site Admin");
        assertThat(me.get("roles").values()).extracting(JsonNode::asString)
                .containsExactly("LEARNER", "EDITOR", "ADMIN");
    }

    @Test
    void theAdminMayReadOtherPeoplesAccounts() {
        UUID learner = registered(uniqueEmail());
        String adminToken = login(ADMIN_EMAIL, ADMIN_PASSWORD).json().get("accessToken").asString();

        TestResponse answer = http.get("/api/auth/accounts/" + learner, adminToken);

        assertThat(answer.status()).as(answer.toString()).isEqualTo(200);
        assertThat(answer.json().get("id").asString()).isEqualTo(learner.toString());
    }

    @Test
    void logsWhatItDidAndNeverThePassword(CapturedOutput output) {
        assertThat(output.getAll())
                .contains("Bootstrap admin " + ADMIN_EMAIL + ": account created with roles [LEARNER, EDITOR, ADMIN]")
                .doesNotContain(ADMIN_PASSWORD);
    }
}
