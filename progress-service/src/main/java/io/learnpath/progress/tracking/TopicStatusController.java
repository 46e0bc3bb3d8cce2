package io.learnpath.progress.tracking;

import io.learnpath.platform.security.AuthenticatedLearner;
import io.learnpath.platform.web.ValidSlug;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import java.util.List;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/** A learner sets their own status on a topic; the learner is always the token's subject. */
@RestController
@Tag(name = "Progress")
class TopicStatusController {

    private final TopicStatusUpdater updater;

    TopicStatusController(TopicStatusUpdater updater) {
        this.updater = updater;
    }

    @Operation(summary = "Set your status on a topic", description = "Idempotent: setting the status a topic already "
            + "has changes nothing (previousStatus then equals status). An unknown roadmap, or a topic that is not on "
            + "it, is a 404 problem. The status belongs to the topic: it shows in every roadmap that includes it.")
    // Declared for its second reason: a token that outlives its deleted account.
    @ApiResponse(responseCode = "403", description = "The token's roles do not allow this, or its account has been "
            + "deleted (its progress is erased and stays so)")
    @PutMapping("/api/progress/roadmaps/{slug}/topics/{topicSlug}")
    StatusChange setStatus(AuthenticatedLearner learner, @PathVariable @ValidSlug String slug,
            @PathVariable @ValidSlug String topicSlug,
            @Valid @RequestBody StatusUpdateRequest request) {
        return updater.update(learner.id(), slug, topicSlug, request.status());
    }

    @Operation(summary = "Set your status on several topics of a roadmap at once", description = "All or nothing: "
            + "a topic the roadmap does not list, or one named twice, is a 400 naming each such item and nothing "
            + "changes. Otherwise like setting each alone, in one transaction; the answers in the request's order.")
    @ApiResponse(responseCode = "403", description = "The token's account has been deleted")
    @PutMapping("/api/progress/roadmaps/{slug}/topics")
    List<StatusChange> setStatuses(AuthenticatedLearner learner, @PathVariable @ValidSlug String slug,
            @Valid @RequestBody BulkStatusUpdateRequest request) {
        return updater.updateAll(learner.id(), slug, request.topics());
    }
}
