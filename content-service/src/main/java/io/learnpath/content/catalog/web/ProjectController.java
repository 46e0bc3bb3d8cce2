package io.learnpath.content.catalog.web;

import io.learnpath.content.catalog.CatalogReader;
import io.learnpath.content.catalog.CatalogViews;
import io.learnpath.content.curriculum.Difficulty;
import io.learnpath.platform.paging.PageQuery;
import io.learnpath.platform.web.ValidSlug;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import java.util.List;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/content/projects")
@Tag(name = "Projects", description = "Project ideas to practise on, with acceptance criteria a learner can check.")
class ProjectController {

    private final CatalogReader reader;
    private final CachedResponses responses;

    ProjectController(CatalogReader reader, CachedResponses responses) {
        this.reader = reader;
        this.responses = responses;
    }

    @GetMapping
    @Operation(summary = "List project ideas", description = "Easiest first; filter by difficulty and by the topic "
            + "practised (a topic also matches projects that practise one of its sub-topics).")
    @ApiResponse(responseCode = "200", description = "A page of project ideas",
            content = @Content(schema = @Schema(implementation = ProjectPage.class)))
    ResponseEntity<byte[]> list(
            @RequestParam(required = false) @Parameter(description = "beginner, intermediate or advanced")
            Difficulty difficulty,
            @RequestParam(required = false) @ValidSlug @Parameter(description = "A topic's slug", example = "caching")
            String topic,
            @Valid PageQuery query) {
        return responses.ok(reader.projects(difficulty, topic, query));
    }

    @GetMapping("/{slug}")
    @Operation(summary = "Get a project idea")
    @ApiResponse(responseCode = "200", description = "The project idea",
            content = @Content(schema = @Schema(implementation = CatalogViews.ProjectPage.class)))
    ResponseEntity<byte[]> project(@PathVariable @ValidSlug String slug) {
        return responses.ok(reader.project(slug));
    }

    /** For the OpenAPI document only: the shape of a page of project ideas. */
    record ProjectPage(List<CatalogViews.ProjectSummary> items, int page, int size, long totalItems,
            long totalPages) {
    }
}
