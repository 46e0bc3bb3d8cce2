package io.learnpath.progress.following;

import io.learnpath.platform.security.AuthenticatedLearner;
import io.learnpath.platform.web.ValidSlug;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RestController;

/** The caller follows or unfollows a roadmap; only ever their own list. */
@RestController
@Tag(name = "Progress")
class FollowController {

    private static final String FOLLOW = "/api/progress/roadmaps/{slug}/follow";

    private final RoadmapFollowing following;

    FollowController(RoadmapFollowing following) {
        this.following = following;
    }

    @Operation(summary = "Follow a roadmap", description = "Lists it in your overview (GET /api/progress/roadmaps). "
            + "Idempotent: following again answers the first follow's time. Starting a topic of a roadmap also "
            + "follows it.")
    @ApiResponse(responseCode = "403", description = "The token's account has been deleted")
    @ApiResponse(responseCode = "404", description = "Unknown roadmap")
    @PutMapping(FOLLOW)
    FollowedRoadmap follow(AuthenticatedLearner learner, @PathVariable @ValidSlug String slug) {
        return following.follow(learner.id(), slug);
    }

    @Operation(summary = "Unfollow a roadmap", description = "Takes it off your overview. Your statuses stay: they "
            + "belong to the topics, which other roadmaps may list. Idempotent.")
    @ApiResponse(responseCode = "204", description = "Unfollowed, or it was not followed")
    @ApiResponse(responseCode = "404", description = "Unknown roadmap")
    @DeleteMapping(FOLLOW)
    ResponseEntity<Void> unfollow(AuthenticatedLearner learner, @PathVariable @ValidSlug String slug) {
        following.unfollow(learner.id(), slug);
        return ResponseEntity.noContent().build();
    }
}
