package io.learnpath.launcher;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Base64;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DiscoveryCredentialsTest {

    @TempDir
    Path home;

    @Test
    void generatesAPrivateRandomPasswordOnceAndGivesItToTheComponents() throws Exception {
        DiscoveryCredentials first = DiscoveryCredentials.prepare(home, Map.of());
        DiscoveryCredentials again = DiscoveryCredentials.prepare(home, Map.of());
        DiscoveryCredentials otherStack = DiscoveryCredentials.prepare(home.resolve("other"), Map.of());

        assertThat(first.file()).isEqualTo(home.resolve("discovery-password"));
        assertThat(Files.readString(first.file()).strip()).isEqualTo(first.password());
        assertThat(Base64.getUrlDecoder().decode(first.password())).hasSize(32);
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(first.file()))).isEqualTo("rw-------");
        assertThat(again.password()).isEqualTo(first.password());
        assertThat(otherStack.password()).isNotEqualTo(first.password());
        assertThat(first.environment()).containsExactly(Map.entry("DISCOVERY_PASSWORD", first.password()));
        assertThat(first.toString()).doesNotContain(first.password());
        assertThat(first.user()).isEqualTo("learnpath");
        assertThat(first.authorization()).isEqualTo("Basic " + Base64.getEncoder()
                .encodeToString(("learnpath:" + first.password()).getBytes(StandardCharsets.UTF_8)));
    }

    @Test
    void theDevelopersOwnPasswordWins() {
        DiscoveryCredentials own = DiscoveryCredentials.prepare(home,
                Map.of("DISCOVERY_USER", "ops", "DISCOVERY_PASSWORD", "their own"));

        assertThat(own.file()).isNull();
        assertThat(own.user()).isEqualTo("ops");
        assertThat(own.authorization())
                .isEqualTo("Basic " + Base64.getEncoder().encodeToString("ops:their own".getBytes(StandardCharsets.UTF_8)));
        assertThat(own.environment()).containsExactly(Map.entry("DISCOVERY_PASSWORD", "their own"));
        assertThat(home.resolve("discovery-password")).doesNotExist();
    }
}
