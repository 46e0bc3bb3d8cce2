package io.learnpath.content.catalog.web;

import io.learnpath.content.catalog.CatalogReader;
import io.learnpath.content.catalog.CatalogViews;
import io.learnpath.platform.web.ValidSlug;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/content/topics")
@Tag(name = "Topics", description = "One topic with its body, resources, self-check questions and project ideas; "
        + "checking an answer reveals the right one and why.")
class TopicController {

    private final CatalogReader reader;
    private final CachedResponses responses;

    TopicController(CatalogReader reader, CachedResponses responses) {
        this.reader = reader;
        this.responses = responses;
    }

    @GetMapping("/{slug}")
    @Operation(summary = "Get a topic",
            description = "Body (Markdown), learning resources, questions with their choices (keys a, b, c...; the "
                    + "answers are not included), prerequisites, sub-topics, the roadmaps it belongs to and the "
                    + "project ideas that practise it.")
    @ApiResponse(responseCode = "200", description = "The topic",
            content = @Content(schema = @Schema(implementation = CatalogViews.TopicPage.class)))
    ResponseEntity<byte[]> topic(@PathVariable @ValidSlug String slug) {
        return responses.ok(reader.topic(slug));
    }

    @PostMapping("/{slug}/questions/{questionId}/answers")
    @Operation(summary = "Check an answer", description = "Says whether the choice is right, which one is, and why. "
            + "Nothing is recorded here; the progress-service keeps learners' results.")
    CatalogViews.AnswerCheck answer(@PathVariable @ValidSlug String slug, @PathVariable @ValidSlug String questionId,
            @Valid @RequestBody Answer answer) {
        return reader.check(slug, questionId, answer.choice());
    }

    /** @param choice the key of the chosen choice: a, b, c... */
    record Answer(@NotNull @Pattern(regexp = "[a-z]", message = "must be one letter, a to z") String choice) {
    }
}
