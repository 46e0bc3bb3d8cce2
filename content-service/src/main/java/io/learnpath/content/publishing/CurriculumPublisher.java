package io.learnpath.content.publishing;

import io.learnpath.content.catalog.CatalogCache;
import io.learnpath.content.curriculum.Curriculum;
import io.learnpath.content.curriculum.ItemKind;
import io.learnpath.content.curriculum.Question;
import io.learnpath.content.curriculum.Project;
import io.learnpath.content.curriculum.Roadmap;
import io.learnpath.content.curriculum.RoadmapChanges;
import io.learnpath.content.curriculum.RoadmapTree;
import io.learnpath.content.curriculum.Topic;
import io.learnpath.content.curriculum.Violation;
import io.learnpath.content.curriculum.policy.CurriculumRules;
import io.learnpath.content.curriculum.policy.RoadmapDiff;
import io.learnpath.content.events.RoadmapPublished;
import io.learnpath.content.search.SearchIndexer;
import io.learnpath.platform.domain.FieldError;
import io.learnpath.platform.domain.InvalidInputException;
import io.learnpath.platform.transaction.AfterCommit;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.json.JsonMapper;

/**
 * Turns a whole curriculum into the next release, in one transaction: the live topics, projects and roadmaps are
 * replaced (what left is retired and its removal recorded with a reason), each roadmap whose tree or topic content
 * changed gets a new version with its diff, {@link RoadmapPublished} for it goes to the outbox, and the search index
 * is rebuilt. Readers never see half a release, and after the commit the read cache moves to the new release.
 */
@Service
public class CurriculumPublisher {

    private static final Logger log = LoggerFactory.getLogger(CurriculumPublisher.class);

    /**
     * Part of every fingerprint: raised when {@code RoadmapPublished} starts carrying something consumers need
     * (2: the questions' answer keys), so that a stack upgraded with unchanged content announces each roadmap once
     * more and consumers' read models get the new field.
     */
    private static final int ANNOUNCEMENT_FORMAT = 2;

    private final ReleaseStore store;
    private final RoadmapReleases announcements;
    private final SearchIndexer search;
    private final CatalogCache cache;
    private final ApplicationEventPublisher events;
    private final JsonMapper json;
    private final Clock clock;

    CurriculumPublisher(ReleaseStore store, RoadmapReleases announcements, SearchIndexer search, CatalogCache cache,
            ApplicationEventPublisher events, JsonMapper json, Clock clock) {
        this.store = store;
        this.announcements = announcements;
        this.search = search;
        this.cache = cache;
        this.events = events;
        this.json = json;
        this.clock = clock;
    }

    /** What is live now: the base a draft is compared with, and what an export writes. */
    @Transactional(readOnly = true)
    public Curriculum published() {
        return store.published();
    }

    /**
     * Holds the publishing lock until the caller's transaction ends, so a caller can decide whether to publish
     * (the start-up import: "were these files imported already?") without another instance deciding the same.
     */
    @Transactional(propagation = org.springframework.transaction.annotation.Propagation.MANDATORY)
    public void lockForPublishing() {
        store.lockForPublishing();
    }

    /** The hash of the files last imported, if any; the start-up import compares it with the files it has. */
    @Transactional(readOnly = true)
    public java.util.Optional<String> lastImportedFilesHash() {
        return store.lastFilesHash();
    }

    /**
     * Publishes {@code next} as the new release.
     *
     * @throws InvalidInputException when {@code next} breaks a rule of {@link CurriculumRules}
     */
    @Transactional
    public Release publish(Curriculum next, Publication publication) {
        List<Violation> violations = CurriculumRules.check(next);
        if (!violations.isEmpty()) {
            throw new InvalidInputException(violations.stream()
                    .map(v -> new FieldError(v.file() + "#" + v.field(), v.message())).toList());
        }
        store.lockForPublishing();
        Instant at = clock.instant().truncatedTo(ChronoUnit.MICROS);
        Curriculum previous = store.published();
        int number = store.addRelease(publication, at);

        recordRemovals(previous, next, publication, number, at);
        store.replaceTopics(next.topics(), at);
        store.replaceProjects(next.projects(), at);
        store.retireRoadmapsExcept(next.roadmaps().stream().map(Roadmap::id).toList(), at);

        Set<UUID> updatedTopics = updatedTopics(previous, next);
        Map<UUID, ReleaseStore.CurrentVersion> current = store.currentVersions();
        Map<String, Topic> topics = next.topicsBySlug();
        List<Release.RoadmapRelease> released = new ArrayList<>();
        for (Roadmap roadmap : next.roadmaps()) {
            ReleaseStore.CurrentVersion before = current.get(roadmap.id());
            RoadmapTree candidate = RoadmapTree.of(roadmap, topics, 0, Instant.EPOCH);
            String fingerprint = fingerprint(candidate, topics);
            if (before != null && fingerprint.equals(before.fingerprint())) {
                store.refreshRoadmapDocument(roadmap);
                continue;
            }
            int version = before == null ? 1 : before.version() + 1;
            RoadmapTree tree = RoadmapTree.of(roadmap, topics, version, at);
            RoadmapChanges changes = RoadmapDiff.between(before == null ? null : before.tree(), tree, updatedTopics);
            store.saveRoadmap(roadmap, version, at);
            store.addVersion(tree, number, fingerprint, changes);
            announce(tree, changes, topics, at);
            released.add(new Release.RoadmapRelease(roadmap.slug(), version, changes));
        }
        search.rebuild(next);
        AfterCommit.run(() -> cache.releasePublished(number));
        log.info("Release {} published by {} ({}): {} roadmap version(s)", number, publication.publishedBy(),
                publication.source(), released.size());
        return new Release(number, at, released);
    }

    private void recordRemovals(Curriculum previous, Curriculum next, Publication publication, int number,
            Instant at) {
        removed(previous.topics(), next.topics(), Topic::id).forEach(topic -> store.recordRemoval(ItemKind.TOPIC,
                topic.id(), topic.slug(), reasonFor(topic.id(), publication), publication.publishedBy(), number, at));
        removed(previous.projects(), next.projects(), Project::id).forEach(project -> store.recordRemoval(
                ItemKind.PROJECT, project.id(), project.slug(), reasonFor(project.id(), publication),
                publication.publishedBy(), number, at));
        removed(previous.roadmaps(), next.roadmaps(), Roadmap::id).forEach(roadmap -> store.recordRemoval(
                ItemKind.ROADMAP, roadmap.id(), roadmap.slug(), reasonFor(roadmap.id(), publication),
                publication.publishedBy(), number, at));
    }

    private static <T> List<T> removed(List<T> before, List<T> after, Function<T, UUID> id) {
        Set<UUID> kept = after.stream().map(id).collect(Collectors.toSet());
        return before.stream().filter(item -> !kept.contains(id.apply(item))).toList();
    }

    private static String reasonFor(UUID id, Publication publication) {
        return publication.removalReasons().getOrDefault(id, publication.defaultRemovalReason());
    }

    private static Set<UUID> updatedTopics(Curriculum previous, Curriculum next) {
        Map<UUID, Topic> before = previous.topics().stream().collect(Collectors.toMap(Topic::id, t -> t));
        return next.topics().stream()
                .filter(topic -> before.containsKey(topic.id()) && !Objects.equals(before.get(topic.id()), topic))
                .map(Topic::id)
                .collect(Collectors.toSet());
    }

    /**
     * Identifies what learners of a roadmap see: its tree and the full content of every topic in it. Two releases
     * with the same fingerprint for a roadmap give it no new version, so an unrelated edit announces nothing.
     */
    private String fingerprint(RoadmapTree tree, Map<String, Topic> topics) {
        List<Topic> content = tree.placements().stream().map(placed -> topics.get(placed.topic().slug())).toList();
        byte[] input = json.writeValueAsBytes(List.of(ANNOUNCEMENT_FORMAT, tree, content));
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(input));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Every JVM has SHA-256", e);
        }
    }

    private void announce(RoadmapTree tree, RoadmapChanges changes, Map<String, Topic> topics, Instant at) {
        UUID eventId = eventIdFor(tree.id(), tree.version());
        if (!announcements.claim(tree.id(), tree.version(), eventId)) {
            return;
        }
        List<RoadmapPublished.Topic> published = tree.placements().stream().map(placed -> new RoadmapPublished.Topic(
                placed.topic().id(), placed.topic().slug(), placed.topic().title(), placed.level().name(),
                placed.position(), placed.topic().effortHours(),
                placed.topic().prerequisites().stream().map(slug -> topics.get(slug).id()).toList(),
                placed.topic().subtopics().stream().map(RoadmapTree.TopicNode::id).toList(),
                answerKeys(topics.get(placed.topic().slug())))).toList();
        events.publishEvent(new RoadmapPublished(eventId, at, tree.id(), tree.slug(), tree.title(), tree.version(),
                published, new RoadmapPublished.Changes(changes.previousVersion(), changes.added(),
                changes.removed(), changes.moved(), changes.updated())));
    }

    /** The topic's self-check questions as graders need them: each question's id, choice count and right choice. */
    private static List<RoadmapPublished.QuestionKey> answerKeys(Topic topic) {
        return topic.questions().stream().map(question -> {
            List<Question.Choice> choices = question.choices();
            int right = IntStream.range(0, choices.size()).filter(i -> choices.get(i).isRight()).findFirst()
                    .orElseThrow(() -> new IllegalStateException("question " + question.id() + " has no right "
                            + "choice; the curriculum rules let none through"));
            return new RoadmapPublished.QuestionKey(question.id(), choices.size(), Question.keyOf(right));
        }).toList();
    }

    /**
     * Derived from roadmap and version rather than random: should a version ever be announced twice (a release
     * row deleted by hand), consumers see the same {@code ce_id} and their inbox drops the repeat.
     */
    static UUID eventIdFor(UUID roadmapId, int version) {
        return UUID.nameUUIDFromBytes(("roadmap-published:" + roadmapId + ":" + version)
                .getBytes(StandardCharsets.UTF_8));
    }
}
