package io.learnpath.content.search;

import static org.assertj.core.api.Assertions.assertThat;

import io.learnpath.content.ContentServiceIntegrationTest;
import io.learnpath.platform.test.http.TestResponse;
import java.util.List;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/** PostgreSQL full-text search over the test curriculum: ranking, snippets, typo tolerance and pages. */
class SearchIntegrationTest extends ContentServiceIntegrationTest {

    @Test
    void ranksATitleMatchAboveMentionsInBodies() {
        JsonNode results = search("caching");

        assertThat(results.get("searchedFor").asString()).isEqualTo("caching");
        JsonNode first = results.get("items").get(0);
        assertThat(first.get("kind").asString()).isEqualTo("TOPIC");
        assertThat(first.get("slug").asString()).isEqualTo("caching");
        assertThat(first.get("snippet").asString()).contains("<mark>Caching</mark>");
        assertThat(kinds(results)).contains("PROJECT", "RESOURCE");
    }

    @Test
    void forgivesSmallTypos() {
        JsonNode caching = search("cachng");
        JsonNode dns = search("resolvres hierarchy");

        assertThat(caching.get("query").asString()).isEqualTo("cachng");
        assertThat(caching.get("searchedFor").asString()).isEqualTo("caching");
        assertThat(caching.get("items").get(0).get("slug").asString()).isEqualTo("caching");
        assertThat(dns.get("searchedFor").asString()).isEqualTo("resolvers hierarchy");
        assertThat(dns.get("items").get(0).get("slug").asString()).isEqualTo("dns");
    }

    @Test
    void findsResourcesAndProjectIdeas() {
        JsonNode resources = search("specification");
        JsonNode projects = search("proxy");

        assertThat(resources.get("items").get(0).get("kind").asString()).isEqualTo("RESOURCE");
        assertThat(resources.get("items").get(0).get("url").asString()).startsWith("https://");
        assertThat(projects.get("items").get(0).get("kind").asString()).isEqualTo("PROJECT");
        assertThat(projects.get("items").get(0).get("slug").asString()).isEqualTo("tiny-cache");
    }

    @Test
    void pagesThroughResults() {
        JsonNode all = search("web");
        JsonNode first = ok(api.get("/api/content/search?q=web&size=2"));
        JsonNode second = ok(api.get("/api/content/search?q=web&size=2&page=1"));

        assertThat(all.get("totalItems").asLong()).isGreaterThan(2);
        assertThat(first.get("items")).hasSize(2);
        assertThat(first.get("totalPages").asLong()).isEqualTo((all.get("totalItems").asLong() + 1) / 2);
        assertThat(second.get("items").get(0).toString()).isNotEqualTo(first.get("items").get(0).toString());
    }

    @Test
    void findsNothingForWordsNobodyWrote() {
        JsonNode results = search("xylophone");

        assertThat(results.get("totalItems").asLong()).isZero();
        assertThat(results.get("items")).isEmpty();
    }

    private JsonNode search(String query) {
        return ok(api.get("/api/content/search?q=" + query.replace(" ", "+")));
    }

    private static JsonNode ok(TestResponse response) {
        assertThat(response.status()).as(response.toString()).isEqualTo(200);
        return response.json();
    }

    private static List<String> kinds(JsonNode results) {
        return results.get("items").valueStream().map(item -> item.get("kind").asString()).toList();
    }
}
