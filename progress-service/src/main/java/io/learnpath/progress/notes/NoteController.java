package io.learnpath.progress.notes;

import io.learnpath.platform.paging.Page;
import io.learnpath.platform.paging.PageQuery;
import io.learnpath.platform.security.AuthenticatedLearner;
import io.learnpath.platform.web.ValidSlug;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Private notes: every endpoint acts on the token's learner only; nobody else's notes can be named. */
@RestController
@Tag(name = "Notes", description = "Your private notes on topics (Markdown), never visible to anyone else")
class NoteController {

    private static final String NOTE = "/api/progress/roadmaps/{slug}/topics/{topicSlug}/note";

    private final TopicNotes notes;

    NoteController(TopicNotes notes) {
        this.notes = notes;
    }

    @Operation(summary = "Write your note on a topic", description = "Creates or replaces it. Markdown, at most "
            + "10,000 characters. The note belongs to the topic: it shows in every roadmap that lists it.")
    @ApiResponse(responseCode = "400", description = "The body is missing, too long or holds control characters")
    @ApiResponse(responseCode = "404", description = "Unknown roadmap, or a topic it does not list")
    @PutMapping(NOTE)
    TopicNote save(AuthenticatedLearner learner, @PathVariable @ValidSlug String slug,
            @PathVariable @ValidSlug String topicSlug, @RequestBody NoteRequest request) {
        return notes.save(learner.id(), slug, topicSlug, request.body());
    }

    @Operation(summary = "Read your note on a topic")
    @ApiResponse(responseCode = "404", description = "Unknown topic, or you have no note on it")
    @GetMapping(NOTE)
    TopicNote read(AuthenticatedLearner learner, @PathVariable @ValidSlug String slug,
            @PathVariable @ValidSlug String topicSlug) {
        return notes.read(learner.id(), slug, topicSlug);
    }

    @Operation(summary = "Delete your note on a topic", description = "Idempotent.")
    @ApiResponse(responseCode = "204", description = "Deleted, or there was none")
    @DeleteMapping(NOTE)
    ResponseEntity<Void> delete(AuthenticatedLearner learner, @PathVariable @ValidSlug String slug,
            @PathVariable @ValidSlug String topicSlug) {
        notes.delete(learner.id(), slug, topicSlug);
        return ResponseEntity.noContent().build();
    }

    @Operation(summary = "List or search your notes", description = "Without q: most recently changed first. With q: "
            + "the notes holding its words (quotes for a phrase, -word to exclude), best match first, with the "
            + "passage around them. Only ever your own notes.")
    @GetMapping("/api/progress/notes")
    Page<NoteMatch> find(AuthenticatedLearner learner,
            @RequestParam(required = false) @Parameter(description = "Words to find") String q,
            @Valid PageQuery page) {
        return notes.find(learner.id(), q, page);
    }

    /** @param body the note, Markdown */
    record NoteRequest(String body) {
    }
}
