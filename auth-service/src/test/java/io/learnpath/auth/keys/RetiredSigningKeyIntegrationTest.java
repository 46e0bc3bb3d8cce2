package io.learnpath.auth.keys;

import static org.assertj.core.api.Assertions.assertThat;

import com.nimbusds.jose.jwk.JWK;
import com.nimbusds.jose.jwk.JWKMatcher;
import com.nimbusds.jose.jwk.JWKSelector;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jwt.SignedJWT;
import io.learnpath.auth.AuthServiceIntegrationTest;
import io.learnpath.auth.MovableClock;
import io.learnpath.platform.security.JwtProperties;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * A retired key's life after rotation, and the scheduled rotation, with the service's clock moved by the test
 * (defaults: tokens live 15 minutes, verifiers allow 30 s of skew, instances re-read the keys every 5 minutes, and
 * keys rotate after 30 days).
 */
@Import(MovableClock.InPlaceOfTheServiceClock.class)
class RetiredSigningKeyIntegrationTest extends AuthServiceIntegrationTest {

    @Autowired
    MovableClock clock;

    @Autowired
    SigningKeyStore keys;

    @Autowired
    SigningKeyRotationSchedule schedule;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    SigningKeyProperties properties;

    @Autowired
    SignedTokenLifetime lifetime;

    @Autowired
    JwtProperties jwt;

    private Duration lastTokenExpired;

    @BeforeEach
    void startFromAFreshKey() {
        // Other classes sharing this context move the clock by months; a fresh key makes this class's timing its own.
        keys.rotate();
        lastTokenExpired = lifetime.accessTokenTtl().plus(jwt.clockSkew()).plus(properties.refreshAfter());
    }

    @Test
    void aRetiredKeyLeavesTheJwksOnceEveryTokenItSignedHasExpired() throws Exception {
        String retired = SignedJWT.parse(signedIn(uniqueEmail()).get("accessToken").asString()).getHeader().getKeyID();
        String active = keys.rotate().activeKid();

        clock.advance(lastTokenExpired.minusSeconds(1));
        assertThat(publishedKids()).contains(retired, active);
        assertThat(verificationKeys(retired)).hasSize(1);

        clock.advance(Duration.ofSeconds(2));
        assertThat(publishedKids()).contains(active).doesNotContain(retired);
        assertThat(verificationKeys(retired)).isEmpty();
        assertThat(rows(retired)).as("kept until the scheduled clean-up").isEqualTo(1);

        schedule.rotateWhenDue();
        assertThat(rows(retired)).isZero();
        assertThat(rows(active)).isEqualTo(1);
    }

    @Test
    void theScheduleReplacesTheKeyOnceItIsRotateAfterOld() {
        String original = keys.activeKey().kid();

        clock.advance(properties.rotateAfter().minusMinutes(1));
        schedule.rotateWhenDue();
        assertThat(keys.activeKey().kid()).isEqualTo(original);

        clock.advance(Duration.ofMinutes(1));
        schedule.rotateWhenDue();
        String replacement = keys.activeKey().kid();
        assertThat(replacement).isNotEqualTo(original);
        assertThat(status(original)).isEqualTo("RETIRED");

        schedule.rotateWhenDue();
        assertThat(keys.activeKey().kid()).as("the new key is not due").isEqualTo(replacement);
    }

    private List<String> publishedKids() throws Exception {
        return JWKSet.parse(http.get("/api/auth/.well-known/jwks.json").body()).getKeys().stream()
                .map(JWK::getKeyID).toList();
    }

    private List<JWK> verificationKeys(String kid) throws Exception {
        return keys.verificationKeySource().get(new JWKSelector(new JWKMatcher.Builder().keyID(kid).build()), null);
    }

    private int rows(String kid) {
        return jdbc.sql("SELECT count(*) FROM signing_key WHERE kid = ?").param(kid).query(Integer.class).single();
    }

    private String status(String kid) {
        return jdbc.sql("SELECT status FROM signing_key WHERE kid = ?").param(kid).query(String.class).single();
    }
}
