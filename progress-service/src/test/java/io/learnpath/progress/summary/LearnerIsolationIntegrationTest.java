package io.learnpath.progress.summary;

import static org.assertj.core.api.Assertions.assertThat;

import io.learnpath.platform.test.http.TestResponse;
import io.learnpath.progress.ProgressIntegrationTest;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/** The learner is the token's subject: nothing in a request can reach another learner's progress. */
class LearnerIsolationIntegrationTest extends ProgressIntegrationTest {

    @Test
    void learners_see_and_change_only_their_own_statuses() {
        String slug = uniqueSlug("isolation");
        publishAndAwait(roadmap(UUID.randomUUID(), slug, "Isolation", 1,
                topic(UUID.randomUUID(), "first", "BASIC", 1),
                topic(UUID.randomUUID(), "second", "BASIC", 2)));
        UUID alice = UUID.randomUUID();
        UUID bob = UUID.randomUUID();

        assertThat(setStatus(alice, slug, "first", "DONE").status()).isEqualTo(200);
        assertThat(setStatus(alice, slug, "second", "IN_PROGRESS").status()).isEqualTo(200);

        JsonNode bobs = summary(bob, slug).json();
        assertThat(bobs.path("done").asInt()).isZero();
        assertThat(bobs.path("inProgress").asInt()).isZero();
        assertThat(bobs.path("notStarted").asInt()).isEqualTo(2);
        assertThat(bobs.path("topics").valueStream().map(topic -> topic.path("status").asString()))
                .containsOnly("NOT_STARTED");

        // Naming a learner in the request changes nothing: only the token counts.
        TestResponse bobsUpdate = put(TOKENS.learner(bob), "/api/progress/roadmaps/" + slug + "/topics/first?learnerId="
                + alice, "{\"status\":\"SKIPPED\",\"learnerId\":\"" + alice + "\"}");
        assertThat(bobsUpdate.status()).isEqualTo(200);
        assertThat(bobsUpdate.json().path("previousStatus").asString()).isEqualTo("NOT_STARTED");

        JsonNode alices = summary(alice, slug).json();
        assertThat(alices.path("done").asInt()).isEqualTo(1);
        assertThat(alices.path("skipped").asInt()).isZero();
        assertThat(alices.path("percent").asDouble()).isEqualTo(50.0);
        assertThat(summary(bob, slug).json().path("skipped").asInt()).isEqualTo(1);
    }
}
