package io.learnpath.content.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import io.learnpath.content.ContentServiceIntegrationTest;
import io.learnpath.content.TestCurriculum;
import io.learnpath.platform.test.http.TestResponse;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.redis.core.StringRedisTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.node.ObjectNode;

/**
 * Public reads through Redis: served from the cache once read, revalidated with ETags (304), never stale after a
 * publish, and a read that loaded an older release cannot put it back.
 */
class CatalogCacheIntegrationTest extends ContentServiceIntegrationTest {

    @Autowired
    StringRedisTemplate redis;

    @Autowired
    CatalogCache cache;

    @Autowired
    JdbcClient jdbc;

    @Test
    void aReadIsCachedWithItsReleaseAndServedAsStored() {
        TestResponse first = api.get("/api/content/roadmaps/web");
        String stored = redis.opsForValue().get(CatalogCache.ENTRY_PREFIX + "tree:web");
        TestResponse second = api.get("/api/content/roadmaps/web");

        assertThat(stored).isNotNull();
        assertThat(CachedRead.decode(stored).json()).isEqualTo(first.body());
        assertThat(second.body()).isEqualTo(first.body());
        assertThat(second.header("ETag")).isEqualTo(first.header("ETag"));
        assertThat(first.header("Cache-Control")).isEqualTo("max-age=60, public");
    }

    @Test
    void sendsGzipToClientsThatAskForItAsAnotherRepresentation() throws Exception {
        TestResponse plain = api.get("/api/content/roadmaps/web");
        var request = api.request("/api/content/roadmaps/web").header("Accept-Encoding", "gzip, br")
                .toHttpRequest("GET");
        var gzipped = api.client().send(request, java.net.http.HttpResponse.BodyHandlers.ofByteArray());

        assertThat(gzipped.headers().firstValue("Content-Encoding")).hasValue("gzip");
        assertThat(gzipped.headers().firstValue("Vary").orElse("")).contains("Accept-Encoding");
        assertThat(gzipped.headers().firstValue("ETag")).hasValueSatisfying(etag ->
                assertThat(etag).isNotEqualTo(plain.header("ETag")).endsWith("-gzip\""));
        try (var unzipped = new java.util.zip.GZIPInputStream(new java.io.ByteArrayInputStream(gzipped.body()))) {
            assertThat(new String(unzipped.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8))
                    .isEqualTo(plain.body());
        }
        assertThat(plain.header("Content-Encoding")).isNull();
        assertThat(api.request("/api/content/roadmaps/web").header("Accept-Encoding", "gzip;q=0").get()
                .header("Content-Encoding")).isNull();
    }

    @Test
    void answersNotModifiedWhileTheETagMatchesAndHeadWithoutAToken() {
        for (String path : new String[] {"/api/content/roadmaps/web", "/api/content/topics/dns",
                "/api/content/projects/tiny-cache", "/api/content/roadmaps"}) {
            String etag = api.get(path).header("ETag");

            TestResponse revalidated = api.request(path).header("If-None-Match", etag).get();
            TestResponse changed = api.request(path).header("If-None-Match", "\"something-else\"").get();
            TestResponse head = api.request(path).send("HEAD");

            assertThat(head.status()).as("HEAD " + path).isEqualTo(200);
            assertThat(head.header("ETag")).isEqualTo(etag);
            assertThat(revalidated.status()).as(path).isEqualTo(304);
            assertThat(revalidated.body()).isEmpty();
            assertThat(revalidated.header("ETag")).isEqualTo(etag);
            assertThat(changed.status()).as(path).isEqualTo(200);
        }
    }

    @Test
    void aPublishIsVisibleAtOnceWithANewETag() {
        TestResponse before = api.get("/api/content/topics/caching");
        assertThat(api.get("/api/content/roadmaps/web").json().get("levels").get(1).get("topics").get(0)
                .get("title").asString()).isEqualTo("Caching");
        String editor = TestCurriculum.editorToken();
        TestResponse read = api.get("/api/content/draft/topics/caching", editor);
        ObjectNode topic = ((ObjectNode) read.json()).put("title", "Caching Everywhere");
        assertThat(api.request("/api/content/draft/topics/caching").token(editor)
                .header("If-Match", read.header("ETag")).json(topic).put().status()).isEqualTo(200);
        assertThat(api.request("/api/content/draft/publish").token(editor).json(Map.of("note", "Retitle")).post()
                .status()).isEqualTo(200);

        TestResponse after = api.get("/api/content/topics/caching");

        assertThat(after.json().get("title").asString()).isEqualTo("Caching Everywhere");
        assertThat(after.header("ETag")).isNotEqualTo(before.header("ETag"));
        assertThat(api.request("/api/content/topics/caching").header("If-None-Match", before.header("ETag")).get()
                .status()).isEqualTo(200);
        assertThat(api.get("/api/content/roadmaps/web").json().get("levels").get(1).get("topics").get(0)
                .get("title").asString()).isEqualTo("Caching Everywhere");
    }

    @Test
    void aPublishOnAnotherInstanceIsSeenHereAtOnce() {
        // Another instance's publish shows here only as a raised release mark in Redis (and new rows in the
        // database): this instance's in-memory copy must not be served after it.
        assertThat(api.get("/api/content/projects/tiny-cache").json().get("title").asString())
                .isEqualTo("A Tiny Caching Proxy");
        int current = Integer.parseInt(redis.opsForValue().get(CatalogCache.RELEASE_KEY));
        jdbc.sql("UPDATE projects SET document = jsonb_set(document, '{title}', '\"A Small Caching Proxy\"') "
                + "WHERE slug = 'tiny-cache'").update();
        jdbc.sql("INSERT INTO curriculum_releases (number, source, published_by, published_at) "
                + "VALUES (:number, 'EDITOR', 'another-instance', now())").param("number", current + 1).update();
        try {
            redis.opsForValue().set(CatalogCache.RELEASE_KEY, String.valueOf(current + 1));

            assertThat(api.get("/api/content/projects/tiny-cache").json().get("title").asString())
                    .isEqualTo("A Small Caching Proxy");
        } finally {
            jdbc.sql("UPDATE projects SET document = jsonb_set(document, '{title}', '\"A Tiny Caching Proxy\"') "
                    + "WHERE slug = 'tiny-cache'").update();
            cache.releasePublished(current + 1);
        }
    }

    @Test
    void aReadOfAnOlderReleaseIsNotStoredAfterAPublish() {
        int current = Integer.parseInt(redis.opsForValue().get(CatalogCache.RELEASE_KEY));
        cache.releasePublished(current + 1);

        CachedRead late = cache.read("late-test", () -> CachedRead.of(current, "{\"old\":true}"));
        CachedRead fresh = cache.read("fresh-test", () -> CachedRead.of(current + 1, "{\"new\":true}"));
        boolean lateStored = redis.hasKey(CatalogCache.ENTRY_PREFIX + "late-test");
        boolean freshStored = redis.hasKey(CatalogCache.ENTRY_PREFIX + "fresh-test");
        // The mark back at the real release, or every later read of this shared context would go uncached.
        redis.opsForValue().set(CatalogCache.RELEASE_KEY, String.valueOf(current));
        redis.delete(java.util.List.of(CatalogCache.ENTRY_PREFIX + "late-test",
                CatalogCache.ENTRY_PREFIX + "fresh-test"));

        assertThat(late.json()).isEqualTo("{\"old\":true}");
        assertThat(fresh.json()).isEqualTo("{\"new\":true}");
        assertThat(lateStored).isFalse();
        assertThat(freshStored).isTrue();
    }
}
