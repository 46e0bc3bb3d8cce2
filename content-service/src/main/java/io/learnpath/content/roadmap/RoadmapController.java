package io.learnpath.content.roadmap;

import io.learnpath.content.ContentProperties;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.springframework.http.CacheControl;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
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

    static final int MAX_PAGE_SIZE = 100;

    private final RoadmapCatalog catalog;
    private final RoadmapReader reader;
    private final CacheControl cacheControl;

    RoadmapController(RoadmapCatalog catalog, RoadmapReader reader, ContentProperties properties) {
        this.catalog = catalog;
        this.reader = reader;
        this.cacheControl = CacheControl.maxAge(properties.httpMaxAge()).cachePublic();
    }

    @GetMapping
    RoadmapPage list(@RequestParam(defaultValue = "0") @Min(0) int page,
            @RequestParam(defaultValue = "20") @Min(1) @Max(MAX_PAGE_SIZE) int size) {
        return catalog.page(page, size);
    }

    /**
     * Returning the ETag on the entity lets Spring answer a matching {@code If-None-Match} with 304 (keeping
     * ETag and Cache-Control), so clients revalidate without downloading the topics again.
     */
    @GetMapping("/{slug}")
    ResponseEntity<RoadmapDetail> roadmap(@PathVariable @Size(max = RoadmapSlug.MAX_LENGTH)
            @Pattern(regexp = RoadmapSlug.PATTERN, message = RoadmapSlug.MESSAGE) String slug) {
        RoadmapDetail roadmap = reader.read(slug);
        return ResponseEntity.ok()
                .eTag(RoadmapEntityTag.of(roadmap.id(), roadmap.version()))
                .cacheControl(cacheControl)
                .body(roadmap);
    }
}
