package io.learnpath.progress.streaks;

import io.learnpath.platform.security.AuthenticatedLearner;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/** The caller's streaks. */
@RestController
@Tag(name = "Streaks", description = "Runs of consecutive days you learnt on, in your time zone")
class StreakController {

    private final Streaks streaks;

    StreakController(Streaks streaks) {
        this.streaks = streaks;
    }

    @Operation(summary = "Your current and longest streak", description = "A day counts when you changed a topic's "
            + "status (other than back to NOT_STARTED) or took a self-check, on that day in the time zone you had "
            + "then. The current streak stays alive until the end of the day after your last active day.")
    @GetMapping("/api/progress/streak")
    Streak streak(AuthenticatedLearner learner) {
        return streaks.of(learner.id());
    }
}
