package io.learnpath.notification.preferences;

import java.util.Map;

/**
 * What a learner can choose to hear about, and by which channels, with the defaults for those who never chose. A
 * channel a type does not offer is absent from its map; a locked channel cannot be switched off (account security:
 * someone who took over an account must not be able to silence the owner's warnings).
 */
public enum NotificationType {

    TOPIC_COMPLETED(Map.of(Channel.IN_APP, Setting.ON)),
    MILESTONE_REACHED(Map.of(Channel.IN_APP, Setting.ON, Channel.EMAIL, Setting.OFF)),
    NEW_TOPICS(Map.of(Channel.IN_APP, Setting.ON, Channel.EMAIL, Setting.OFF)),
    STREAK_REMINDER(Map.of(Channel.IN_APP, Setting.ON, Channel.EMAIL, Setting.ON)),
    INACTIVITY_NUDGE(Map.of(Channel.IN_APP, Setting.ON, Channel.EMAIL, Setting.ON)),
    /** Opt-in: a summary nobody asked for is the mail people unsubscribe from everything over. */
    WEEKLY_DIGEST(Map.of(Channel.IN_APP, Setting.OFF, Channel.EMAIL, Setting.OFF)),
    ACCOUNT_SECURITY(Map.of(Channel.EMAIL, Setting.LOCKED_ON));

    enum Setting {
        ON, OFF, LOCKED_ON
    }

    private final Map<Channel, Setting> channels;

    NotificationType(Map<Channel, Setting> channels) {
        this.channels = channels;
    }

    public boolean offers(Channel channel) {
        return channels.containsKey(channel);
    }

    public boolean isLocked(Channel channel) {
        return channels.get(channel) == Setting.LOCKED_ON;
    }

    public boolean enabledByDefault(Channel channel) {
        Setting setting = channels.get(channel);
        return setting == Setting.ON || setting == Setting.LOCKED_ON;
    }
}
