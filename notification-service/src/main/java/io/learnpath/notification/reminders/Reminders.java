package io.learnpath.notification.reminders;

import io.learnpath.notification.contacts.LearnerContacts;
import io.learnpath.notification.delivery.MailContent;
import io.learnpath.notification.delivery.Notice;
import io.learnpath.notification.delivery.NoticeDelivery;
import io.learnpath.notification.inbox.NewNotification;
import io.learnpath.notification.preferences.NotificationType;
import io.learnpath.notification.preferences.Preferences;
import io.learnpath.notification.reminders.policy.ReminderMessages;
import io.learnpath.notification.reminders.policy.ReminderRules;
import io.learnpath.notification.reminders.policy.StudyState;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Finds the reminders that are due and sends each once. Any number of instances may run this at the same time:
 * an occasion is sent by the transaction that records it in {@code reminder_sent} (a unique key), together with
 * what it queues, so a second instance, a second run or a crash and retry never sends it again.
 *
 * <p>Quiet hours hold reminders back: a learner in them is passed over and looked at again on the next run.
 */
@Service
public class Reminders {

    // PostgreSQL orders uuids by their bytes, unsigned: all zeros comes first (Java's signed order would not).
    private static final UUID FIRST = new UUID(0, 0);
    private static final List<NotificationType> REMINDERS = List.of(NotificationType.STREAK_REMINDER,
            NotificationType.INACTIVITY_NUDGE, NotificationType.WEEKLY_DIGEST);

    private final StudyStore log;
    private final NoticeDelivery delivery;
    private final Preferences preferences;
    private final LearnerContacts contacts;
    private final ReminderProperties properties;
    private final ReminderRules rules;
    private final TransactionTemplate transactions;
    private final MeterRegistry meters;
    private final Clock clock;

    Reminders(StudyStore log, NoticeDelivery delivery, Preferences preferences, LearnerContacts contacts,
            ReminderProperties properties, TransactionTemplate transactions, MeterRegistry meters, Clock clock) {
        this.log = log;
        this.delivery = delivery;
        this.preferences = preferences;
        this.contacts = contacts;
        this.properties = properties;
        this.rules = new ReminderRules(properties.streakReminderAt(), properties.inactiveDays(),
                properties.nudgeAt(), properties.digestDay(), properties.digestAt());
        this.transactions = transactions;
        this.meters = meters;
        this.clock = clock;
        for (NotificationType type : REMINDERS) {
            counter(type); // from the start, at 0: a rate sees the first of a type
        }
    }

    /** One pass over every learner who may be due something now; returns how many reminders it sent. */
    public int sendDue() {
        Instant now = clock.instant();
        int sent = 0;
        LocalDate utcToday = LocalDate.ofInstant(now, ZoneOffset.UTC);
        UUID after = FIRST;
        List<StudyStore.Learner> batch;
        do {
            batch = log.candidates(utcToday, properties.inactiveDays(), after, properties.batchSize());
            for (StudyStore.Learner learner : batch) {
                sent += remind(learner, now);
                after = learner.learnerId();
            }
        } while (batch.size() == properties.batchSize());
        after = FIRST;
        List<UUID> readers;
        do {
            readers = log.digestReaders(after, properties.batchSize());
            for (UUID reader : readers) {
                sent += digest(reader, now);
                after = reader;
            }
        } while (readers.size() == properties.batchSize());
        return sent;
    }

    private int remind(StudyStore.Learner learner, Instant now) {
        LocalDateTime local = LocalDateTime.ofInstant(now, learner.zone());
        StudyState study = learner.study();
        int sent = 0;
        String streak = rules.streakReminder(study, local).orElse(null);
        if (streak != null) {
            sent += send(learner.learnerId(), learner.zone(), NotificationType.STREAK_REMINDER, streak, now,
                    ReminderMessages.streak(learner.learnerId(), streak, study.streak()),
                    new MailContent("streak-reminder", Map.of("streak", study.streak())));
        }
        String nudge = rules.inactivityNudge(study, local).orElse(null);
        if (nudge != null) {
            long idle = ChronoUnit.DAYS.between(study.lastStudyDay(), local.toLocalDate());
            sent += send(learner.learnerId(), learner.zone(), NotificationType.INACTIVITY_NUDGE, nudge, now,
                    ReminderMessages.nudge(learner.learnerId(), nudge, idle),
                    new MailContent("inactivity-nudge", Map.of("idleDays", idle)));
        }
        return sent;
    }

    private int digest(UUID learnerId, Instant now) {
        ZoneId zone = contacts.zoneOf(learnerId);
        LocalDateTime local = LocalDateTime.ofInstant(now, zone);
        String occasion = rules.weeklyDigest(local).orElse(null);
        if (occasion == null) {
            return 0;
        }
        LocalDate lastWeek = ReminderRules.weekStart(local.toLocalDate()).minusWeeks(1);
        StudyStore.Week week = log.week(learnerId, lastWeek);
        int streak = log.studyOf(learnerId).map(study -> study.currentStreak(local.toLocalDate())).orElse(0);
        return send(learnerId, zone, NotificationType.WEEKLY_DIGEST, occasion, now,
                ReminderMessages.digest(learnerId, occasion, week.topicsDone(), week.milestones(), streak),
                new MailContent("weekly-digest", Map.of("topicsDone", week.topicsDone(),
                        "milestones", week.milestones(), "streak", streak, "weekStart", lastWeek.toString(),
                        "weekEnd", lastWeek.plusDays(6).toString())));
    }

    private int send(UUID learnerId, ZoneId zone, NotificationType type, String occasion, Instant now,
            NewNotification inApp, MailContent mail) {
        if (!delivery.wantsAny(learnerId, type) || preferences.isQuietNow(learnerId, zone)) {
            return 0;
        }
        boolean sent = Boolean.TRUE.equals(transactions.execute(status -> {
            if (!log.claim(learnerId, occasion, now)) {
                return false;
            }
            delivery.deliver(new Notice(learnerId, type, occasion, inApp, mail));
            return true;
        }));
        if (sent) {
            counter(type).increment();
        }
        return sent ? 1 : 0;
    }

    private Counter counter(NotificationType type) {
        return meters.counter("learnpath.notifications.reminders", "type", type.name());
    }
}
