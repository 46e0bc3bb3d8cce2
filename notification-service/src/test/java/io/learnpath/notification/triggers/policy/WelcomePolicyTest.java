package io.learnpath.notification.triggers.policy;

import static org.assertj.core.api.Assertions.assertThat;

import io.learnpath.notification.inbox.NewNotification;
import io.learnpath.notification.inbox.NotificationKind;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class WelcomePolicyTest {

    private final WelcomePolicy policy = new WelcomePolicy();

    private static NewAccount registered(UUID learnerId, String displayName) {
        return new NewAccount(UUID.randomUUID(), learnerId, displayName);
    }

    @Test
    void everyNewAccountIsWelcomed() {
        UUID user = UUID.randomUUID();
        NewAccount registration = registered(user, "Ada");

        NewNotification notification = policy.notificationFor(registration);

        assertThat(notification.learnerId()).isEqualTo(user);
        assertThat(notification.kind()).isEqualTo(NotificationKind.WELCOME);
        assertThat(notification.sourceEventId()).isEqualTo(registration.eventId());
        assertThat(notification.body()).contains("roadmap");
    }

    @Test
    void theWelcomeGreetsByName() {
        assertThat(policy.notificationFor(registered(UUID.randomUUID(), " Ada ")).title())
                .isEqualTo("Welcome to Learnpath, Ada!");
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = "   ")
    void withoutANameTheWelcomeIsStillFriendly(String displayName) {
        assertThat(policy.notificationFor(registered(UUID.randomUUID(), displayName)).title())
                .isEqualTo("Welcome to Learnpath!");
    }
}
