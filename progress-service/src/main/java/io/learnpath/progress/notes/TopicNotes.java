package io.learnpath.progress.notes;

import io.learnpath.platform.domain.ForbiddenException;
import io.learnpath.platform.domain.InvalidInputException;
import io.learnpath.platform.domain.NotFoundException;
import io.learnpath.platform.paging.Page;
import io.learnpath.platform.paging.PageQuery;
import io.learnpath.progress.catalog.CatalogRoadmap;
import io.learnpath.progress.catalog.CatalogTopic;
import io.learnpath.progress.catalog.RoadmapCatalog;
import io.learnpath.progress.erasure.ErasedLearners;
import io.learnpath.progress.notes.NoteStore.Found;
import io.learnpath.progress.notes.NoteStore.StoredNote;
import io.learnpath.progress.notes.policy.NoteBody;
import java.time.Clock;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A learner's private notes on topics: one per topic, kept for the topic (so it shows in every roadmap that lists
 * it), read, listed and searched by its owner alone. The learner is always the caller; no method takes another
 * learner's id from a request.
 */
@Service
public class TopicNotes {

    /** Longest search a learner may type; a longer one is a paragraph, not a query. */
    static final int MAX_QUERY = 200;

    private final RoadmapCatalog catalog;
    private final NoteStore notes;
    private final ErasedLearners erasedLearners;
    private final Clock clock;

    TopicNotes(RoadmapCatalog catalog, NoteStore notes, ErasedLearners erasedLearners, Clock clock) {
        this.catalog = catalog;
        this.notes = notes;
        this.erasedLearners = erasedLearners;
        this.clock = clock;
    }

    /**
     * @throws InvalidInputException ({@code body}) when {@link NoteBody} refuses it
     * @throws NotFoundException     for an unknown roadmap, or a topic it does not list
     * @throws ForbiddenException    for a learner whose account was deleted (a token outlives its account)
     */
    @Transactional
    public TopicNote save(UUID learnerId, String roadmapSlug, String topicSlug, String body) {
        NoteBody.violation(body).ifPresent(problem -> {
            throw new InvalidInputException("body", problem);
        });
        if (erasedLearners.isErased(learnerId)) {
            throw new ForbiddenException("This account has been deleted");
        }
        CatalogTopic topic = topic(roadmapSlug, topicSlug);
        return note(topic, notes.save(learnerId, topic.id(), body, clock.instant().truncatedTo(ChronoUnit.MICROS)));
    }

    /** @throws NotFoundException for an unknown topic, or when the learner has no note on it */
    @Transactional(readOnly = true)
    public TopicNote read(UUID learnerId, String roadmapSlug, String topicSlug) {
        CatalogTopic topic = topic(roadmapSlug, topicSlug);
        return notes.find(learnerId, topic.id()).map(stored -> note(topic, stored))
                .orElseThrow(() -> new NotFoundException("note", roadmapSlug + "/" + topicSlug));
    }

    /** Idempotent: deleting a note that is not there changes nothing. */
    @Transactional
    public void delete(UUID learnerId, String roadmapSlug, String topicSlug) {
        notes.delete(learnerId, topic(roadmapSlug, topicSlug).id());
    }

    /**
     * The learner's notes: most recently changed first, or with a {@code query} those holding its words, best match
     * first.
     */
    @Transactional(readOnly = true)
    public Page<NoteMatch> find(UUID learnerId, String query, PageQuery page) {
        if (query != null && query.length() > MAX_QUERY) {
            throw new InvalidInputException("q", "must be at most " + MAX_QUERY + " characters");
        }
        boolean searching = query != null && !query.isBlank();
        List<Found> found = searching ? notes.search(learnerId, query, page.offset(), page.size())
                : notes.recent(learnerId, page.offset(), page.size());
        long total = searching ? notes.countMatches(learnerId, query) : notes.count(learnerId);
        Map<UUID, CatalogTopic> topics = catalog.topicsById(found.stream().map(Found::topicId).toList());
        return Page.of(found.stream().map(match -> {
            CatalogTopic topic = topics.get(match.topicId());
            // A topic every roadmap has dropped since: the note stays its owner's, under the topic's id.
            return new NoteMatch(match.topicId(), topic == null ? null : topic.slug(),
                    topic == null ? null : topic.title(), match.snippet(), match.updatedAt());
        }).toList(), page, total);
    }

    /**
     * Every note of the learner, whole, oldest first; a topic that every roadmap has dropped since keeps its note,
     * under the topic's id only.
     */
    List<TopicNote> allOf(UUID learnerId) {
        List<StoredNote> stored = notes.allOf(learnerId);
        Map<UUID, CatalogTopic> topics = catalog.topicsById(stored.stream().map(StoredNote::topicId).toList());
        return stored.stream().map(note -> {
            CatalogTopic topic = topics.get(note.topicId());
            return new TopicNote(note.topicId(), topic == null ? null : topic.slug(),
                    topic == null ? null : topic.title(), note.body(), note.createdAt(), note.updatedAt());
        }).toList();
    }

    void eraseAllOf(UUID learnerId) {
        notes.deleteAllOf(learnerId);
    }

    private CatalogTopic topic(String roadmapSlug, String topicSlug) {
        CatalogRoadmap roadmap = catalog.roadmap(roadmapSlug)
                .orElseThrow(() -> new NotFoundException("roadmap", roadmapSlug));
        return catalog.topic(roadmap, topicSlug)
                .orElseThrow(() -> new NotFoundException("topic", roadmapSlug + "/" + topicSlug));
    }

    private static TopicNote note(CatalogTopic topic, StoredNote stored) {
        return new TopicNote(topic.id(), topic.slug(), topic.title(), stored.body(), stored.createdAt(),
                stored.updatedAt());
    }
}
