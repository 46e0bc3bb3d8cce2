package io.learnpath.progress.selfcheck;

import io.learnpath.platform.domain.ConflictException;
import io.learnpath.platform.domain.FieldError;
import io.learnpath.platform.domain.ForbiddenException;
import io.learnpath.platform.domain.InvalidInputException;
import io.learnpath.platform.domain.NotFoundException;
import io.learnpath.platform.paging.Page;
import io.learnpath.platform.paging.PageQuery;
import io.learnpath.platform.transaction.AfterCommit;
import io.learnpath.progress.catalog.AnswerKey;
import io.learnpath.progress.catalog.CatalogRoadmap;
import io.learnpath.progress.catalog.CatalogTopic;
import io.learnpath.progress.catalog.RoadmapCatalog;
import io.learnpath.progress.erasure.ErasedLearners;
import io.learnpath.progress.selfcheck.policy.SelfCheckGrading;
import io.learnpath.progress.summary.policy.PercentComplete;
import io.learnpath.progress.tracking.RecordedStatus;
import io.learnpath.progress.tracking.TopicStatus;
import io.learnpath.progress.tracking.TopicStatusUpdater;
import io.learnpath.progress.tracking.TopicStatuses;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Self-checks: grades a learner's answers to a topic's questions with the answer keys the roadmap's publication
 * carried (no call to the content-service), records every attempt, and on request marks a passed topic done.
 * The learner is always the caller.
 */
@Service
@EnableConfigurationProperties(SelfCheckProperties.class)
public class SelfChecks {

    private final RoadmapCatalog catalog;
    private final SelfCheckAttemptStore attempts;
    private final ErasedLearners erasedLearners;
    private final TopicStatusUpdater statuses;
    private final TopicStatuses recorded;
    private final ApplicationEventPublisher events;
    private final SelfCheckProperties properties;
    private final MeterRegistry meters;
    private final Clock clock;

    SelfChecks(RoadmapCatalog catalog, SelfCheckAttemptStore attempts, ErasedLearners erasedLearners,
            TopicStatusUpdater statuses, TopicStatuses recorded, ApplicationEventPublisher events, SelfCheckProperties properties,
            MeterRegistry meters, Clock clock) {
        this.catalog = catalog;
        this.attempts = attempts;
        this.erasedLearners = erasedLearners;
        this.statuses = statuses;
        this.recorded = recorded;
        this.events = events;
        this.properties = properties;
        this.meters = meters;
        this.clock = clock;
        // Both outcomes from the start, at 0: a rate sees the first attempt, and a dashboard has a series to show.
        counter(true);
        counter(false);
    }

    /**
     * Grades and records an attempt; with {@code markDoneIfPassed}, a pass also sets the topic DONE (publishing
     * {@code TopicStatusChanged} as any change does), all in one transaction.
     *
     * @throws NotFoundException     for an unknown roadmap, or a topic it does not list
     * @throws ConflictException     for a topic without self-check questions
     * @throws InvalidInputException naming each question unanswered, answered with no choice of it, or unknown
     * @throws ForbiddenException    for a learner whose account was deleted
     */
    @Transactional
    public SelfCheckAttempt attempt(UUID learnerId, String roadmapSlug, String topicSlug, Map<String, String> answers,
            boolean markDoneIfPassed) {
        if (erasedLearners.isErased(learnerId)) {
            throw new ForbiddenException("This account has been deleted");
        }
        CatalogRoadmap roadmap = catalog.roadmap(roadmapSlug)
                .orElseThrow(() -> new NotFoundException("roadmap", roadmapSlug));
        CatalogTopic topic = catalog.topic(roadmap, topicSlug)
                .orElseThrow(() -> new NotFoundException("topic", roadmapSlug + "/" + topicSlug));
        List<AnswerKey> keys = catalog.answerKeys(roadmap.id(), topic.id());
        if (keys.isEmpty()) {
            throw new ConflictException("no-self-check", "No self-check",
                    "The topic " + topicSlug + " has no self-check questions");
        }
        List<FieldError> problems = SelfCheckGrading.problems(keys, answers);
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        SelfCheckGrading.Grade grade = SelfCheckGrading.grade(keys, answers, properties.passMark());
        Instant now = clock.instant().truncatedTo(ChronoUnit.MICROS);
        TopicStatus status = markDoneIfPassed && grade.passed()
                ? statuses.update(learnerId, roadmapSlug, topicSlug, TopicStatus.DONE).status()
                : Optional.ofNullable(recorded.of(learnerId, List.of(topic.id())).get(topic.id()))
                        .map(RecordedStatus::status).orElse(TopicStatus.NOT_STARTED);
        SelfCheckAttempt attempt = new SelfCheckAttempt(UUID.randomUUID(), roadmap.slug(), topic.slug(),
                topic.title(), now, grade.correct(), grade.total(), PercentComplete.of(grade.correct(), grade.total()),
                grade.passed(), grade.results(), status);
        attempts.insert(learnerId, roadmap.id(), topic.id(), attempt);
        events.publishEvent(new SelfCheckAttempted(attempt.attemptId(), learnerId, roadmap.id(), roadmap.slug(),
                topic.id(), topic.slug(), topic.title(), grade.correct(), grade.total(), grade.passed(), now));
        countAfterCommit(grade.passed());
        return attempt;
    }

    /** @throws NotFoundException for an unknown topic, or before the learner's first attempt at it */
    @Transactional(readOnly = true)
    public TopicSelfCheck ofTopic(UUID learnerId, String roadmapSlug, String topicSlug) {
        CatalogRoadmap roadmap = catalog.roadmap(roadmapSlug)
                .orElseThrow(() -> new NotFoundException("roadmap", roadmapSlug));
        CatalogTopic topic = catalog.topic(roadmap, topicSlug)
                .orElseThrow(() -> new NotFoundException("topic", roadmapSlug + "/" + topicSlug));
        return attempts.ofTopic(learnerId, topic.id())
                .orElseThrow(() -> new NotFoundException("self-check", roadmapSlug + "/" + topicSlug));
    }

    @Transactional(readOnly = true)
    public Page<SelfCheckSummary> page(UUID learnerId, PageQuery page) {
        return Page.of(attempts.page(learnerId, page.offset(), page.size()), page, attempts.topicCount(learnerId));
    }

    List<ExportedAttempt> allOf(UUID learnerId) {
        return attempts.allOf(learnerId);
    }

    void eraseAllOf(UUID learnerId) {
        attempts.deleteAllOf(learnerId);
    }

    // Counting inside the transaction would count attempts that are rolled back.
    private void countAfterCommit(boolean passed) {
        AfterCommit.run(counter(passed)::increment);
    }

    private Counter counter(boolean passed) {
        return Counter.builder("learnpath.progress.self_check_attempts")
                .description("Self-check attempts committed, by outcome")
                .tag("outcome", passed ? "passed" : "failed")
                .register(meters);
    }
}
