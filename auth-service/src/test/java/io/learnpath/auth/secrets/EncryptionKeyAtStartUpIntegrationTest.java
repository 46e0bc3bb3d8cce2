package io.learnpath.auth.secrets;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.learnpath.auth.AuthServiceApplication;
import io.learnpath.auth.AuthServiceIntegrationTest;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.core.env.Environment;

/**
 * A second auth-service started next to the test's own, on its database (whose signing key the test's
 * key-encryption key sealed), with a key-encryption key that cannot work: it must refuse to start and say why.
 */
@ExtendWith(OutputCaptureExtension.class)
class EncryptionKeyAtStartUpIntegrationTest extends AuthServiceIntegrationTest {

    private static final List<String> SHARED = List.of("spring.datasource.url", "spring.datasource.username",
            "spring.datasource.password", "spring.kafka.bootstrap-servers", "learnpath.security.jwt.jwks-uri");

    @Autowired
    Environment environment;

    @Test
    void refusesToStartWithoutAKey(CapturedOutput output) {
        assertThatThrownBy(() -> startWith("--learnpath.auth.secrets.encryption-key="))
                .hasRootCauseInstanceOf(UnusableEncryptionKeyException.class);

        assertThat(output.getAll()).contains("APPLICATION FAILED TO START")
                .contains("No key-encryption key is configured: set learnpath.auth.secrets.encryption-key "
                        + "(AUTH_SECRETS_ENCRYPTION_KEY)")
                .contains("openssl rand -base64 32");
    }

    @Test
    void refusesToStartWithAnotherKeyThanTheStoredKeysWereSealedWith(CapturedOutput output) {
        String another = SecretBoxTest.randomKey();

        assertThatThrownBy(() -> startWith("--learnpath.auth.secrets.encryption-key=" + another))
                .hasRootCauseInstanceOf(UnusableEncryptionKeyException.class);

        assertThat(output.getAll()).contains("APPLICATION FAILED TO START")
                .containsPattern("Cannot open signing key \\S+: The stored value for signing-key:\\S+ was sealed "
                        + "with another key-encryption key")
                .contains("configure the key it was sealed with")
                .doesNotContain(another);
    }

    private void startWith(String keyArgument) {
        Stream<String> shared = SHARED.stream().map(name -> "--" + name + "=" + environment.getProperty(name));
        String[] arguments = Stream.concat(shared, Stream.of(keyArgument, "--server.port=0",
                "--eureka.client.enabled=false")).toArray(String[]::new);
        new SpringApplicationBuilder(AuthServiceApplication.class).run(arguments).close();
    }
}
