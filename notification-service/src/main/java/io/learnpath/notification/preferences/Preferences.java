package io.learnpath.notification.preferences;

import io.learnpath.notification.contacts.LearnerContacts;
import io.learnpath.platform.domain.ConflictException;
import io.learnpath.platform.domain.FieldError;
import io.learnpath.platform.domain.InvalidInputException;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Who wants what, by which channel, and when not: the defaults of {@link NotificationType} overlaid with the
 * learner's own choices, and their quiet hours in their own time zone.
 */
@Service
public class Preferences {

    private final PreferenceStore store;
    private final LearnerContacts contacts;
    private final Clock clock;

    Preferences(PreferenceStore store, LearnerContacts contacts, Clock clock) {
        this.store = store;
        this.contacts = contacts;
        this.clock = clock;
    }

    /** Whether {@code type} may reach the learner by {@code channel}: never for a channel the type lacks. */
    @Transactional(readOnly = true)
    public boolean wants(UUID learnerId, NotificationType type, Channel channel) {
        if (!type.offers(channel)) {
            return false;
        }
        if (type.isLocked(channel)) {
            return true;
        }
        return store.choice(learnerId, type, channel).orElse(type.enabledByDefault(channel));
    }

    /**
     * When something that respects quiet hours may reach the learner: {@code at} itself, or the end of the quiet
     * hours it falls in, read in {@code zone} (the learner's, which the caller has at hand already).
     */
    @Transactional(readOnly = true)
    public Instant releaseTime(UUID learnerId, ZoneId zone, Instant at) {
        return store.quietHoursOf(learnerId).map(hours -> hours.releaseTime(at, zone)).orElse(at);
    }

    @Transactional(readOnly = true)
    public boolean isQuietNow(UUID learnerId, ZoneId zone) {
        Instant now = clock.instant();
        return releaseTime(learnerId, zone, now).isAfter(now);
    }

    @Transactional(readOnly = true)
    public PreferencesView of(UUID learnerId) {
        Map<PreferenceStore.Key, Boolean> choices = store.choicesOf(learnerId);
        List<PreferencesView.TypeView> types = new ArrayList<>();
        for (NotificationType type : NotificationType.values()) {
            List<PreferencesView.ChannelView> channels = new ArrayList<>();
            for (Channel channel : Channel.values()) {
                if (!type.offers(channel)) {
                    continue;
                }
                boolean locked = type.isLocked(channel);
                Boolean chosen = locked ? null : choices.get(new PreferenceStore.Key(type, channel));
                channels.add(new PreferencesView.ChannelView(channel,
                        chosen == null ? type.enabledByDefault(channel) : chosen, locked,
                        type.enabledByDefault(channel)));
            }
            types.add(new PreferencesView.TypeView(type, channels));
        }
        Optional<QuietHours> quiet = store.quietHoursOf(learnerId);
        return new PreferencesView(contacts.zoneOf(learnerId).getId(),
                quiet.map(PreferencesView.QuietHoursView::of).orElse(null), types);
    }

    /**
     * @throws InvalidInputException ({@code channel}) when the type has no such channel
     * @throws ConflictException     ({@code preference-locked}) when the channel cannot be switched off
     */
    @Transactional
    public PreferencesView choose(UUID learnerId, NotificationType type, Channel channel, Boolean enabled) {
        if (enabled == null) {
            throw new InvalidInputException("enabled", "must be given, true or false");
        }
        if (!type.offers(channel)) {
            throw new InvalidInputException("channel", type + " is sent by " + offered(type) + " only");
        }
        if (type.isLocked(channel) && !enabled) {
            throw new ConflictException("preference-locked", "Preference locked",
                    type + " by " + channel + " cannot be switched off: it is how you learn that someone else "
                            + "changed your account");
        }
        if (!type.isLocked(channel)) {
            store.choose(learnerId, type, channel, enabled, clock.instant());
        }
        return of(learnerId);
    }

    /** @throws InvalidInputException ({@code start} or {@code end}) when missing, or the same time */
    @Transactional
    public PreferencesView setQuietHours(UUID learnerId, LocalTime start, LocalTime end) {
        List<FieldError> errors = new ArrayList<>();
        if (start == null) {
            errors.add(new FieldError("start", "must be given, as HH:mm"));
        }
        if (end == null) {
            errors.add(new FieldError("end", "must be given, as HH:mm"));
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        if (start.equals(end)) {
            throw new InvalidInputException("end", "must differ from start (quiet hours of no length, or of a "
                    + "whole day, would be a mistake either way)");
        }
        store.setQuietHours(learnerId, new QuietHours(start, end), clock.instant());
        return of(learnerId);
    }

    @Transactional
    public void clearQuietHours(UUID learnerId) {
        store.clearQuietHours(learnerId);
    }

    /** Part of erasing a learner; joins the caller's transaction. */
    @Transactional
    public void erase(UUID learnerId) {
        store.erase(learnerId);
    }

    private static List<Channel> offered(NotificationType type) {
        return Arrays.stream(Channel.values()).filter(type::offers).toList();
    }
}
