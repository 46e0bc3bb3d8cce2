package io.learnpath.notification.preferences;

import io.learnpath.platform.security.AuthenticatedLearner;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.LocalTime;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** A learner's own notification settings; every endpoint acts on the token's learner only. */
@RestController
@RequestMapping("/api/notifications/preferences")
@Tag(name = "Notification preferences", description = "What you hear about, by which channel, and when not")
class PreferencesController {

    private final Preferences preferences;

    PreferencesController(Preferences preferences) {
        this.preferences = preferences;
    }

    @Operation(summary = "Your settings", description = "Every notification type with the channels it offers "
            + "(IN_APP, EMAIL), whether each is on, locked (account security mail cannot be switched off) and its "
            + "default; your quiet hours and the time zone they are read in.")
    @GetMapping
    PreferencesView get(AuthenticatedLearner learner) {
        return preferences.of(learner.id());
    }

    @Operation(summary = "Switch one type on or off for one channel")
    @ApiResponse(responseCode = "400", description = "Unknown type or channel, a channel the type does not offer, "
            + "or no 'enabled'")
    @ApiResponse(responseCode = "409", description = "A locked channel (account security by email)")
    @PutMapping("/{type}/{channel}")
    PreferencesView choose(AuthenticatedLearner learner, @PathVariable NotificationType type,
            @PathVariable Channel channel, @RequestBody ChoiceRequest request) {
        return preferences.choose(learner.id(), type, channel, request.enabled());
    }

    @Operation(summary = "Set your quiet hours", description = "HH:mm of your own day (your profile's time zone). "
            + "No mail and no reminder reaches you in them: mail waits until they end, reminders skip them. "
            + "A start after the end crosses midnight (22:00 to 07:00). Account security mail is never held back.")
    @ApiResponse(responseCode = "400", description = "A missing or malformed time, or start equal to end")
    @PutMapping("/quiet-hours")
    PreferencesView setQuietHours(AuthenticatedLearner learner, @RequestBody QuietHoursRequest request) {
        return preferences.setQuietHours(learner.id(), request.start(), request.end());
    }

    @Operation(summary = "Drop your quiet hours", description = "Idempotent.")
    @ApiResponse(responseCode = "204", description = "Dropped, or there were none")
    @DeleteMapping("/quiet-hours")
    ResponseEntity<Void> clearQuietHours(AuthenticatedLearner learner) {
        preferences.clearQuietHours(learner.id());
        return ResponseEntity.noContent().build();
    }

    record ChoiceRequest(Boolean enabled) {
    }

    /** @param start HH:mm, @param end HH:mm */
    record QuietHoursRequest(LocalTime start, LocalTime end) {
    }
}
