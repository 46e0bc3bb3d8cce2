package io.learnpath.progress.catalog;

import jakarta.validation.constraints.Min;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.validation.annotation.Validated;

/**
 * @param cachedTopicLists how many roadmap versions' topic lists {@link RoadmapCatalog} keeps in memory; a few
 *     hundred topics each, and only the current version of each roadmap is read
 */
@Validated
@ConfigurationProperties("learnpath.progress.catalog")
record CatalogProperties(@Min(1) int cachedTopicLists) {
}
