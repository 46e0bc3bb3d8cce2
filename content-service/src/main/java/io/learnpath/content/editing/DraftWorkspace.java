package io.learnpath.content.editing;

import io.learnpath.content.curriculum.Curriculum;
import io.learnpath.content.curriculum.ItemKind;
import io.learnpath.content.curriculum.Project;
import io.learnpath.content.curriculum.Roadmap;
import io.learnpath.content.curriculum.Topic;
import io.learnpath.content.curriculum.Violation;
import io.learnpath.content.curriculum.policy.CurriculumRules;
import io.learnpath.content.publishing.CurriculumPublisher;
import io.learnpath.content.publishing.Publication;
import io.learnpath.content.publishing.Release;
import io.learnpath.platform.domain.ConflictException;
import io.learnpath.platform.domain.FieldError;
import io.learnpath.platform.domain.InvalidInputException;
import io.learnpath.platform.domain.NotFoundException;
import io.learnpath.platform.domain.StaleVersionException;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.json.JsonMapper;

/**
 * The editors' draft of the whole curriculum. Every change is checked against the whole draft as it would stand
 * after it, with every rule the files obey, so the draft is always publishable; each item carries a revision that
 * an update must name ({@code If-Match}), so two editors cannot overwrite each other unknowingly. Renaming a topic
 * renames every reference to it in the same change. Removing an item needs a reason, which the publish records.
 */
@Service
@Transactional
public class DraftWorkspace {

    private final DraftStore store;
    private final CurriculumPublisher publisher;
    private final JsonMapper json;
    private final Clock clock;

    DraftWorkspace(DraftStore store, CurriculumPublisher publisher, JsonMapper json, Clock clock) {
        this.store = store;
        this.publisher = publisher;
        this.json = json;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    public Curriculum curriculum() {
        List<Roadmap> roadmaps = new ArrayList<>();
        List<Topic> topics = new ArrayList<>();
        List<Project> projects = new ArrayList<>();
        for (DraftStore.Row row : store.all()) {
            switch (row.kind()) {
                case ROADMAP -> roadmaps.add(json.readValue(row.document(), Roadmap.class));
                case TOPIC -> topics.add(json.readValue(row.document(), Topic.class));
                case PROJECT -> projects.add(json.readValue(row.document(), Project.class));
            }
        }
        return new Curriculum(roadmaps, topics, projects);
    }

    @Transactional(readOnly = true)
    public DraftItem get(ItemKind kind, String slug) {
        DraftStore.Row row = row(kind, slug);
        return new DraftItem(kind, row.id(), row.slug(), row.revision(), json.readValue(row.document(),
                typeOf(kind)));
    }

    /** Adds a new item; an id may be given (to keep one from elsewhere), else one is made. */
    public DraftItem create(ItemKind kind, Object item, String editor) {
        store.lock();
        Curriculum draft = curriculum();
        UUID given = idOf(item);
        if (given != null && itemsOf(draft, kind).stream().anyMatch(existing -> given.equals(idOf(existing)))) {
            throw new InvalidInputException("id", "is the id of another " + kind.noun() + " in the draft");
        }
        UUID id = Optional.ofNullable(given).orElseGet(UUID::randomUUID);
        Object withId = withId(item, id);
        if (find(draft, kind, slugOf(withId)).isPresent()) {
            throw new InvalidInputException("slug", "is used by another " + kind.noun());
        }
        Curriculum next = replaced(draft, kind, null, withId);
        check(next, kind, slugOf(withId));
        store.forgetRemoval(kind, id);
        return save(kind, withId, editor);
    }

    /** Replaces an item with {@code item} if {@code expectedRevision} is still current. */
    public DraftItem update(ItemKind kind, String slug, Object item, int expectedRevision, String editor) {
        store.lock();
        DraftStore.Row current = row(kind, slug);
        if (current.revision() != expectedRevision) {
            throw new StaleVersionException(kind.noun(), slug, expectedRevision, current.revision());
        }
        UUID id = idOf(item);
        if (id != null && !id.equals(current.id())) {
            throw new InvalidInputException("id", "cannot change (it is " + current.id() + ")");
        }
        Object withId = withId(item, current.id());
        String newSlug = slugOf(withId);
        Curriculum draft = curriculum();
        if (!newSlug.equals(slug) && find(draft, kind, newSlug).isPresent()) {
            throw new InvalidInputException("slug", "is used by another " + kind.noun());
        }
        Curriculum next = replaced(draft, kind, current.id(), withId);
        if (kind == ItemKind.TOPIC && !newSlug.equals(slug)) {
            next = renamed(next, slug, newSlug);
        }
        check(next, kind, newSlug);
        saveChanged(draft, next, editor);
        return get(kind, newSlug);
    }

    /** Takes an item out of the draft; the next publish retires it and records {@code reason}. */
    public void remove(ItemKind kind, String slug, int expectedRevision, String reason, String editor) {
        store.lock();
        DraftStore.Row current = row(kind, slug);
        if (current.revision() != expectedRevision) {
            throw new StaleVersionException(kind.noun(), slug, expectedRevision, current.revision());
        }
        Curriculum next = replaced(curriculum(), kind, current.id(), null);
        check(next, kind, slug);
        store.delete(kind, current.id());
        store.recordRemoval(kind, current.id(), slug, reason, editor, now());
    }

    @Transactional(readOnly = true)
    public DraftDiff diff() {
        return DraftDiffs.between(publisher.published(), curriculum());
    }

    /** Publishes the draft as the next release; refuses a draft that changes nothing. */
    public Release publish(String note, String editor) {
        store.lock();
        Curriculum draft = curriculum();
        DraftDiff diff = DraftDiffs.between(publisher.published(), draft);
        if (!diff.hasChanges()) {
            throw new ConflictException("nothing-to-publish", "Nothing to publish",
                    "The draft is the same as the published curriculum");
        }
        Release release = publisher.publish(draft, new Publication(Publication.Source.EDITOR, editor, note, null,
                store.removalReasons(), "removed by " + editor));
        store.clearRemovals();
        return release;
    }

    /**
     * Merges items read from files into the draft: an item with a known id replaces that item, a new one is added.
     * The merged draft must obey every rule, or nothing changes.
     */
    public DraftDiff importItems(Curriculum imported, String editor) {
        store.lock();
        Curriculum draft = curriculum();
        Curriculum next = draft;
        for (Roadmap roadmap : imported.roadmaps()) {
            next = replaced(next, ItemKind.ROADMAP, roadmap.id(), roadmap);
        }
        for (Topic topic : imported.topics()) {
            next = replaced(next, ItemKind.TOPIC, topic.id(), topic);
        }
        for (Project project : imported.projects()) {
            next = replaced(next, ItemKind.PROJECT, project.id(), project);
        }
        check(next, null, null);
        saveChanged(draft, next, editor);
        return DraftDiffs.between(publisher.published(), next);
    }

    /** Makes the draft exactly {@code files}: what the start-up import does before publishing them. */
    public void replaceWithFiles(Curriculum files, String importer) {
        store.lock();
        store.deleteAll();
        store.clearRemovals();
        files.roadmaps().forEach(roadmap -> save(ItemKind.ROADMAP, roadmap, importer));
        files.topics().forEach(topic -> save(ItemKind.TOPIC, topic, importer));
        files.projects().forEach(project -> save(ItemKind.PROJECT, project, importer));
    }

    private void saveChanged(Curriculum before, Curriculum after, String editor) {
        saveChanged(ItemKind.ROADMAP, before.roadmaps(), after.roadmaps(), Roadmap::id, editor);
        saveChanged(ItemKind.TOPIC, before.topics(), after.topics(), Topic::id, editor);
        saveChanged(ItemKind.PROJECT, before.projects(), after.projects(), Project::id, editor);
    }

    private <T> void saveChanged(ItemKind kind, List<T> before, List<T> after, Function<T, UUID> id, String editor) {
        Map<UUID, T> old = before.stream().collect(Collectors.toMap(id, Function.identity()));
        for (T item : after) {
            if (!Objects.equals(old.get(id.apply(item)), item)) {
                save(kind, item, editor);
                store.forgetRemoval(kind, id.apply(item));
            }
        }
    }

    private DraftItem save(ItemKind kind, Object item, String editor) {
        int revision = store.save(kind, idOf(item), slugOf(item), json.writeValueAsString(item), editor, now());
        return new DraftItem(kind, idOf(item), slugOf(item), revision, item);
    }

    /**
     * Every violation in the would-be draft. Those of the item being changed name its fields plainly
     * ({@code questions[1].choices}); those it causes elsewhere name the other item's file
     * ({@code roadmaps/backend.yaml#levels.basic[3]}).
     */
    private static void check(Curriculum next, ItemKind kind, String slug) {
        List<Violation> violations = CurriculumRules.check(next);
        if (!violations.isEmpty()) {
            throw new InvalidInputException(violations.stream().map(v -> new FieldError(
                    v.kind() == kind && Objects.equals(v.slug(), slug) ? v.field() : v.file() + "#" + v.field(),
                    v.message())).toList());
        }
    }

    /** {@code draft} with the item of {@code id} replaced by {@code item} (added when absent, removed when null). */
    private static Curriculum replaced(Curriculum draft, ItemKind kind, UUID id, Object item) {
        return switch (kind) {
            case ROADMAP -> new Curriculum(swap(draft.roadmaps(), Roadmap::id, id, (Roadmap) item), draft.topics(),
                    draft.projects());
            case TOPIC -> new Curriculum(draft.roadmaps(), swap(draft.topics(), Topic::id, id, (Topic) item),
                    draft.projects());
            case PROJECT -> new Curriculum(draft.roadmaps(), draft.topics(),
                    swap(draft.projects(), Project::id, id, (Project) item));
        };
    }

    private static <T> List<T> swap(List<T> items, Function<T, UUID> idOf, UUID id, T replacement) {
        List<T> result = new ArrayList<>(items.stream().filter(item -> !idOf.apply(item).equals(id)).toList());
        if (replacement != null) {
            result.add(replacement);
        }
        return result;
    }

    /** Every reference to topic {@code from} now says {@code to}. */
    private static Curriculum renamed(Curriculum draft, String from, String to) {
        Function<List<String>, List<String>> rename = slugs -> slugs.stream().map(s -> s.equals(from) ? to : s)
                .toList();
        List<Topic> topics = draft.topics().stream().map(t -> new Topic(t.id(), t.slug(), t.title(), t.summary(),
                t.effortHours(), rename.apply(t.prerequisites()), rename.apply(t.subtopics()), t.resources(),
                t.questions(), t.body())).toList();
        List<Roadmap> roadmaps = draft.roadmaps().stream().map(r -> {
            Map<io.learnpath.content.curriculum.Level, List<String>> levels = new LinkedHashMap<>();
            r.levels().forEach((level, slugs) -> levels.put(level, rename.apply(slugs)));
            return new Roadmap(r.id(), r.slug(), r.title(), r.description(), levels);
        }).toList();
        List<Project> projects = draft.projects().stream().map(p -> new Project(p.id(), p.slug(), p.title(),
                p.summary(), p.difficulty(), rename.apply(p.topics()), p.acceptanceCriteria(), p.body())).toList();
        return new Curriculum(roadmaps, topics, projects);
    }

    private DraftStore.Row row(ItemKind kind, String slug) {
        return store.find(kind, slug).orElseThrow(() -> new NotFoundException(kind.noun() + " in the draft", slug));
    }

    private static Optional<?> find(Curriculum draft, ItemKind kind, String slug) {
        return switch (kind) {
            case ROADMAP -> draft.roadmap(slug);
            case TOPIC -> draft.topic(slug);
            case PROJECT -> draft.project(slug);
        };
    }

    private static List<?> itemsOf(Curriculum draft, ItemKind kind) {
        return switch (kind) {
            case ROADMAP -> draft.roadmaps();
            case TOPIC -> draft.topics();
            case PROJECT -> draft.projects();
        };
    }

    static Class<?> typeOf(ItemKind kind) {
        return switch (kind) {
            case ROADMAP -> Roadmap.class;
            case TOPIC -> Topic.class;
            case PROJECT -> Project.class;
        };
    }

    private static UUID idOf(Object item) {
        return switch (item) {
            case Roadmap roadmap -> roadmap.id();
            case Topic topic -> topic.id();
            case Project project -> project.id();
            default -> throw new IllegalArgumentException("Not a curriculum item: " + item);
        };
    }

    private static String slugOf(Object item) {
        return switch (item) {
            case Roadmap roadmap -> roadmap.slug();
            case Topic topic -> topic.slug();
            case Project project -> project.slug();
            default -> throw new IllegalArgumentException("Not a curriculum item: " + item);
        };
    }

    private static Object withId(Object item, UUID id) {
        return switch (item) {
            case Roadmap r -> new Roadmap(id, r.slug(), r.title(), r.description(), r.levels());
            case Topic t -> new Topic(id, t.slug(), t.title(), t.summary(), t.effortHours(), t.prerequisites(),
                    t.subtopics(), t.resources(), t.questions(), t.body());
            case Project p -> new Project(id, p.slug(), p.title(), p.summary(), p.difficulty(), p.topics(),
                    p.acceptanceCriteria(), p.body());
            default -> throw new IllegalArgumentException("Not a curriculum item: " + item);
        };
    }

    private Instant now() {
        return clock.instant().truncatedTo(ChronoUnit.MICROS);
    }
}
