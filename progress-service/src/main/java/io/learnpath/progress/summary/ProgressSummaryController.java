package io.learnpath.progress.summary;

import io.learnpath.platform.security.AuthenticatedLearner;
import io.learnpath.platform.web.ValidSlug;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.http.CacheControl;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/** The caller's own progress on a roadmap; there is no way to ask for someone else's. */
@RestController
@Tag(name = "Progress", description = "The caller's own progress; the learner is always the token's subject")
class ProgressSummaryController {

    private final ProgressSummaryReader reader;

    ProgressSummaryController(ProgressSummaryReader reader) {
        this.reader = reader;
    }

    /**
     * {@code private, no-cache}: shared caches must not keep one learner's progress, but the client may keep it and
     * revalidate with the ETag. It also replaces Spring Security's {@code no-store}, which would stop the ETag.
     */
    @Operation(summary = "Get your progress on a roadmap", description = "Every topic with your status (NOT_STARTED "
            + "until set), and done/total/percent (percent = (done + skipped) / total). Sends an ETag; "
            + "If-None-Match answers 304 while nothing changed.")
    @GetMapping("/api/progress/roadmaps/{slug}")
    ResponseEntity<ProgressSummary> summary(AuthenticatedLearner learner, @PathVariable @ValidSlug String slug) {
        return ResponseEntity.ok()
                .cacheControl(CacheControl.noCache().cachePrivate())
                .body(reader.summary(learner.id(), slug));
    }
}
