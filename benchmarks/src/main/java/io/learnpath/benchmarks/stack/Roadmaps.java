package io.learnpath.benchmarks.stack;

import io.learnpath.launcher.Component;
import io.learnpath.platform.test.http.TestHttp;
import io.learnpath.platform.test.http.TestResponse;
import java.util.List;
import java.util.stream.Stream;

/** The curriculum as the content-service serves it, for cases that mark topics. */
public final class Roadmaps {

    /** The roadmap every case works on: the largest (177 topics). */
    public static final String BACKEND = "backend";

    private Roadmaps() {
    }

    /** The roadmap's topics in learning order, sub-topics included, as their slugs. */
    public static List<String> topicsOf(StackEndpoints stack, String roadmap) {
        // Directly at the content-service: one anonymous read through the gateway would draw from the per-address
        // budget every other case's setup shares.
        TestResponse tree = TestHttp.at(stack.direct(Component.CONTENT)).get("/api/content/roadmaps/" + roadmap);
        if (tree.status() != 200) {
            throw new IllegalStateException("The " + roadmap + " roadmap could not be read: " + tree);
        }
        return tree.json().path("levels").valueStream().flatMap(level -> level.path("topics").valueStream())
                .flatMap(topic -> Stream.concat(Stream.of(topic), topic.path("subtopics").valueStream()))
                .map(topic -> topic.path("slug").asString()).toList();
    }
}
