package io.learnpath.progress.activity;

import io.learnpath.platform.paging.Page;
import io.learnpath.platform.paging.PageQuery;
import io.learnpath.platform.security.AuthenticatedLearner;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import java.time.LocalDate;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The caller's activity log and calendar; nobody else's can be named. */
@RestController
@Tag(name = "Activity", description = "What you did and when: the log, and a calendar of your days for a heatmap")
class ActivityController {

    private final ActivityLog log;

    ActivityController(ActivityLog log) {
        this.log = log;
    }

    @Operation(summary = "Your activity log", description = "Status changes and self-check attempts, newest first. "
            + "Each carries the day it happened on in the time zone you had then, and the names as they were.")
    @GetMapping("/api/progress/activity")
    Page<LearnerActivity> log(AuthenticatedLearner learner, @Valid PageQuery page) {
        return log.page(learner.id(), page);
    }

    @Operation(summary = "Your activity calendar", description = "Learning per day (status changes other than "
            + "back to NOT_STARTED, and self-check attempts), for a heatmap: only the days with any, oldest first. "
            + "Without from and to, the 365 days up to your today in your time zone.")
    @ApiResponse(responseCode = "400", description = "from after to, a range longer than allowed, or a date that "
            + "is not YYYY-MM-DD")
    @GetMapping("/api/progress/activity/calendar")
    ActivityCalendar calendar(AuthenticatedLearner learner,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
            @Parameter(description = "First day, YYYY-MM-DD") LocalDate from,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
            @Parameter(description = "Last day, YYYY-MM-DD (included)") LocalDate to) {
        return log.calendar(learner.id(), from, to);
    }
}
