package io.learnpath.content.publishing;

import io.learnpath.content.events.RoadmapPublished;
import io.learnpath.content.roadmap.RoadmapReader;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.Optional;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Tells other services about every roadmap version they have not heard of, with a {@link RoadmapPublished} that
 * carries the whole topic list (progress-service builds its topic catalogue from it). Versions change through
 * migrations today, so this runs when the service is ready; it is idempotent, so running it again, on a restart
 * or on a second instance starting at the same moment, announces nothing twice.
 *
 * <p>Each roadmap is announced in its own transaction that both records the release and writes the event to the
 * platform outbox; Kafka gets the event after commit, retried until it acknowledges.
 */
@Component
public class RoadmapReleaseAnnouncer {

    private static final Logger log = LoggerFactory.getLogger(RoadmapReleaseAnnouncer.class);

    private final RoadmapReleases releases;
    private final RoadmapReader reader;
    private final ApplicationEventPublisher events;
    private final TransactionTemplate transactions;
    private final Clock clock;

    RoadmapReleaseAnnouncer(RoadmapReleases releases, RoadmapReader reader, ApplicationEventPublisher events,
            TransactionTemplate transactions) {
        this.releases = releases;
        this.reader = reader;
        this.events = events;
        this.transactions = transactions;
        this.clock = Clock.systemUTC();
    }

    @EventListener(ApplicationReadyEvent.class)
    void announceOnStartUp() {
        int announced = announcePendingReleases();
        log.info("Announced {} roadmap version(s)", announced);
    }

    /** @return how many versions this call announced (those another caller got to first are not counted) */
    public int announcePendingReleases() {
        int announced = 0;
        for (UUID roadmapId : releases.unannounced()) {
            Optional<RoadmapPublished> published = transactions.execute(status -> announce(roadmapId));
            if (published != null && published.isPresent()) {
                // After commit: evicting earlier would let a concurrent read put the old version back. A read that
                // loaded the old version just before the commit can still do so; the cache TTL bounds that window.
                reader.forget(published.get().slug());
                log.info("Roadmap {} version {} published", published.get().slug(), published.get().version());
                announced++;
            }
        }
        return announced;
    }

    private Optional<RoadmapPublished> announce(UUID roadmapId) {
        return releases.lock(roadmapId).flatMap(roadmap -> {
            UUID eventId = eventIdFor(roadmap.id(), roadmap.version());
            if (!releases.claim(roadmap.id(), roadmap.version(), eventId)) {
                return Optional.empty();
            }
            RoadmapPublished event = new RoadmapPublished(eventId, clock.instant(), roadmap.id(), roadmap.slug(),
                    roadmap.title(), roadmap.version(), releases.topics(roadmap.id()));
            events.publishEvent(event);
            return Optional.of(event);
        });
    }

    /**
     * Derived from roadmap and version rather than random: should a version ever be announced twice (a release
     * row deleted by hand), consumers see the same {@code ce_id} and their inbox drops the repeat.
     */
    static UUID eventIdFor(UUID roadmapId, int version) {
        return UUID.nameUUIDFromBytes(("roadmap-published:" + roadmapId + ":" + version)
                .getBytes(StandardCharsets.UTF_8));
    }
}
