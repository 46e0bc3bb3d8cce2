package io.learnpath.progress.goals;

import io.learnpath.platform.domain.ForbiddenException;
import io.learnpath.platform.domain.InvalidInputException;
import io.learnpath.platform.domain.NotFoundException;
import io.learnpath.progress.catalog.CatalogRoadmap;
import io.learnpath.progress.catalog.RoadmapCatalog;
import io.learnpath.progress.erasure.ErasedLearners;
import io.learnpath.progress.timezone.LearnerTimeZones;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Learners' target dates for roadmaps. A target date is a day of the learner's own calendar, so "after today"
 * means after today in their time zone. The learner is always the caller.
 */
@Service
@EnableConfigurationProperties(GoalProperties.class)
public class RoadmapGoals {

    private final RoadmapCatalog catalog;
    private final GoalStore store;
    private final ErasedLearners erasedLearners;
    private final LearnerTimeZones timeZones;
    private final GoalProperties properties;
    private final Clock clock;

    RoadmapGoals(RoadmapCatalog catalog, GoalStore store, ErasedLearners erasedLearners, LearnerTimeZones timeZones,
            GoalProperties properties, Clock clock) {
        this.catalog = catalog;
        this.store = store;
        this.erasedLearners = erasedLearners;
        this.timeZones = timeZones;
        this.properties = properties;
        this.clock = clock;
    }

    /**
     * Sets or replaces the goal.
     *
     * @throws InvalidInputException ({@code targetDate}) when missing, not after the learner's today, or beyond
     *                               the horizon
     * @throws NotFoundException     for an unknown roadmap
     * @throws ForbiddenException    for a learner whose account was deleted
     */
    @Transactional
    public RoadmapGoal set(UUID learnerId, String roadmapSlug, LocalDate targetDate) {
        if (targetDate == null) {
            throw new InvalidInputException("targetDate", "must be given, as YYYY-MM-DD");
        }
        LocalDate today = today(learnerId);
        if (!targetDate.isAfter(today)) {
            throw new InvalidInputException("targetDate", "must be after today (" + today + " in your time zone)");
        }
        LocalDate latest = today.plus(properties.maxHorizon());
        if (targetDate.isAfter(latest)) {
            throw new InvalidInputException("targetDate", "must be at most " + properties.maxHorizon()
                    + " ahead (" + latest + ")");
        }
        if (erasedLearners.isErased(learnerId)) {
            throw new ForbiddenException("This account has been deleted");
        }
        CatalogRoadmap roadmap = roadmap(roadmapSlug);
        store.save(learnerId, roadmap.id(), targetDate, clock.instant().truncatedTo(ChronoUnit.MICROS));
        return store.find(learnerId, roadmap.id()).orElseThrow();
    }

    /** @throws NotFoundException for an unknown roadmap, or when the learner has no goal for it */
    @Transactional(readOnly = true)
    public RoadmapGoal get(UUID learnerId, String roadmapSlug) {
        return store.find(learnerId, roadmap(roadmapSlug).id())
                .orElseThrow(() -> new NotFoundException("goal", roadmapSlug));
    }

    /** Idempotent. @throws NotFoundException for an unknown roadmap */
    @Transactional
    public void delete(UUID learnerId, String roadmapSlug) {
        store.delete(learnerId, roadmap(roadmapSlug).id());
    }

    /** The goal with the learner's today, for the summary, in the caller's transaction. */
    public Optional<DatedGoal> forSummary(UUID learnerId, UUID roadmapId) {
        return store.find(learnerId, roadmapId).map(goal -> {
            ZoneId zone = timeZones.zoneOf(learnerId);
            return new DatedGoal(goal, LocalDate.now(clock.withZone(zone)), zone);
        });
    }

    List<RoadmapGoal> allOf(UUID learnerId) {
        return store.allOf(learnerId);
    }

    void eraseAllOf(UUID learnerId) {
        store.deleteAllOf(learnerId);
    }

    private LocalDate today(UUID learnerId) {
        return LocalDate.now(clock.withZone(timeZones.zoneOf(learnerId)));
    }

    private CatalogRoadmap roadmap(String slug) {
        return catalog.roadmap(slug).orElseThrow(() -> new NotFoundException("roadmap", slug));
    }

    /** A goal and the learner's today and zone, which decide its days. */
    public record DatedGoal(RoadmapGoal goal, LocalDate today, ZoneId zone) {
    }
}
