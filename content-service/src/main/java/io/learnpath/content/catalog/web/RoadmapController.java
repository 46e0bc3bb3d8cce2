package io.learnpath.content.catalog.web;

import io.learnpath.content.catalog.CatalogReader;
import io.learnpath.content.catalog.CatalogViews;
import io.learnpath.content.curriculum.RoadmapTree;
import io.learnpath.platform.paging.PageQuery;
import io.learnpath.platform.web.ValidSlug;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.ArraySchema;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Min;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * The public roadmap reads. Bodies are sent as cached (JSON text), so each operation names its schema for the
 * OpenAPI document. Constraint annotations on parameters are checked by Spring MVC's built-in method validation.
 */
@RestController
@RequestMapping("/api/content/roadmaps")
@Tag(name = "Roadmaps", description = "Roadmaps as trees of levels, topics and sub-topics, and their history. Public "
        + "reads with ETag and Cache-Control; If-None-Match answers 304 while the read is unchanged.")
class RoadmapController {

    private final CatalogReader reader;
    private final CachedResponses responses;

    RoadmapController(CatalogReader reader, CachedResponses responses) {
        this.reader = reader;
        this.responses = responses;
    }

    @GetMapping
    @Operation(summary = "List roadmaps", description = "Every published roadmap with its size and effort, by slug.")
    @ApiResponse(responseCode = "200", description = "A page of roadmaps",
            content = @Content(schema = @Schema(implementation = RoadmapPage.class)))
    ResponseEntity<byte[]> list(@Valid PageQuery query) {
        return responses.ok(reader.roadmaps(query));
    }

    @GetMapping("/{slug}")
    @Operation(summary = "Get a roadmap as a tree",
            description = "The current version: levels (basic, intermediate, advanced) → topics → sub-topics, each "
                    + "with its summary, effort in hours and prerequisites (by slug).")
    @ApiResponse(responseCode = "200", description = "The roadmap's current version",
            content = @Content(schema = @Schema(implementation = RoadmapTree.class)))
    ResponseEntity<byte[]> tree(@PathVariable @ValidSlug String slug) {
        return responses.ok(reader.tree(slug));
    }

    @GetMapping("/{slug}/versions")
    @Operation(summary = "List a roadmap's versions", description = "Newest first, each with what it changed.")
    @ApiResponse(responseCode = "200", description = "The versions", content = @Content(
            array = @ArraySchema(schema = @Schema(implementation = CatalogViews.VersionSummary.class))))
    ResponseEntity<byte[]> versions(@PathVariable @ValidSlug String slug) {
        return responses.ok(reader.versions(slug));
    }

    @GetMapping("/{slug}/versions/{version}")
    @Operation(summary = "Get one version of a roadmap", description = "The tree as it was published then.")
    @ApiResponse(responseCode = "200", description = "The roadmap at that version",
            content = @Content(schema = @Schema(implementation = RoadmapTree.class)))
    ResponseEntity<byte[]> version(@PathVariable @ValidSlug String slug, @PathVariable @Min(1) int version) {
        return responses.ok(reader.version(slug, version));
    }

    /** For the OpenAPI document only: the shape of a page of roadmaps. */
    record RoadmapPage(java.util.List<CatalogViews.RoadmapSummary> items, int page, int size, long totalItems,
            long totalPages) {
    }
}
