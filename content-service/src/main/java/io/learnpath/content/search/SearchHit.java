package io.learnpath.content.search;

/**
 * One search result. {@code kind} is TOPIC, RESOURCE or PROJECT; {@code slug} is the topic's or project's slug
 * (for a resource, the topic it belongs to), {@code url} is set for resources, and {@code snippet} is plain text
 * with the matched words wrapped in {@code <mark>…</mark>}.
 */
public record SearchHit(String kind, String slug, String topicSlug, String title, String url, String snippet,
        double rank) {
}
