package io.learnpath.notification.deadletters;

import io.learnpath.platform.domain.ForbiddenException;
import io.learnpath.platform.domain.InvalidInputException;
import io.learnpath.platform.security.AuthenticatedLearner;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Operators' view of the events this service gave up on, and their replay after a fix (ADMIN only). */
@RestController
@RequestMapping("/api/notifications/admin/dead-letters")
@Tag(name = "Dead letters", description = "Events the service could not process, and their replay (ADMIN only)")
class DeadLetterController {

    private static final int MAX_LIMIT = 1000;

    private final DeadLetters deadLetters;

    DeadLetterController(DeadLetters deadLetters) {
        this.deadLetters = deadLetters;
    }

    @Operation(summary = "List dead letters", description = "Per record: where it is, its CloudEvents id and type, "
            + "where it came from, why it failed and whether it was replayed; never its payload.")
    @ApiResponse(responseCode = "400", description = "limit out of range (1 to 1000)")
    @GetMapping
    List<DeadLetter> list(AuthenticatedLearner operator,
            @RequestParam(defaultValue = "100") int limit) {
        requireAdmin(operator);
        requireLimit(limit);
        return deadLetters.list(limit);
    }

    @Operation(summary = "Replay one dead letter", description = "Sends it back to the topic it came from, once: "
            + "replaying it again answers replayed=false and sends nothing.")
    @ApiResponse(responseCode = "404", description = "No such dead-letter topic or record")
    @PostMapping("/{topic}/{partition}/{offset}/replay")
    Replayed replay(AuthenticatedLearner operator, @PathVariable String topic, @PathVariable int partition,
            @PathVariable long offset) {
        requireAdmin(operator);
        return new Replayed(deadLetters.replay(topic, partition, offset) ? 1 : 0);
    }

    @Operation(summary = "Replay every dead letter not replayed yet")
    @ApiResponse(responseCode = "400", description = "limit out of range (1 to 1000)")
    @PostMapping("/replay")
    Replayed replayAll(AuthenticatedLearner operator,
            @RequestParam(defaultValue = "1000") int limit) {
        requireAdmin(operator);
        requireLimit(limit);
        return new Replayed(deadLetters.replayAll(limit));
    }

    /** @param replayed how many dead letters were sent back now */
    record Replayed(int replayed) {
    }

    private static void requireLimit(int limit) {
        if (limit < 1 || limit > MAX_LIMIT) {
            throw new InvalidInputException("limit", "must be between 1 and " + MAX_LIMIT);
        }
    }

    private static void requireAdmin(AuthenticatedLearner operator) {
        if (!operator.hasRole("ADMIN")) {
            throw new ForbiddenException("Only an ADMIN handles dead letters");
        }
    }
}
