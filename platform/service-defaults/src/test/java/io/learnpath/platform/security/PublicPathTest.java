package io.learnpath.platform.security;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.http.HttpMethod;

class PublicPathTest {

    @Test
    void aGetEntryOpensHeadTooAndNothingElse() {
        PublicPath reads = PublicPath.parse("GET /api/content/roadmaps/**");

        assertThat(reads.matches(HttpMethod.GET, "/api/content/roadmaps/backend")).isTrue();
        assertThat(reads.matches(HttpMethod.HEAD, "/api/content/roadmaps/backend")).isTrue();
        assertThat(reads.matches(HttpMethod.POST, "/api/content/roadmaps/backend")).isFalse();
        assertThat(reads.matches(HttpMethod.GET, "/api/content/draft/topics/dns")).isFalse();
    }

    @Test
    void anEntryForAnotherMethodOpensOnlyThatMethod() {
        PublicPath answers = PublicPath.parse("POST /api/content/topics/*/questions/*/answers");

        assertThat(answers.matches(HttpMethod.POST, "/api/content/topics/dns/questions/dns-ttl/answers")).isTrue();
        assertThat(answers.matches(HttpMethod.HEAD, "/api/content/topics/dns/questions/dns-ttl/answers")).isFalse();
        assertThat(PublicPath.parse("/api/auth/.well-known/**").matches(HttpMethod.DELETE,
                "/api/auth/.well-known/jwks.json")).isTrue();
    }
}
