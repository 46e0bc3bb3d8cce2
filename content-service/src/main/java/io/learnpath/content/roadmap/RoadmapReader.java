package io.learnpath.content.roadmap;

import io.learnpath.platform.domain.NotFoundException;
import org.springframework.cache.annotation.CacheEvict;
import org.springframework.cache.annotation.Cacheable;
import org.springframework.stereotype.Service;

/**
 * Reads one roadmap with its topics, through the Redis cache: roadmaps are read on every page view and change
 * only when a new version is released, which is when {@link #forget} is called.
 */
@Service
public class RoadmapReader {

    public static final String CACHE = "roadmaps";

    private final RoadmapStore store;

    RoadmapReader(RoadmapStore store) {
        this.store = store;
    }

    /** @throws NotFoundException when no roadmap has this slug (not cached, so a new roadmap shows at once) */
    @Cacheable(cacheNames = CACHE, key = "#slug")
    public RoadmapDetail read(String slug) {
        return store.detail(slug).orElseThrow(() -> new NotFoundException("roadmap", slug));
    }

    /** Drops the cached copy; the next read loads the current version from the database. */
    @CacheEvict(cacheNames = CACHE, key = "#slug")
    public void forget(String slug) {
        // The annotation does the work; the method exists to give callers a name for it.
    }
}
