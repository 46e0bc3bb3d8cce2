package io.learnpath.progress.catalog;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.learnpath.platform.transaction.AfterCommit;
import io.learnpath.progress.catalog.policy.RoadmapVersionPolicy;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The progress-service's copy of the published roadmaps: written from the content-service's publications (see
 * {@link RoadmapPublishedListener}), read by tracking and summary so that no request has to call the
 * content-service.
 */
@Service
@EnableConfigurationProperties(CatalogProperties.class)
public class RoadmapCatalog {

    private static final Logger log = LoggerFactory.getLogger(RoadmapCatalog.class);

    private final CatalogStore store;
    private final Clock clock;
    private final Cache<VersionKey, List<CatalogTopic>> topicLists;
    private volatile boolean anyRoadmapKnown;

    RoadmapCatalog(CatalogStore store, Clock clock, CatalogProperties properties) {
        this.store = store;
        this.clock = clock;
        this.topicLists = Caffeine.newBuilder().maximumSize(properties.cachedTopicLists()).build();
    }

    /**
     * Replaces the roadmap and its topic list with the published version, unless the catalogue already holds that
     * version or a newer one. Only this roadmap's memberships change: a topic it shares with other roadmaps stays
     * in those, even when this version drops it. The caller has checked that the roadmap can be stored
     * ({@link io.learnpath.progress.catalog.policy.RoadmapPublicationCheck}).
     *
     * @param topics the version's whole topic list
     * @return true when the publication changed the catalogue
     */
    public boolean apply(CatalogRoadmap roadmap, List<CatalogTopic> topics) {
        return apply(roadmap, topics, Map.of());
    }

    /** As {@link #apply(CatalogRoadmap, List)}, with the answer keys of the topics' self-check questions by id. */
    @Transactional
    public boolean apply(CatalogRoadmap roadmap, List<CatalogTopic> topics, Map<UUID, List<AnswerKey>> answerKeys) {
        Integer stored = store.lockVersion(roadmap.id());
        if (!RoadmapVersionPolicy.shouldApply(stored, roadmap.version())) {
            log.info("Roadmap {} version {} is not newer than the stored version {}: ignored", roadmap.slug(),
                    roadmap.version(), stored);
            return false;
        }
        OffsetDateTime now = OffsetDateTime.now(clock).withOffsetSameInstant(ZoneOffset.UTC);
        if (stored == null) {
            store.insert(roadmap, now);
        } else {
            store.update(roadmap, now);
        }
        store.replaceTopics(roadmap.id(), topics, answerKeys);
        // Only a committed roadmap makes the service ready; the inbox may still roll the transaction back.
        AfterCommit.run(() -> anyRoadmapKnown = true);
        log.info("Roadmap {} is now at version {} with {} topics", roadmap.slug(), roadmap.version(), topics.size());
        return true;
    }

    /** The answer keys of the topic's self-check questions on this roadmap, in the topic's order; empty if none. */
    public List<AnswerKey> answerKeys(UUID roadmapId, UUID topicId) {
        return store.answerKeys(roadmapId, topicId);
    }

    public Optional<CatalogRoadmap> roadmap(String slug) {
        return store.roadmap(slug);
    }

    public Optional<CatalogRoadmap> roadmap(UUID id) {
        return store.roadmap(id);
    }

    /**
     * The topic with this slug in this version of the roadmap; empty when it does not list it. Looked up in the
     * version's topic list ({@link #topics}), which every status change reads anyway, rather than by a statement of
     * its own; a list of a few hundred topics is searched in microseconds.
     */
    public Optional<CatalogTopic> topic(CatalogRoadmap roadmap, String topicSlug) {
        return topics(roadmap).stream().filter(topic -> topic.slug().equals(topicSlug)).findFirst();
    }

    /**
     * The topics of this version of the roadmap, in the content-service's order. Every status change asks for them
     * (milestones, summaries), so they are kept in memory: a version's topic list never changes once published, so
     * an entry keyed by id and version can never go stale, and a newer version is simply a new key, on every
     * instance. If a publication commits between the caller's read of the roadmap and this read, the list is the
     * newer version's, never an older one; that key is not asked for again once the roadmap reads as the newer
     * version.
     */
    public List<CatalogTopic> topics(CatalogRoadmap roadmap) {
        return topicLists.get(new VersionKey(roadmap.id(), roadmap.version()), key -> store.topics(key.roadmapId()));
    }

    /** These topics by id, as any roadmap lists them; ids the catalogue does not know are left out. */
    public Map<UUID, CatalogTopic> topicsById(Collection<UUID> topicIds) {
        return store.anyCopyOf(topicIds).stream().collect(Collectors.toMap(CatalogTopic::id, topic -> topic));
    }

    /**
     * The roadmaps that list any of these topics, in their current versions, each with its whole topic list: one
     * statement for the roadmaps, the lists from memory ({@link #topics}).
     */
    public Map<CatalogRoadmap, List<CatalogTopic>> roadmapsListing(Collection<UUID> topicIds) {
        Map<CatalogRoadmap, List<CatalogTopic>> listing = new LinkedHashMap<>();
        if (!topicIds.isEmpty()) {
            store.roadmapsListing(topicIds).forEach(roadmap -> listing.put(roadmap, topics(roadmap)));
        }
        return listing;
    }

    /**
     * Every copy of these topics: one per roadmap that lists the topic, by topic then roadmap; topics no roadmap
     * lists are left out.
     */
    public List<CatalogTopic> memberships(Collection<UUID> topicIds) {
        return store.everyCopyOf(topicIds);
    }

    private record VersionKey(UUID roadmapId, int version) {
    }

    /** Whether the catalogue can serve anything yet. Roadmaps are never removed, so once true it stays true. */
    public boolean knowsAnyRoadmap() {
        if (!anyRoadmapKnown) {
            anyRoadmapKnown = store.anyRoadmap();
        }
        return anyRoadmapKnown;
    }
}
