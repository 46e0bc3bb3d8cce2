package io.learnpath.notification.triggers.policy;

import io.learnpath.notification.inbox.NewNotification;
import io.learnpath.notification.inbox.NotificationKind;
import java.util.Map;

/** Rule: every new account starts with a welcome that says what to do first. */
public class WelcomePolicy {

    public NewNotification notificationFor(NewAccount account) {
        String name = account.displayName();
        String title = name == null || name.isBlank() ? "Welcome to Learnpath!"
                : "Welcome to Learnpath, " + name.strip() + "!";
        String body = "Pick a roadmap, open its first topic and mark it in progress. "
                + "We will cheer you on every time you finish one.";
        return new NewNotification(account.learnerId(), NotificationKind.WELCOME, title, body, Map.of(),
                account.eventId());
    }
}
