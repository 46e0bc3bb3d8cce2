package io.learnpath.auth.audit;

import io.learnpath.platform.paging.Page;
import io.learnpath.platform.paging.PageQuery;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import java.time.Clock;
import java.time.Duration;
import java.time.temporal.ChronoUnit;
import java.util.EnumMap;
import java.util.Map;
import java.util.UUID;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Records security-relevant events of accounts, with where the request came from ({@link ClientOrigin}), and
 * counts each action in {@code learnpath.auth.audit.events{action}}. Callers record inside the transaction of the
 * change they record, so a change and its trail commit together. Details must never hold secrets.
 */
@Service
public class AuditTrail {

    private final AuditRepository repository;
    private final Clock clock;
    private final Duration retention;
    private final Map<AuditAction, Counter> counters = new EnumMap<>(AuditAction.class);

    AuditTrail(AuditRepository repository, Clock clock, MeterRegistry meters,
            @Value("${learnpath.auth.audit.retention:400d}") Duration retention) {
        this.repository = repository;
        this.clock = clock;
        this.retention = retention;
        for (AuditAction action : AuditAction.values()) {
            counters.put(action, Counter.builder("learnpath.auth.audit.events")
                    .description("Security events recorded in the audit trail")
                    .tag("action", action.name())
                    .register(meters));
        }
    }

    /** The account did this itself. */
    public void record(UUID accountId, AuditAction action, String detail) {
        record(accountId, null, action, detail);
    }

    /** Someone else ({@code actorId}, an admin) did this to the account. */
    public void record(UUID accountId, UUID actorId, AuditAction action, String detail) {
        repository.append(accountId, actorId, action, detail, ClientOrigin.current(),
                clock.instant().truncatedTo(ChronoUnit.MICROS));
        counters.get(action).increment();
    }

    @Transactional(readOnly = true)
    public Page<AuditEntry> of(UUID accountId, PageQuery query) {
        return Page.of(repository.findByAccount(accountId, query.offset(), query.size()), query,
                repository.countByAccount(accountId));
    }

    /** Keeps the trail long enough for a yearly review, not forever: it holds addresses and user agents. */
    @Scheduled(cron = "${learnpath.auth.audit.purge-cron:0 7 4 * * *}")
    void purge() {
        repository.deleteBefore(clock.instant().minus(retention));
    }
}
