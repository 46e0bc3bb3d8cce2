package io.learnpath.progress.guidance;

import io.learnpath.platform.security.AuthenticatedLearner;
import io.learnpath.platform.web.ValidSlug;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import java.util.List;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@Tag(name = "Progress")
class GuidanceController {

    private final LearnerGuidance guidance;

    GuidanceController(LearnerGuidance guidance) {
        this.guidance = guidance;
    }

    @Operation(summary = "What to learn next on a roadmap", description = "The topics you have not done or skipped "
            + "whose prerequisites you all have (prerequisites on other roadmaps count too), easiest level first, "
            + "then in the roadmap's order.")
    @ApiResponse(responseCode = "404", description = "Unknown roadmap")
    @GetMapping("/api/progress/roadmaps/{slug}/next")
    List<NextTopic> next(AuthenticatedLearner learner, @PathVariable @ValidSlug String slug,
            @RequestParam(defaultValue = "5") @Min(1) @Max(50) @Parameter(description = "At most this many (1-50)")
            int limit) {
        return guidance.next(learner.id(), slug, limit);
    }

    @Operation(summary = "Where you left off", description = "The topic you changed last, with a roadmap that lists "
            + "it.")
    @ApiResponse(responseCode = "404", description = "You have not started anything yet")
    @GetMapping("/api/progress/resume")
    ResumePoint resume(AuthenticatedLearner learner) {
        return guidance.resume(learner.id());
    }
}
