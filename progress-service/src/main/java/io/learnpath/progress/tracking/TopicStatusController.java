package io.learnpath.progress.tracking;

import io.learnpath.platform.security.AuthenticatedLearner;
import io.learnpath.progress.web.Slugs;
import jakarta.validation.Valid;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/** A learner sets their own status on a topic; the learner is always the token's subject. */
@RestController
class TopicStatusController {

    private final TopicStatusUpdater updater;

    TopicStatusController(TopicStatusUpdater updater) {
        this.updater = updater;
    }

    @PutMapping("/api/progress/roadmaps/{slug}/topics/{topicSlug}")
    StatusChange setStatus(AuthenticatedLearner learner, @PathVariable String slug, @PathVariable String topicSlug,
            @Valid @RequestBody StatusUpdateRequest request) {
        return updater.update(learner.id(), Slugs.require("slug", slug), Slugs.require("topicSlug", topicSlug),
                request.status());
    }
}
