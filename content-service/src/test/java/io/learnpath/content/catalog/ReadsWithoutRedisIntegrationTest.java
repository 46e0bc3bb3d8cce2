package io.learnpath.content.catalog;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.boot.test.context.SpringBootTest.WebEnvironment.RANDOM_PORT;

import io.learnpath.platform.test.RealInfrastructure;
import io.learnpath.platform.test.http.TestHttp;
import io.learnpath.platform.test.http.TestResponse;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.time.Duration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Bean;
import org.springframework.data.redis.connection.RedisStandaloneConfiguration;
import org.springframework.data.redis.connection.lettuce.LettuceClientConfiguration;
import org.springframework.data.redis.connection.lettuce.LettuceConnectionFactory;

/**
 * With Redis down, public reads still answer from PostgreSQL, and the start-up import still publishes. "Down" is real: the Redis client points at a port
 * where nothing listens (the test infrastructure's own Redis settings take precedence over test properties, hence
 * a connection factory of our own rather than a property). Own topic, so its start-up announcement stays out of
 * the topic the publishing test counts.
 */
@SpringBootTest(webEnvironment = RANDOM_PORT, properties = "learnpath.events.topic=learnpath.content.events.no-redis-test")
@RealInfrastructure
class ReadsWithoutRedisIntegrationTest {

    @LocalServerPort
    int port;

    TestHttp api;

    @BeforeEach
    void setUp() {
        api = TestHttp.at(port);
    }

    @Test
    void readsFromTheDatabaseEveryTime() {
        for (int read = 0; read < 3; read++) {
            TestResponse response = api.get("/api/content/roadmaps/web");
            assertThat(response.status()).isEqualTo(200);
            assertThat(response.json().get("title").asString()).isEqualTo("The Web");
            assertThat(response.json().get("topicCount").asInt()).isEqualTo(3);
        }
        assertThat(api.get("/api/content/topics/dns").status()).isEqualTo(200);
        assertThat(api.get("/api/content/roadmaps").status()).isEqualTo(200);
    }

    @Test
    void stillAnswersNotModifiedAndNotFound() {
        String etag = api.get("/api/content/roadmaps/web").header("ETag");
        assertThat(api.request("/api/content/roadmaps/web").header("If-None-Match", etag).get().status())
                .isEqualTo(304);
        assertThat(api.get("/api/content/roadmaps/no-such-roadmap").status()).isEqualTo(404);
    }

    @TestConfiguration(proxyBeanMethods = false)
    static class RedisThatIsDown {

        @Bean
        LettuceConnectionFactory unreachableRedis() {
            RedisStandaloneConfiguration server = new RedisStandaloneConfiguration("127.0.0.1", closedPort());
            return new LettuceConnectionFactory(server,
                    LettuceClientConfiguration.builder().commandTimeout(Duration.ofMillis(500)).build());
        }

        private static int closedPort() {
            try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
                return socket.getLocalPort();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }
}
