package io.learnpath.progress.reset;

import io.learnpath.platform.security.AuthenticatedLearner;
import io.learnpath.platform.web.ValidSlug;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;

/** The caller starts one of their roadmaps over; only ever their own progress. */
@RestController
@Tag(name = "Progress")
class RoadmapResetController {

    private final RoadmapReset reset;

    RoadmapResetController(RoadmapReset reset) {
        this.reset = reset;
    }

    @Operation(summary = "Start a roadmap over", description = "Sets the roadmap's topics back to NOT_STARTED, except "
            + "those another roadmap you follow also lists (a status belongs to the topic; those are answered in "
            + "keptTopics). Recorded, and published as RoadmapProgressReset plus one TopicStatusChanged per topic. "
            + "When nothing needs resetting, nothing is recorded and resetAt is null. Following is unchanged.")
    @ApiResponse(responseCode = "403", description = "The token's account has been deleted")
    @ApiResponse(responseCode = "404", description = "Unknown roadmap")
    @PostMapping("/api/progress/roadmaps/{slug}/reset")
    ResetOutcome reset(AuthenticatedLearner learner, @PathVariable @ValidSlug String slug) {
        return reset.reset(learner.id(), slug);
    }
}
