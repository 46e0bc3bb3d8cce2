package io.learnpath.content.roadmap;

import io.learnpath.content.ContentProperties;
import io.learnpath.platform.paging.Page;
import io.learnpath.platform.paging.PageQuery;
import io.learnpath.platform.web.ValidSlug;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import org.springframework.http.CacheControl;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * The public, read-only roadmap API. Constraint annotations on the parameters are checked by Spring MVC's
 * built-in method validation (no {@code @Validated} on purpose: that would switch to AOP validation, whose
 * exception the platform does not turn into a 400) and answered as a validation problem listing the fields.
 */
@RestController
@RequestMapping("/api/content/roadmaps")
@Tag(name = "Roadmaps", description = "The curriculum: roadmaps and their topics in order. Public reads; a "
        + "roadmap carries an ETag and Cache-Control, and If-None-Match answers 304 while it is unchanged.")
class RoadmapController {

    private final RoadmapListing listing;
    private final RoadmapReader reader;
    private final CacheControl cacheControl;

    RoadmapController(RoadmapListing listing, RoadmapReader reader, ContentProperties properties) {
        this.listing = listing;
        this.reader = reader;
        this.cacheControl = CacheControl.maxAge(properties.httpMaxAge()).cachePublic();
    }

    @GetMapping
    @Operation(summary = "List roadmaps", description = "Every roadmap without its topics, sorted by slug.")
    Page<RoadmapSummary> list(@Valid PageQuery query) {
        return listing.page(query);
    }

    /**
     * Returning the ETag on the entity lets Spring answer a matching {@code If-None-Match} with 304 (keeping
     * ETag and Cache-Control), so clients revalidate without downloading the topics again.
     */
    @GetMapping("/{slug}")
    @Operation(summary = "Get a roadmap with its topics",
            description = "The roadmap's current version with its topics in learning order. Answers 304 to an "
                    + "If-None-Match that names the current ETag.")
    ResponseEntity<RoadmapDetail> roadmap(@PathVariable @ValidSlug String slug) {
        RoadmapDetail roadmap = reader.read(slug);
        return ResponseEntity.ok()
                .eTag(RoadmapEntityTag.of(roadmap.id(), roadmap.version()))
                .cacheControl(cacheControl)
                .body(roadmap);
    }
}
