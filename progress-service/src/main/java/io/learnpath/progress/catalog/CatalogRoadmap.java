package io.learnpath.progress.catalog;

import java.util.UUID;

/** A roadmap as the progress-service knows it: the version last published by the content-service. */
public record CatalogRoadmap(UUID id, String slug, String title, int version) {
}
