package io.learnpath.auth.keys;

import static org.assertj.core.api.Assertions.assertThat;

import com.nimbusds.jose.jwk.JWK;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.KeyType;
import com.nimbusds.jose.jwk.RSAKey;
import io.learnpath.auth.AuthServiceIntegrationTest;
import io.learnpath.platform.security.AccessTokenValidators;
import io.learnpath.platform.security.JwtProperties;
import io.learnpath.platform.test.TestInfrastructure;
import io.learnpath.platform.test.http.TestResponse;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.Executors;
import java.util.concurrent.ExecutorService;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DriverManagerDataSource;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.NimbusJwtDecoder;
import tools.jackson.databind.JsonNode;

class SigningKeysIntegrationTest extends AuthServiceIntegrationTest {

    @Autowired
    SigningKeyStore keys;

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
        SigningKeyStore restarted = new SigningKeyStore(new SigningKeyRepository(jdbc),
                new SigningKeyProperties(2048, Duration.ofMinutes(5)), Clock.systemUTC());

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
        CyclicBarrier together = new CyclicBarrier(2);
        try (ExecutorService instances = Executors.newFixedThreadPool(2)) {
            List<CompletableFuture<SigningKeyStore>> started = List.of(1, 2).stream()
                    .map(instance -> CompletableFuture.supplyAsync(() -> {
                        try {
                            together.await();
                        } catch (Exception e) {
                            throw new IllegalStateException(e);
                        }
                        return new SigningKeyStore(new SigningKeyRepository(emptyDatabase),
                                new SigningKeyProperties(2048, Duration.ofMinutes(5)), Clock.systemUTC());
                    }, instances))
                    .toList();

            String first = started.get(0).get().activeKey().kid();
            String second = started.get(1).get().activeKey().kid();

            assertThat(first).isEqualTo(second);
            assertThat(emptyDatabase.sql("SELECT count(*) FROM signing_key").query(Integer.class).single())
                    .isEqualTo(1);
        }
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
