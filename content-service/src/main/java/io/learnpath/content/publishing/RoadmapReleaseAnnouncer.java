package io.learnpath.content.publishing;

import io.learnpath.content.events.RoadmapPublished;
import io.learnpath.content.roadmap.RoadmapReader;
import io.learnpath.content.roadmap.RoadmapSnapshot;
import io.learnpath.content.roadmap.RoadmapVersion;
import io.learnpath.content.roadmap.RoadmapVersions;
import io.learnpath.platform.transaction.AfterCommit;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.List;
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
 * <p>Each roadmap is announced in its own transaction that locks the roadmap, records the release and writes the
 * event to the platform outbox; Kafka gets the event after commit, retried until it acknowledges.
 */
@Component
public class RoadmapReleaseAnnouncer {

    private static final Logger log = LoggerFactory.getLogger(RoadmapReleaseAnnouncer.class);

    private final RoadmapVersions versions;
    private final RoadmapReleases releases;
    private final RoadmapReader reader;
    private final ApplicationEventPublisher events;
    private final TransactionTemplate transactions;
    private final Clock clock;

    RoadmapReleaseAnnouncer(RoadmapVersions versions, RoadmapReleases releases, RoadmapReader reader,
            ApplicationEventPublisher events, TransactionTemplate transactions, Clock clock) {
        this.versions = versions;
        this.releases = releases;
        this.reader = reader;
        this.events = events;
        this.transactions = transactions;
        this.clock = clock;
    }

    @EventListener(ApplicationReadyEvent.class)
    void announceOnStartUp() {
        int announced = announcePendingReleases();
        log.info("Announced {} roadmap version(s)", announced);
    }

    /** @return how many versions this call announced (those another caller got to first are not counted) */
    public int announcePendingReleases() {
        int announced = 0;
        List<UUID> unannounced = versions.current().stream()
                .filter(current -> !releases.announced(current.id(), current.version()))
                .map(RoadmapVersion::id)
                .toList();
        for (UUID roadmapId : unannounced) {
            Optional<RoadmapPublished> published = transactions.execute(status -> announce(roadmapId));
            if (published != null && published.isPresent()) {
                log.info("Roadmap {} version {} published", published.get().slug(), published.get().version());
                announced++;
            }
        }
        return announced;
    }

    private Optional<RoadmapPublished> announce(UUID roadmapId) {
        return versions.lockCurrent(roadmapId).flatMap(roadmap -> {
            UUID eventId = eventIdFor(roadmap.id(), roadmap.version());
            if (!releases.claim(roadmap.id(), roadmap.version(), eventId)) {
                return Optional.empty();
            }
            RoadmapPublished event = new RoadmapPublished(eventId, clock.instant(), roadmap.id(), roadmap.slug(),
                    roadmap.title(), roadmap.version(), roadmap.topics().stream().map(
                            RoadmapReleaseAnnouncer::published).toList());
            events.publishEvent(event);
            // After commit: evicting earlier would let a concurrent read put the old version back. A read that
            // loaded the old version just before the commit can still do so; the cache TTL bounds that window.
            AfterCommit.run(() -> reader.forget(roadmap.slug()));
            return Optional.of(event);
        });
    }

    /** The contract's view of a topic: the level travels as its name, so consumers need not know our enum. */
    private static RoadmapPublished.Topic published(RoadmapSnapshot.Topic topic) {
        return new RoadmapPublished.Topic(topic.id(), topic.slug(), topic.title(), topic.level().name(),
                topic.order());
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
