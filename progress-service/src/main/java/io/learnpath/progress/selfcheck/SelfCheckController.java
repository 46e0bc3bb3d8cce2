package io.learnpath.progress.selfcheck;

import io.learnpath.platform.paging.Page;
import io.learnpath.platform.paging.PageQuery;
import io.learnpath.platform.security.AuthenticatedLearner;
import io.learnpath.platform.web.ValidSlug;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.Map;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** Self-checks: every endpoint acts on the token's learner only. */
@RestController
@Tag(name = "Self-checks", description = "Answer a topic's questions, see your score, and mark it done when you pass")
class SelfCheckController {

    private static final String SELF_CHECK = "/api/progress/roadmaps/{slug}/topics/{topicSlug}/self-check";

    private final SelfChecks selfChecks;

    SelfCheckController(SelfChecks selfChecks) {
        this.selfChecks = selfChecks;
    }

    @Operation(summary = "Take a topic's self-check", description = "Answer every question of the topic (its ids "
            + "and choices come from the content API's topic page) with a choice key: a, b, c... Answers are graded "
            + "and recorded; with markDoneIfPassed a pass also marks the topic DONE.")
    @ApiResponse(responseCode = "201", description = "Graded and recorded")
    @ApiResponse(responseCode = "400", description = "A question unanswered, answered with no choice of it, or not "
            + "a question of the topic")
    @ApiResponse(responseCode = "404", description = "Unknown roadmap, or a topic it does not list")
    @ApiResponse(responseCode = "409", description = "The topic has no self-check questions")
    @PostMapping(SELF_CHECK)
    @ResponseStatus(HttpStatus.CREATED)
    SelfCheckAttempt attempt(AuthenticatedLearner learner, @PathVariable @ValidSlug String slug,
            @PathVariable @ValidSlug String topicSlug, @Valid @RequestBody AttemptRequest request) {
        return selfChecks.attempt(learner.id(), slug, topicSlug, request.answers(),
                Boolean.TRUE.equals(request.markDoneIfPassed()));
    }

    @Operation(summary = "Your self-check result on a topic", description = "Attempts, best score, whether you "
            + "ever passed, and your last attempt with each answer.")
    @ApiResponse(responseCode = "404", description = "Unknown topic, or you have not taken its self-check")
    @GetMapping(SELF_CHECK)
    TopicSelfCheck result(AuthenticatedLearner learner, @PathVariable @ValidSlug String slug,
            @PathVariable @ValidSlug String topicSlug) {
        return selfChecks.ofTopic(learner.id(), slug, topicSlug);
    }

    @Operation(summary = "Your self-checks", description = "One entry per topic you took a self-check of, the most "
            + "recently taken first.")
    @GetMapping("/api/progress/self-checks")
    Page<SelfCheckSummary> results(AuthenticatedLearner learner, @Valid PageQuery page) {
        return selfChecks.page(learner.id(), page);
    }

    /**
     * @param answers          the choice key per question id
     * @param markDoneIfPassed set the topic DONE when the attempt passes
     */
    record AttemptRequest(@NotNull @Size(max = 50) Map<String, String> answers, Boolean markDoneIfPassed) {
    }
}
