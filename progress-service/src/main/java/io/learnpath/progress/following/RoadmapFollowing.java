package io.learnpath.progress.following;

import io.learnpath.platform.domain.ForbiddenException;
import io.learnpath.platform.domain.NotFoundException;
import io.learnpath.platform.paging.Page;
import io.learnpath.platform.paging.PageQuery;
import io.learnpath.progress.catalog.CatalogRoadmap;
import io.learnpath.progress.catalog.RoadmapCatalog;
import io.learnpath.progress.erasure.ErasedLearners;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Which roadmaps a learner follows: the ones their overview lists. Following is a learner's list of roadmaps, not
 * a condition for progress: statuses can be set on any roadmap, and unfollowing keeps them (they belong to the
 * topics, which other roadmaps may list). Starting a topic follows its roadmap ({@link FollowOnFirstStart}).
 */
@Service
public class RoadmapFollowing {

    private final RoadmapCatalog catalog;
    private final FollowedRoadmapStore store;
    private final ErasedLearners erasedLearners;
    private final Clock clock;
    private final FollowAnnouncements announcements;

    RoadmapFollowing(RoadmapCatalog catalog, FollowedRoadmapStore store, ErasedLearners erasedLearners, Clock clock,
            FollowAnnouncements announcements) {
        this.announcements = announcements;
        this.catalog = catalog;
        this.store = store;
        this.erasedLearners = erasedLearners;
        this.clock = clock;
    }

    /** Idempotent: following a roadmap already followed answers the first follow's time. */
    @Transactional
    public FollowedRoadmap follow(UUID learnerId, String roadmapSlug) {
        if (erasedLearners.isErased(learnerId)) {
            throw new ForbiddenException("This account has been deleted");
        }
        CatalogRoadmap roadmap = known(roadmapSlug);
        Instant now = clock.instant().truncatedTo(ChronoUnit.MICROS);
        if (store.followIfNot(learnerId, roadmap.id(), now)) {
            announcements.followed(learnerId, roadmap.id(), roadmap.slug(), now);
        }
        return followed(roadmap, store.followedAt(learnerId, roadmap.id()).orElseThrow());
    }

    /** Idempotent; the learner's statuses stay. */
    @Transactional
    public void unfollow(UUID learnerId, String roadmapSlug) {
        CatalogRoadmap roadmap = known(roadmapSlug);
        if (store.unfollow(learnerId, roadmap.id())) {
            announcements.unfollowed(learnerId, roadmap.id(), roadmap.slug(),
                    clock.instant().truncatedTo(ChronoUnit.MICROS));
        }
    }

    /** A page of the roadmaps the learner follows, most recently followed first. */
    @Transactional(readOnly = true)
    public Page<FollowedRoadmap> followed(UUID learnerId, PageQuery page) {
        return Page.of(store.page(learnerId, page.offset(), page.size()).stream()
                .map(row -> followed(catalog.roadmap(row.roadmapId()).orElseThrow(), row.followedAt()))
                .toList(), page, store.count(learnerId));
    }

    /** Every roadmap the learner follows, first followed first (a handful). */
    List<FollowedRoadmap> allOf(UUID learnerId) {
        return store.allOf(learnerId).stream()
                .map(row -> followed(catalog.roadmap(row.roadmapId()).orElseThrow(), row.followedAt()))
                .toList();
    }

    /** The ids of every roadmap the learner follows (a handful: no page needed). */
    @Transactional(readOnly = true)
    public Set<UUID> followedRoadmapIds(UUID learnerId) {
        return store.roadmapIdsOf(learnerId);
    }

    private CatalogRoadmap known(String roadmapSlug) {
        return catalog.roadmap(roadmapSlug).orElseThrow(() -> new NotFoundException("roadmap", roadmapSlug));
    }

    private static FollowedRoadmap followed(CatalogRoadmap roadmap, Instant at) {
        return new FollowedRoadmap(roadmap.id(), roadmap.slug(), roadmap.title(), at);
    }
}
