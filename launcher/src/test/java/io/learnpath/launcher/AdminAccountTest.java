package io.learnpath.launcher;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AdminAccountTest {

    @TempDir
    Path home;

    @Test
    void generatesAPrivatePasswordOnceAndHandsTheAuthServiceItsFileName() throws Exception {
        AdminAccount first = AdminAccount.prepare(home, Map.of()).orElseThrow();
        String password = first.password();
        AdminAccount again = AdminAccount.prepare(home, Map.of()).orElseThrow();

        assertThat(first.email()).isEqualTo(AdminAccount.DEFAULT_EMAIL);
        assertThat(password).hasSize(32).matches("[A-Za-z0-9_-]+");
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(first.passwordFile())))
                .isEqualTo("rw-------");
        assertThat(again.password()).isEqualTo(password);
        assertThat(first.environment()).containsEntry("LEARNPATH_AUTH_BOOTSTRAPADMIN_EMAIL", "admin@learnpath.local")
                .containsEntry("LEARNPATH_AUTH_BOOTSTRAPADMIN_PASSWORDFILE", home.resolve("admin-password").toString())
                .doesNotContainValue(password);
    }

    @Test
    void theDevelopersOwnSettingsWin() {
        AdminAccount own = AdminAccount.prepare(home, Map.of("LEARNPATH_AUTH_BOOTSTRAPADMIN_EMAIL", "me@example.com",
                "LEARNPATH_AUTH_BOOTSTRAPADMIN_PASSWORD", "my own long passphrase")).orElseThrow();

        assertThat(own.email()).isEqualTo("me@example.com");
        assertThat(own.passwordFile()).isNull();
        assertThat(own.environment()).containsOnlyKeys("LEARNPATH_AUTH_BOOTSTRAPADMIN_EMAIL");
        assertThat(home.resolve("admin-password")).doesNotExist();
        assertThat(AdminAccount.prepare(home, Map.of("LEARNPATH_AUTH_BOOTSTRAPADMIN_EMAIL", ""))).isEmpty();
    }
}
