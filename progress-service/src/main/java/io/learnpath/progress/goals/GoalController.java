package io.learnpath.progress.goals;

import io.learnpath.platform.security.AuthenticatedLearner;
import io.learnpath.platform.web.ValidSlug;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.LocalDate;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/** Goals: every endpoint acts on the token's learner only. */
@RestController
@Tag(name = "Goals", description = "A target date for finishing a roadmap; the roadmap's summary then measures your pace")
class GoalController {

    private static final String GOAL = "/api/progress/roadmaps/{slug}/goal";

    private final RoadmapGoals goals;

    GoalController(RoadmapGoals goals) {
        this.goals = goals;
    }

    @Operation(summary = "Set your goal for a roadmap", description = "A date of your own calendar after today; "
            + "setting it again replaces it. The roadmap's summary then shows the topics per week it needs, your "
            + "pace over the last four weeks and whether you are on track.")
    @ApiResponse(responseCode = "400", description = "No date, a date not after today, or one too far ahead")
    @ApiResponse(responseCode = "404", description = "Unknown roadmap")
    @PutMapping(GOAL)
    RoadmapGoal set(AuthenticatedLearner learner, @PathVariable @ValidSlug String slug,
            @RequestBody GoalRequest request) {
        return goals.set(learner.id(), slug, request.targetDate());
    }

    @Operation(summary = "Your goal for a roadmap")
    @ApiResponse(responseCode = "404", description = "Unknown roadmap, or you have no goal for it")
    @GetMapping(GOAL)
    RoadmapGoal get(AuthenticatedLearner learner, @PathVariable @ValidSlug String slug) {
        return goals.get(learner.id(), slug);
    }

    @Operation(summary = "Drop your goal for a roadmap", description = "Idempotent.")
    @ApiResponse(responseCode = "204", description = "Dropped, or there was none")
    @DeleteMapping(GOAL)
    ResponseEntity<Void> delete(AuthenticatedLearner learner, @PathVariable @ValidSlug String slug) {
        goals.delete(learner.id(), slug);
        return ResponseEntity.noContent().build();
    }

    /** @param targetDate YYYY-MM-DD */
    record GoalRequest(LocalDate targetDate) {
    }
}
