package io.learnpath.content.editing.web;

import io.learnpath.content.curriculum.Curriculum;
import io.learnpath.content.curriculum.ItemKind;
import io.learnpath.content.curriculum.Project;
import io.learnpath.content.curriculum.Roadmap;
import io.learnpath.content.curriculum.Topic;
import io.learnpath.content.curriculum.files.CurriculumFileException;
import io.learnpath.content.curriculum.files.CurriculumFiles;
import io.learnpath.content.editing.CurriculumArchive;
import io.learnpath.content.editing.DraftDiff;
import io.learnpath.content.editing.DraftItem;
import io.learnpath.content.editing.DraftWorkspace;
import io.learnpath.content.publishing.Release;
import io.learnpath.platform.domain.FieldError;
import io.learnpath.platform.domain.InvalidInputException;
import io.learnpath.platform.security.AuthenticatedLearner;
import io.learnpath.platform.web.ValidSlug;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.net.URI;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * The editors' draft: read, create, change and remove roadmaps, topics and project ideas, see what a publish would
 * change, and publish. Editors and admins only. Changes name the revision they are based on in {@code If-Match}
 * (the ETag of the item's last read); a missing one answers 428, an outdated one 412.
 */
@RestController
@RequestMapping("/api/content/draft")
@PreAuthorize("hasAnyRole('EDITOR', 'ADMIN')")
@Tag(name = "Draft", description = "Editing the curriculum (EDITOR or ADMIN): a draft of every roadmap, topic and "
        + "project idea, its diff from what is published, publishing it as a new version, and import/export in "
        + "the repository's file format.")
class DraftController {

    private final DraftWorkspace draft;

    DraftController(DraftWorkspace draft) {
        this.draft = draft;
    }

    @GetMapping("/diff")
    @Operation(summary = "What a publish would change", description = "Per roadmap the topics added, removed, moved "
            + "and updated (by id); per topic and project the fields that changed.")
    DraftDiff diff() {
        return draft.diff();
    }

    @PostMapping("/publish")
    @ApiResponse(responseCode = "200", description = "The release: its number and each roadmap's new version")
    @ApiResponse(responseCode = "409", description = "The draft is the same as the published curriculum")
    @Operation(summary = "Publish the draft", description = "Every roadmap whose tree or topics changed gets a new "
            + "version, announced by RoadmapPublished with its diff. 409 when the draft changes nothing.")
    Release publish(@Valid @RequestBody PublishRequest request, AuthenticatedLearner editor) {
        return draft.publish(request.note(), editor.id().toString());
    }

    /** @param note why this release, kept with it */
    record PublishRequest(@NotBlank @Size(max = 500) String note) {
    }

    @GetMapping("/roadmaps/{slug}")
    @Operation(summary = "Read a roadmap of the draft")
    ResponseEntity<Roadmap> roadmap(@PathVariable @ValidSlug String slug) {
        return read(ItemKind.ROADMAP, slug, Roadmap.class);
    }

    @PostMapping("/roadmaps")
    @Operation(summary = "Add a roadmap to the draft")
    ResponseEntity<Roadmap> createRoadmap(@RequestBody Roadmap roadmap, AuthenticatedLearner editor) {
        return created(draft.create(ItemKind.ROADMAP, roadmap, editor.id().toString()), Roadmap.class);
    }

    @PutMapping("/roadmaps/{slug}")
    @ApiResponse(responseCode = "428", description = "If-Match is missing")
    @ApiResponse(responseCode = "200", description = "The changed item; its new revision is in the ETag")
    @Operation(summary = "Change a roadmap of the draft")
    ResponseEntity<Roadmap> updateRoadmap(@PathVariable @ValidSlug String slug, @RequestBody Roadmap roadmap,
            @RequestHeader(name = HttpHeaders.IF_MATCH, required = false) String ifMatch,
            AuthenticatedLearner editor) {
        return ok(draft.update(ItemKind.ROADMAP, slug, roadmap, Revisions.required(ifMatch), editor.id().toString()),
                Roadmap.class);
    }

    @DeleteMapping("/roadmaps/{slug}")
    @ApiResponse(responseCode = "428", description = "If-Match is missing")
    @ApiResponse(responseCode = "204", description = "Removed from the draft; the next publish retires it")
    @Operation(summary = "Remove a roadmap from the draft", description = "Recorded with the reason on publish.")
    ResponseEntity<Void> removeRoadmap(@PathVariable @ValidSlug String slug, @Valid RemovalReason removal,
            @RequestHeader(name = HttpHeaders.IF_MATCH, required = false) String ifMatch,
            AuthenticatedLearner editor) {
        draft.remove(ItemKind.ROADMAP, slug, Revisions.required(ifMatch), removal.reason(), editor.id().toString());
        return ResponseEntity.noContent().build();
    }

    @GetMapping("/topics/{slug}")
    @Operation(summary = "Read a topic of the draft", description = "With its answers and explanations.")
    ResponseEntity<Topic> topic(@PathVariable @ValidSlug String slug) {
        return read(ItemKind.TOPIC, slug, Topic.class);
    }

    @PostMapping("/topics")
    @Operation(summary = "Add a topic to the draft", description = "The topic must meet every rule: at least two "
            + "resources, three questions with exactly one right answer each, an effort, a body of 400 to 20,000 "
            + "characters, known prerequisites that form no cycle. Add it to a roadmap (or a parent's subtopics) "
            + "for learners to see it.")
    ResponseEntity<Topic> createTopic(@RequestBody Topic topic, AuthenticatedLearner editor) {
        return created(draft.create(ItemKind.TOPIC, topic, editor.id().toString()), Topic.class);
    }

    @PutMapping("/topics/{slug}")
    @ApiResponse(responseCode = "428", description = "If-Match is missing")
    @ApiResponse(responseCode = "200", description = "The changed item; its new revision is in the ETag")
    @Operation(summary = "Change a topic of the draft", description = "A new slug renames the topic everywhere it is "
            + "referenced; its id, and so learners' progress, stays.")
    ResponseEntity<Topic> updateTopic(@PathVariable @ValidSlug String slug, @RequestBody Topic topic,
            @RequestHeader(name = HttpHeaders.IF_MATCH, required = false) String ifMatch,
            AuthenticatedLearner editor) {
        return ok(draft.update(ItemKind.TOPIC, slug, topic, Revisions.required(ifMatch), editor.id().toString()),
                Topic.class);
    }

    @DeleteMapping("/topics/{slug}")
    @ApiResponse(responseCode = "428", description = "If-Match is missing")
    @ApiResponse(responseCode = "204", description = "Removed from the draft; the next publish retires it")
    @Operation(summary = "Remove a topic from the draft", description = "Refused while a roadmap, topic or project "
            + "still refers to it. On publish the topic is retired (its id keeps resolving for learners' history) "
            + "and the removal is recorded with the reason.")
    ResponseEntity<Void> removeTopic(@PathVariable @ValidSlug String slug, @Valid RemovalReason removal,
            @RequestHeader(name = HttpHeaders.IF_MATCH, required = false) String ifMatch,
            AuthenticatedLearner editor) {
        draft.remove(ItemKind.TOPIC, slug, Revisions.required(ifMatch), removal.reason(), editor.id().toString());
        return ResponseEntity.noContent().build();
    }

    @GetMapping("/projects/{slug}")
    @Operation(summary = "Read a project idea of the draft")
    ResponseEntity<Project> project(@PathVariable @ValidSlug String slug) {
        return read(ItemKind.PROJECT, slug, Project.class);
    }

    @PostMapping("/projects")
    @Operation(summary = "Add a project idea to the draft")
    ResponseEntity<Project> createProject(@RequestBody Project project, AuthenticatedLearner editor) {
        return created(draft.create(ItemKind.PROJECT, project, editor.id().toString()), Project.class);
    }

    @PutMapping("/projects/{slug}")
    @ApiResponse(responseCode = "428", description = "If-Match is missing")
    @ApiResponse(responseCode = "200", description = "The changed item; its new revision is in the ETag")
    @Operation(summary = "Change a project idea of the draft")
    ResponseEntity<Project> updateProject(@PathVariable @ValidSlug String slug, @RequestBody Project project,
            @RequestHeader(name = HttpHeaders.IF_MATCH, required = false) String ifMatch,
            AuthenticatedLearner editor) {
        return ok(draft.update(ItemKind.PROJECT, slug, project, Revisions.required(ifMatch), editor.id().toString()),
                Project.class);
    }

    @DeleteMapping("/projects/{slug}")
    @ApiResponse(responseCode = "428", description = "If-Match is missing")
    @ApiResponse(responseCode = "204", description = "Removed from the draft; the next publish retires it")
    @Operation(summary = "Remove a project idea from the draft")
    ResponseEntity<Void> removeProject(@PathVariable @ValidSlug String slug, @Valid RemovalReason removal,
            @RequestHeader(name = HttpHeaders.IF_MATCH, required = false) String ifMatch,
            AuthenticatedLearner editor) {
        draft.remove(ItemKind.PROJECT, slug, Revisions.required(ifMatch), removal.reason(), editor.id().toString());
        return ResponseEntity.noContent().build();
    }

    /** @param reason why the item goes, recorded with the release that removes it ({@code ?reason=}) */
    record RemovalReason(@NotBlank @Size(max = 500) String reason) {
    }

    @GetMapping(value = "/export", produces = "application/zip")
    @Operation(summary = "Export the whole draft", description = "A zip of roadmaps/, topics/ and projects/ in the "
            + "repository's format: unpack it into content-service/src/main/resources/curriculum and commit.")
    ResponseEntity<byte[]> export() {
        return Archives.attachment("curriculum-draft.zip", CurriculumArchive.zip(draft.curriculum()));
    }

    @PostMapping(value = "/import", consumes = {"application/zip", MediaType.APPLICATION_OCTET_STREAM_VALUE})
    @Operation(summary = "Import files into the draft", description = "A zip in the repository's format (an export). "
            + "Items with a known id replace those items, new ones are added; the merged draft must obey every "
            + "rule, or nothing changes (400 naming each file and field). Answers the draft's diff.")
    DraftDiff importArchive(@RequestBody @Parameter(description = "The zip archive") byte[] archive,
            AuthenticatedLearner editor) {
        Curriculum imported;
        try {
            imported = CurriculumFiles.parse(CurriculumArchive.unzip(archive));
        } catch (CurriculumFileException e) {
            throw new InvalidInputException(e.details().stream().map(problem -> new FieldError(
                    problem.field().isEmpty() ? problem.file() : problem.file() + "#" + problem.field(),
                    problem.message())).toList());
        }
        return draft.importItems(imported, editor.id().toString());
    }

    private <T> ResponseEntity<T> read(ItemKind kind, String slug, Class<T> type) {
        return ok(draft.get(kind, slug), type);
    }

    private static <T> ResponseEntity<T> ok(DraftItem item, Class<T> type) {
        return ResponseEntity.ok().header(HttpHeaders.ETAG, item.etag()).body(type.cast(item.item()));
    }

    private static <T> ResponseEntity<T> created(DraftItem item, Class<T> type) {
        return ResponseEntity.created(URI.create("/api/content/draft/" + item.kind().directory() + "/" + item.slug()))
                .header(HttpHeaders.ETAG, item.etag()).body(type.cast(item.item()));
    }
}
