package io.learnpath.progress.summary;

import io.learnpath.platform.paging.Page;
import io.learnpath.platform.paging.PageQuery;
import io.learnpath.platform.security.AuthenticatedLearner;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import org.springframework.http.CacheControl;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/** The caller's overview across the roadmaps they follow; there is no way to ask for someone else's. */
@RestController
@Tag(name = "Progress")
class ProgressOverviewController {

    private final ProgressOverviewReader reader;

    ProgressOverviewController(ProgressOverviewReader reader) {
        this.reader = reader;
    }

    /** Cached like the summary: private, revalidated with its ETag. */
    @Operation(summary = "Your progress across the roadmaps you follow", description = "Each followed roadmap's "
            + "counts, percent ((done + skipped) / total) and levels, most recently followed first. Following is "
            + "explicit (PUT /api/progress/roadmaps/{slug}/follow) or starts with your first progress on the "
            + "roadmap.")
    @GetMapping("/api/progress/roadmaps")
    ResponseEntity<Page<RoadmapOverview>> overview(AuthenticatedLearner learner, @Valid PageQuery page) {
        return ResponseEntity.ok()
                .cacheControl(CacheControl.noCache().cachePrivate())
                .body(reader.overview(learner.id(), page));
    }
}
