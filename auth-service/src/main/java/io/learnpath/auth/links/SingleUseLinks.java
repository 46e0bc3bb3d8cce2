package io.learnpath.auth.links;

import io.learnpath.auth.credentials.RandomSecret;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Optional;
import java.util.UUID;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Service;

/**
 * Mints and redeems the single-use links of email verification and password reset (table
 * {@code single_use_link}). A link is spent by the statement that finds it unspent and unexpired, so two clicks
 * at once redeem it once; redeeming one link spends every other link of the same purpose of that account, so an
 * older mail cannot be used after a newer one.
 */
@Service
@EnableConfigurationProperties(LinkProperties.class)
public class SingleUseLinks {

    private final SingleUseLinkRepository repository;
    private final LinkProperties properties;
    private final Clock clock;

    SingleUseLinks(SingleUseLinkRepository repository, LinkProperties properties, Clock clock) {
        this.repository = repository;
        this.properties = properties;
        this.clock = clock;
    }

    /**
     * A new link for the account, proving {@code email}; empty when the account already had
     * {@link LinkProperties#maxPerHour()} links of this purpose in the last hour. Call it inside the transaction
     * that publishes the mail's event.
     */
    public Optional<Link> issue(UUID accountId, LinkPurpose purpose, String email) {
        Instant now = clock.instant().truncatedTo(ChronoUnit.MICROS);
        if (repository.countCreatedSince(accountId, purpose, now.minus(Duration.ofHours(1)))
                >= properties.maxPerHour()) {
            return Optional.empty();
        }
        String secret = RandomSecret.generate();
        Instant expiresAt = now.plus(properties.ttl(purpose));
        repository.insert(RandomSecret.hash(secret), accountId, purpose, email, now, expiresAt);
        return Optional.of(new Link(properties.url(purpose, secret), expiresAt));
    }

    /** What an unspent, unexpired link of this purpose proves, without spending it. */
    public Optional<Holder> peek(String secret, LinkPurpose purpose) {
        return RandomSecret.hashIfWellFormed(secret)
                .flatMap(hash -> repository.findUsable(hash, purpose, clock.instant()));
    }

    /**
     * Spends the link if it is unspent and unexpired, and with it every other link of this purpose of the same
     * account; answers what it proved. Call it inside the transaction that acts on it.
     */
    public Optional<Holder> redeem(String secret, LinkPurpose purpose) {
        Instant now = clock.instant().truncatedTo(ChronoUnit.MICROS);
        Optional<Holder> holder = RandomSecret.hashIfWellFormed(secret)
                .flatMap(hash -> repository.spendIfUsable(hash, purpose, now));
        holder.ifPresent(redeemed -> repository.spendAll(redeemed.accountId(), purpose, now));
        return holder;
    }

    /** Spent and expired links are worth nothing; a week later they are not worth keeping either. */
    @Scheduled(cron = "${learnpath.auth.links.purge-cron:0 47 3 * * *}")
    void purge() {
        repository.deleteExpiredBefore(clock.instant().minus(Duration.ofDays(7)));
    }

    /** A link to mail; the URL holds the secret, so it goes into the mail's event and nowhere else. */
    public record Link(String url, Instant expiresAt) {

        @Override
        public String toString() {
            return "Link[expiresAt=" + expiresAt + "]";
        }
    }

    /** Whom a link was made for, and the address it proves. */
    public record Holder(UUID accountId, String email) {
    }
}
