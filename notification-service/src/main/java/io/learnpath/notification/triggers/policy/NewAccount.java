package io.learnpath.notification.triggers.policy;

import java.util.UUID;

/**
 * Someone registered: what {@link WelcomePolicy} needs to know of it. The listener maps the auth-service's event
 * into this, so the rule does not change with the wire contract.
 *
 * @param eventId     the event that reported the registration; the welcome names it as its source
 * @param learnerId   the new account's id, which is its learner id everywhere
 * @param displayName how the learner wants to be called; may be blank
 */
public record NewAccount(UUID eventId, UUID learnerId, String displayName) {
}
