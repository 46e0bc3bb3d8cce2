package io.learnpath.auth.account;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * What the bootstrap refuses before it touches any account. It has no database here (null registration and
 * repository): a refused configuration must fail start-up before anything is read or written.
 */
class AdminBootstrapTest {

    private static final String EMAIL = "admin@example.com";

    @Test
    void doesNothingWhenNoEmailIsConfigured() {
        assertThat(bootstrap(new BootstrapAdminProperties(null, "a long enough password", null, "Admin"))
                .bootstrap()).isEmpty();
        assertThat(bootstrap(new BootstrapAdminProperties("  ", null, null, "Admin")).bootstrap()).isEmpty();
    }

    static Stream<Arguments> refusedPasswords() {
        return Stream.of(
                Arguments.of("elevenchars", "password must be at least 12 characters"),
                Arguments.of("p".repeat(129), "password must be at most 128 characters"),
                Arguments.of(" Admin@Example.com", "password must not be the same as the email address"));
    }

    @ParameterizedTest
    @MethodSource("refusedPasswords")
    void aPasswordTheRegistrationPolicyRefusesFailsStartUpWithoutBeingNamed(String password, String problem) {
        AdminBootstrap bootstrap = bootstrap(new BootstrapAdminProperties(EMAIL, password, null, "Admin"));

        assertThatIllegalStateException().isThrownBy(bootstrap::bootstrap)
                .withMessage("Cannot set up the bootstrap admin: learnpath.auth.bootstrap-admin." + problem)
                .satisfies(failure -> assertThat(failure.getMessage()).doesNotContainIgnoringCase(password.strip())
                        // The email is left out as well: here it is the password.
                        .doesNotContainIgnoringCase(EMAIL));
    }

    @Test
    void namesEveryRefusedSettingAtOnce() {
        AdminBootstrap bootstrap = bootstrap(new BootstrapAdminProperties("not-an-email", "short", null, " "));

        assertThatIllegalStateException().isThrownBy(bootstrap::bootstrap).withMessage(
                "Cannot set up the bootstrap admin: learnpath.auth.bootstrap-admin.email must be a well-formed "
                        + "email address; learnpath.auth.bootstrap-admin.display-name is required; "
                        + "learnpath.auth.bootstrap-admin.password must be at least 12 characters");
    }

    @Test
    void checksTheEmailAloneWhenThereIsNoPassword() {
        AdminBootstrap bootstrap = bootstrap(new BootstrapAdminProperties("admin@localhost", null, null, "Admin"));

        assertThatIllegalStateException().isThrownBy(bootstrap::bootstrap).withMessage(
                "Cannot set up the bootstrap admin: learnpath.auth.bootstrap-admin.email must be a well-formed "
                        + "email address");
    }

    @Test
    void aPasswordFileIsHeldToTheSamePolicyWithoutNamingItsContent(@TempDir Path directory) throws IOException {
        Path file = Files.writeString(directory.resolve("admin-password"), "tooShort42\n");
        AdminBootstrap bootstrap = bootstrap(new BootstrapAdminProperties(EMAIL, null, file.toString(), "Admin"));

        assertThatIllegalStateException().isThrownBy(bootstrap::bootstrap)
                .withMessage("Cannot set up the bootstrap admin: the password in "
                        + "learnpath.auth.bootstrap-admin.password-file must be at least 12 characters")
                .satisfies(failure -> assertThat(failure.getMessage()).doesNotContain("tooShort42"));
    }

    @Test
    void anUnreadablePasswordFileFailsStartUpNamingThePath(@TempDir Path directory) {
        Path missing = directory.resolve("no-such-file");
        AdminBootstrap bootstrap = bootstrap(new BootstrapAdminProperties(EMAIL, null, missing.toString(), "Admin"));

        assertThatIllegalStateException().isThrownBy(bootstrap::bootstrap)
                .withMessageStartingWith("Cannot set up the bootstrap admin: cannot read "
                        + "learnpath.auth.bootstrap-admin.password-file " + missing);
    }

    @Test
    void refusesAPasswordGivenTwice(@TempDir Path directory) throws IOException {
        Path file = Files.writeString(directory.resolve("admin-password"), "one long enough password");
        AdminBootstrap bootstrap = bootstrap(new BootstrapAdminProperties(EMAIL, "another long password",
                file.toString(), "Admin"));

        assertThatIllegalStateException().isThrownBy(bootstrap::bootstrap).withMessage(
                "Cannot set up the bootstrap admin: set learnpath.auth.bootstrap-admin.password or "
                        + "learnpath.auth.bootstrap-admin.password-file, not both");
    }

    @Test
    void theSettingsNeverShowThePassword() {
        String password = "never in a log line";

        assertThat(new BootstrapAdminProperties(EMAIL, password, null, "Admin").toString())
                .contains(EMAIL).doesNotContain(password);
    }

    private static AdminBootstrap bootstrap(BootstrapAdminProperties properties) {
        return new AdminBootstrap(properties, null, null);
    }
}
