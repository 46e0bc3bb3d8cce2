package io.learnpath.content.roadmap;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.boot.test.context.SpringBootTest.WebEnvironment.RANDOM_PORT;

import io.learnpath.content.TestRoadmaps;
import io.learnpath.content.publishing.RoadmapReleaseAnnouncer;
import io.learnpath.platform.test.RealInfrastructure;
import io.learnpath.platform.test.http.TestHttp;
import io.learnpath.platform.test.http.TestResponse;
import java.time.Duration;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.cache.CacheManager;
import org.springframework.data.redis.core.StringRedisTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;

/**
 * Roadmap reads go through Redis: proven by the entry appearing in Redis and by a change made behind the
 * service's back (straight in the database) staying invisible until a new version is released.
 */
@SpringBootTest(webEnvironment = RANDOM_PORT)
@RealInfrastructure
class RoadmapCacheIntegrationTest {

    private static final String BACKEND_KEY = "content:v1:roadmaps::backend";

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    StringRedisTemplate redis;

    @Autowired
    CacheManager caches;

    @Autowired
    RoadmapReleaseAnnouncer announcer;

    TestHttp api;
    TestRoadmaps roadmaps;

    @BeforeEach
    void startWithAnEmptyCache() {
        api = TestHttp.at(port);
        roadmaps = new TestRoadmaps(jdbc);
        caches.getCache(RoadmapReader.CACHE).clear();
    }

    @AfterEach
    void restore() {
        jdbc.sql("UPDATE roadmaps SET title = :title WHERE id = :id")
                .param("title", TestRoadmaps.BACKEND_TITLE).param("id", TestRoadmaps.BACKEND_ID).update();
        roadmaps.removeAllButSeed();
        caches.getCache(RoadmapReader.CACHE).clear();
    }

    @Test
    void storesTheRoadmapInRedisAsJsonWithTheConfiguredTtl() {
        assertThat(redis.hasKey(BACKEND_KEY)).isFalse();

        api.get("/api/content/roadmaps/backend");

        assertThat(redis.opsForValue().get(BACKEND_KEY))
                .startsWith("{")
                .contains("\"slug\":\"backend\"", "\"title\":\"Backend Developer\"")
                .doesNotContain("@class");
        assertThat(redis.getExpire(BACKEND_KEY)).isBetween(1L, Duration.ofMinutes(10).toSeconds());
    }

    @Test
    void servesTheSecondReadFromRedisNotFromTheDatabase() {
        api.get("/api/content/roadmaps/backend");
        jdbc.sql("UPDATE roadmaps SET title = 'Changed behind the cache' WHERE id = :id")
                .param("id", TestRoadmaps.BACKEND_ID).update();

        JsonNode second = api.get("/api/content/roadmaps/backend").json();

        assertThat(second.get("title").asString()).isEqualTo("Backend Developer");
        assertThat(second.get("topics").size()).isEqualTo(16);
    }

    @Test
    void doesNotCacheAnUnknownRoadmap() {
        assertThat(api.get("/api/content/roadmaps/not-yet-there").status()).isEqualTo(404);
        roadmaps.add("not-yet-there", "Now it is", 1);

        assertThat(api.get("/api/content/roadmaps/not-yet-there").status()).isEqualTo(200);
    }

    @Test
    void releasingANewVersionEvictsTheCachedOne() {
        UUID id = roadmaps.add("cache-eviction", "Version one", 2);
        announcer.announcePendingReleases();
        assertThat(api.get("/api/content/roadmaps/cache-eviction").json().get("version").asInt()).isEqualTo(1);

        roadmaps.release(id, "Version two");
        assertThat(api.get("/api/content/roadmaps/cache-eviction").json().get("title").asString())
                .as("still the cached copy until the release is announced").isEqualTo("Version one");
        assertThat(announcer.announcePendingReleases()).isEqualTo(1);

        assertThat(redis.opsForValue().get("content:v1:roadmaps::cache-eviction")).as("evicted entry").isNull();
        TestResponse fresh = api.get("/api/content/roadmaps/cache-eviction");
        assertThat(fresh.json().get("title").asString()).isEqualTo("Version two");
        assertThat(fresh.json().get("version").asInt()).isEqualTo(2);
        assertThat(fresh.header("ETag")).isEqualTo("\"" + id + "-v2\"");
    }
}
