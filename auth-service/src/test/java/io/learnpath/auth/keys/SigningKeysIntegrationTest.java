package io.learnpath.auth.keys;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.jwk.JWK;
import com.nimbusds.jose.jwk.JWKMatcher;
import com.nimbusds.jose.jwk.JWKSelector;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.KeyType;
import com.nimbusds.jose.jwk.KeyUse;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import com.nimbusds.jose.jwk.source.JWKSource;
import com.nimbusds.jose.proc.SecurityContext;
import io.learnpath.auth.AuthServiceIntegrationTest;
import io.learnpath.auth.MovableClock;
import io.learnpath.auth.secrets.SecretBox;
import io.learnpath.auth.secrets.SecretsProperties;
import io.learnpath.auth.secrets.UnusableEncryptionKeyException;
import io.learnpath.platform.security.AccessTokenValidators;
import io.learnpath.platform.security.JwtProperties;
import io.learnpath.platform.test.TestInfrastructure;
import io.learnpath.platform.test.http.TestResponse;
import java.nio.charset.StandardCharsets;
import java.security.KeyFactory;
import java.security.SecureRandom;
import java.security.spec.InvalidKeySpecException;
import java.security.spec.PKCS8EncodedKeySpec;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.stream.Stream;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DriverManagerDataSource;
import org.springframework.security.oauth2.jwt.JwsHeader;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtClaimsSet;
import org.springframework.security.oauth2.jwt.JwtEncoderParameters;
import org.springframework.security.oauth2.jwt.NimbusJwtDecoder;
import org.springframework.security.oauth2.jwt.NimbusJwtEncoder;
import tools.jackson.databind.JsonNode;

/**
 * The key store as the service runs it, and as several instances sharing one database see it: each "instance" here
 * is a store of its own over a fresh database, with a clock of its own.
 */
class SigningKeysIntegrationTest extends AuthServiceIntegrationTest {

    private static final SigningKeyProperties PROPERTIES =
            new SigningKeyProperties(2048, Duration.ofMinutes(5), Duration.ofDays(30));

    @Autowired
    SigningKeyStore keys;

    @Autowired
    SecretBox box;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    JwtProperties jwt;

    @Test
    void publishesThePublicKeysOnly() throws Exception {
        TestResponse answer = http.get("/api/auth/.well-known/jwks.json");

        assertThat(answer.status()).isEqualTo(200);
        assertThat(answer.header("Cache-Control")).contains("public").contains("max-age=300");
        assertThat(answer.contentType()).startsWith("application/jwk-set+json");
        JWKSet published = JWKSet.parse(answer.body());
        JWK key = published.getKeyByKeyId(keys.activeKey().kid());
        assertThat(key).isNotNull();
        assertThat(key.getKeyType()).isEqualTo(KeyType.RSA);
        assertThat(key.isPrivate()).isFalse();
        assertThat(((RSAKey) key).size()).isGreaterThanOrEqualTo(2048);
        assertThat(answer.json().get("keys").get(0).has("d")).isFalse();
        assertThat(answer.body()).doesNotContain("\"p\"", "\"q\"", "\"dp\"");
    }

    @Test
    void describesItselfInADiscoveryDocument() {
        TestResponse answer = http.get("/api/auth/.well-known/openid-configuration");

        assertThat(answer.status()).isEqualTo(200);
        assertThat(answer.header("Cache-Control")).contains("max-age=300");
        JsonNode document = answer.json();
        assertThat(document.get("issuer").asString()).isEqualTo(jwt.issuer());
        assertThat(document.get("jwks_uri").asString())
                .isEqualTo("http://localhost:8080/api/auth/.well-known/jwks.json");
        assertThat(document.get("token_endpoint").asString()).isEqualTo("http://localhost:8080/api/auth/login");
        assertThat(document.get("id_token_signing_alg_values_supported").values())
                .extracting(JsonNode::asString).containsExactly("RS256");
        assertThat(document.get("grant_types_supported").values()).extracting(JsonNode::asString)
                .contains("password", "refresh_token");
    }

    @Test
    void keysSurviveARestart() {
        String accessToken = signedIn(uniqueEmail()).get("accessToken").asString();

        // What a restarted instance does: read the store anew from the same database.
        SigningKeyStore restarted = instance(jdbc, box, Clock.systemUTC());

        assertThat(restarted.activeKey().kid()).isEqualTo(keys.activeKey().kid());
        assertThat(restarted.activeKey().jwk()).isEqualTo(keys.activeKey().jwk());
        NimbusJwtDecoder decoder = NimbusJwtDecoder.withJwkSource(restarted.verificationKeySource())
                .jwsAlgorithm(AccessTokenValidators.ALGORITHM).build();
        decoder.setJwtValidator(AccessTokenValidators.forProperties(jwt));
        Jwt decoded = decoder.decode(accessToken);
        assertThat(decoded.getHeaders()).containsEntry("kid", keys.activeKey().kid());
    }

    @Test
    void twoInstancesStartingOnAnEmptyDatabaseAgreeOnOneKey() throws Exception {
        JdbcClient emptyDatabase = freshDatabase();

        List<SigningKeyStore> started = together(() -> instance(emptyDatabase, box, Clock.systemUTC()),
                () -> instance(emptyDatabase, box, Clock.systemUTC()));

        assertThat(started.get(0).activeKey().kid()).isEqualTo(started.get(1).activeKey().kid());
        assertThat(emptyDatabase.sql("SELECT count(*) FROM signing_key").query(Integer.class).single())
                .isEqualTo(1);
    }

    @Test
    void storesPrivateKeysSealedNeverAsTheKeyItself() {
        SigningKey active = keys.activeKey();

        byte[] stored = jdbc.sql("SELECT private_key FROM signing_key WHERE kid = ?").param(active.kid())
                .query(byte[].class).single();

        assertThatThrownBy(() -> KeyFactory.getInstance("RSA").generatePrivate(new PKCS8EncodedKeySpec(stored)))
                .isInstanceOf(InvalidKeySpecException.class);
        byte[] modulus = active.jwk().getModulus().decode();
        assertThat(indexOf(stored, modulus)).as("raw modulus in the stored bytes").isEqualTo(-1);
        assertThat(new String(stored, StandardCharsets.US_ASCII))
                .doesNotContain(active.jwk().getModulus().toString())
                .doesNotContain(active.jwk().getPrivateExponent().toString());
        assertThat(SecretBox.isSealed(stored)).isTrue();
    }

    @Test
    void sealsAtStartUpThePlainKeysStoredBeforeEncryption() throws Exception {
        JdbcClient database = freshDatabase();
        RSAKey plain = new RSAKeyGenerator(2048).keyUse(KeyUse.SIGNATURE).algorithm(JWSAlgorithm.RS256)
                .keyIDFromThumbprint(true).generate();
        // As the service stored keys before they were sealed: the PKCS#8 bytes themselves.
        database.sql("""
                        INSERT INTO signing_key (kid, public_jwk, private_key, created_at, status)
                        VALUES (?, ?, ?, ?, 'ACTIVE')""")
                .params(plain.getKeyID(), plain.toPublicJWK().toJSONString(), plain.toRSAPrivateKey().getEncoded(),
                        Timestamp.from(Instant.now()))
                .update();

        SigningKeyStore started = instance(database, box, Clock.systemUTC());
        SigningKeyStore again = instance(database, box, Clock.systemUTC());

        byte[] stored = database.sql("SELECT private_key FROM signing_key").query(byte[].class).single();
        assertThat(SecretBox.isSealed(stored)).isTrue();
        assertThat(started.activeKey().jwk().toRSAPrivateKey()).isEqualTo(plain.toRSAPrivateKey());
        assertThat(again.activeKey().jwk()).isEqualTo(started.activeKey().jwk());
    }

    @Test
    void anotherKeyEncryptionKeyCannotOpenTheKeysAndSaysSo() {
        SecretBox another = new SecretBox(new SecretsProperties(randomKey(), null));

        assertThatThrownBy(() -> instance(jdbc, another, Clock.systemUTC()))
                .isInstanceOf(UnusableEncryptionKeyException.class)
                .hasMessageContaining("Cannot open signing key " + keys.activeKey().kid())
                .hasMessageContaining("sealed with another key-encryption key")
                .hasMessageContaining("configure the key it was sealed with");
    }

    @Test
    void twoInstancesRotatingAtOnceMakeOneNewKey() throws Exception {
        JdbcClient database = freshDatabase();
        MovableClock clock = new MovableClock();
        SigningKeyStore first = instance(database, box, clock);
        SigningKeyStore second = instance(database, box, clock);
        String original = first.activeKey().kid();
        clock.advance(PROPERTIES.rotateAfter());

        List<Optional<KeyRotation>> scheduled = together(first::rotateIfDue, second::rotateIfDue);

        // The one that lost either found the key replaced, or read the new one and found it not due.
        assertThat(scheduled.stream().flatMap(Optional::stream).toList()).isNotEmpty()
                .allSatisfy(rotation -> assertThat(rotation.retiredKid()).isEqualTo(original))
                .extracting(KeyRotation::activeKid).containsOnly(activeKid(database));
        assertThat(statuses(database)).containsExactlyInAnyOrder("ACTIVE", "RETIRED");

        // On demand, both asking to replace the same key: one replaces it, both answer the winner.
        String current = first.activeKey().kid();
        List<KeyRotation> demanded = together(() -> first.replace(current), () -> second.replace(current));

        assertThat(demanded).extracting(KeyRotation::activeKid).doesNotContain(current)
                .containsOnly(demanded.get(0).activeKid());
        assertThat(statuses(database)).containsExactlyInAnyOrder("ACTIVE", "RETIRED", "RETIRED");
        assertThat(second.activeKey().kid()).isEqualTo(first.activeKey().kid());
    }

    @Test
    void anotherInstanceVerifiesANewKeyAtOnceAndSignsWithItWithinOneRefresh() throws Exception {
        JdbcClient database = freshDatabase();
        MovableClock rotatingClock = new MovableClock();
        MovableClock otherClock = new MovableClock();
        SigningKeyStore rotating = instance(database, box, rotatingClock);
        SigningKeyStore other = instance(database, box, otherClock);
        String original = other.activeKey().kid();

        String rotated = rotating.rotate().activeKid();
        // The other instance has read the table less than a second ago: it is allowed to not know yet.
        otherClock.advance(Duration.ofSeconds(2));

        assertThat(select(other.verificationKeySource(), rotated)).hasSize(1);
        assertThat(other.publicKeys().getKeyByKeyId(rotated)).isNotNull();
        assertThat(other.publicKeys().getKeyByKeyId(original)).as("retired, still published").isNotNull();
        otherClock.advance(PROPERTIES.refreshAfter());
        assertThat(other.activeKey().kid()).isEqualTo(rotated);
    }

    @Test
    void aHeaderNamingTheKeyActiveAMomentAgoStillFindsItAfterARotation() throws Exception {
        JdbcClient database = freshDatabase();
        SigningKeyStore store = instance(database, box, new MovableClock());
        NimbusJwtEncoder encoder = new NimbusJwtEncoder(store.signingKeySource());
        String readBeforeTheRotation = store.activeKey().kid();

        store.rotate();
        Jwt signed = encoder.encode(JwtEncoderParameters.from(
                JwsHeader.with(AccessTokenValidators.ALGORITHM).keyId(readBeforeTheRotation).build(),
                JwtClaimsSet.builder().subject(UUID.randomUUID().toString()).build()));

        assertThat(signed.getHeaders()).containsEntry("kid", readBeforeTheRotation);
        assertThat(select(store.verificationKeySource(), readBeforeTheRotation)).hasSize(1);
    }

    private SigningKeyStore instance(JdbcClient database, SecretBox secrets, Clock clock) {
        return new SigningKeyStore(new SigningKeyRepository(database, secrets), PROPERTIES,
                new SignedTokenLifetime(Duration.ofMinutes(15)), jwt, clock);
    }

    private static String activeKid(JdbcClient database) {
        return database.sql("SELECT kid FROM signing_key WHERE status = 'ACTIVE'").query(String.class).single();
    }

    private static List<String> statuses(JdbcClient database) {
        return database.sql("SELECT status FROM signing_key").query(String.class).list();
    }

    private static List<JWK> select(JWKSource<SecurityContext> source, String kid) throws Exception {
        return source.get(new JWKSelector(new JWKMatcher.Builder().keyID(kid).build()), null);
    }

    /** Runs the calls on threads of their own, released at the same moment, as two instances would. */
    private static <T> List<T> together(Callable<T> one, Callable<T> other) throws Exception {
        CyclicBarrier barrier = new CyclicBarrier(2);
        try (ExecutorService threads = Executors.newFixedThreadPool(2)) {
            List<CompletableFuture<T>> running = Stream.of(one, other)
                    .map(call -> CompletableFuture.supplyAsync(() -> {
                        try {
                            barrier.await();
                            return call.call();
                        } catch (Exception e) {
                            throw new IllegalStateException(e);
                        }
                    }, threads))
                    .toList();
            List<T> results = new ArrayList<>();
            for (CompletableFuture<T> result : running) {
                results.add(result.get());
            }
            return results;
        }
    }

    private static int indexOf(byte[] haystack, byte[] needle) {
        for (int i = 0; i + needle.length <= haystack.length; i++) {
            if (Arrays.equals(haystack, i, i + needle.length, needle, 0, needle.length)) {
                return i;
            }
        }
        return -1;
    }

    private static String randomKey() {
        byte[] key = new byte[32];
        new SecureRandom().nextBytes(key);
        return Base64.getEncoder().encodeToString(key);
    }

    private static JdbcClient freshDatabase() {
        TestInfrastructure infrastructure = TestInfrastructure.shared();
        String name = "keys_" + UUID.randomUUID().toString().replace("-", "");
        infrastructure.createDatabase(name);
        DriverManagerDataSource dataSource = new DriverManagerDataSource(infrastructure.jdbcUrl(name),
                infrastructure.databaseUser(), infrastructure.databasePassword());
        Flyway.configure().dataSource(dataSource).locations("classpath:db/migration").load().migrate();
        return JdbcClient.create(dataSource);
    }
}
