package io.learnpath.notification.triggers;

import io.learnpath.auth.events.UserRegistered;
import io.learnpath.notification.inbox.NewNotification;
import io.learnpath.notification.inbox.NotificationKind;
import java.util.Map;

/** Rule: every new account starts with a welcome that says what to do first. */
public class WelcomePolicy {

    public NewNotification notificationFor(UserRegistered registration) {
        String name = registration.displayName();
        String title = name == null || name.isBlank() ? "Welcome to Learnpath!"
                : "Welcome to Learnpath, " + name.strip() + "!";
        String body = "Pick a roadmap, open its first topic and mark it in progress. "
                + "We will cheer you on every time you finish one.";
        return new NewNotification(registration.userId(), NotificationKind.WELCOME, title, body, Map.of(),
                registration.eventId());
    }
}
