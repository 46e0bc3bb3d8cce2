package io.learnpath.progress.milestones;

import io.learnpath.platform.paging.Page;
import io.learnpath.platform.paging.PageQuery;
import io.learnpath.platform.security.AuthenticatedLearner;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/** The caller's milestones. */
@RestController
@Tag(name = "Milestones", description = "What you reached: first topic, levels, 25/50/75/100 % of a roadmap, streaks")
class MilestoneController {

    private final Milestones milestones;

    MilestoneController(Milestones milestones) {
        this.milestones = milestones;
    }

    @Operation(summary = "Your milestones", description = "In the order you reached them. Each is reached once and "
            + "stays reached: resetting a roadmap or a new version of it takes none back.")
    @GetMapping("/api/progress/milestones")
    Page<Milestone> milestones(AuthenticatedLearner learner, @Valid PageQuery page) {
        return milestones.page(learner.id(), page);
    }
}
