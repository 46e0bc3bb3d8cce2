package io.learnpath.auth.account;

import io.learnpath.auth.account.policy.RegistrationPolicy;
import io.learnpath.auth.account.policy.RegistrationPolicy.Verdict;
import io.learnpath.auth.audit.AuditAction;
import io.learnpath.auth.audit.AuditTrail;
import io.learnpath.auth.credentials.PasswordHasher;
import io.learnpath.auth.credentials.ResponseFloor;
import io.learnpath.auth.events.ExistingAccountSignUpAttempted;
import io.learnpath.auth.events.UserRegistered;
import io.learnpath.platform.domain.InvalidInputException;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Creates accounts. The account row and the {@link UserRegistered} outbox row are written in one transaction, so
 * the event is published exactly when the account exists (and, within that transaction, the verification feature
 * adds its link). The expensive password hash is computed before the transaction opens, to keep database
 * connections free while Argon2 runs.
 *
 * <p>Registration does not tell whether an address has an account: a sign-up with a taken address costs the same
 * Argon2 hash and gets the same answer as a new one, and the owner of the address is told by mail
 * ({@link ExistingAccountSignUpAttempted}, at most once per {@link #NOTICE_QUIET_PERIOD}) instead of the caller.
 * Both answer no sooner than {@link SignUpProperties#responseTime()} after the input was found valid, because a new
 * account writes more than a taken address does.
 */
@Service
@EnableConfigurationProperties(SignUpProperties.class)
public class AccountRegistration {

    static final Duration NOTICE_QUIET_PERIOD = Duration.ofHours(1);

    private final RegistrationPolicy policy = new RegistrationPolicy();
    private final PasswordHasher hasher;
    private final AccountRepository accounts;
    private final TransactionTemplate transaction;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final Counter registrations;
    private final Counter takenAddresses;
    private final AuditTrail audit;
    private final Duration responseTime;

    AccountRegistration(PasswordHasher hasher, AccountRepository accounts, TransactionTemplate transaction,
            ApplicationEventPublisher events, Clock clock, MeterRegistry meters, AuditTrail audit,
            SignUpProperties signUp) {
        this.hasher = hasher;
        this.responseTime = signUp.responseTime();
        this.audit = audit;
        this.accounts = accounts;
        this.transaction = transaction;
        this.events = events;
        this.clock = clock;
        this.registrations = Counter.builder("learnpath.auth.registrations")
                .description("Accounts created")
                .register(meters);
        this.takenAddresses = Counter.builder("learnpath.auth.registrations.taken-address")
                .description("Sign-ups with the address of an existing account (answered like any other)")
                .register(meters);
    }

    /**
     * Creates the account, or tells the owner of the address that someone tried; the caller learns neither.
     *
     * @return the normalised address the answer names
     * @throws InvalidInputException naming every field that breaks the {@link RegistrationPolicy}
     */
    public String register(RegistrationRequest request) {
        Verdict.Accepted valid = switch (policy.check(request.email(), request.password(), request.displayName(),
                request.timeZone())) {
            case Verdict.Accepted accepted -> accepted;
            case Verdict.Refused(var violations) -> throw new InvalidInputException(violations);
        };
        // Taken here, once the input is valid: an invalid one is refused alike for any address.
        ResponseFloor floor = ResponseFloor.startingNow(responseTime);
        if (create(valid, List.of(Role.LEARNER)).isEmpty()) {
            takenAddresses.increment();
            tellTheOwner(valid.email().value());
        }
        floor.await();
        return valid.email().value();
    }

    /**
     * Creates an account with these roles from fields the {@link RegistrationPolicy} accepted, exactly as
     * registration does (same hash, same {@link UserRegistered} in the same transaction); empty when an account
     * already has the email. Package-private: only {@link AdminBootstrap} gives a new account more than LEARNER.
     */
    Optional<Account> create(Verdict.Accepted valid, List<Role> roles) {
        // Hashed even when the address turns out to be taken: that is what makes both answers take as long.
        String passwordHash = hasher.hash(valid.password());
        // PostgreSQL keeps microseconds; truncating here makes the answer equal to what a later read returns.
        Account account = new Account(UUID.randomUUID(), valid.email().value(), valid.displayName().value(),
                roles, clock.instant().truncatedTo(ChronoUnit.MICROS), false, valid.timeZone().value());
        boolean created = Boolean.TRUE.equals(transaction.execute(status -> {
            if (!accounts.insertIfEmailFree(account, passwordHash)) {
                return false;
            }
            events.publishEvent(new UserRegistered(UUID.randomUUID(), account.createdAt(), account.id(),
                    account.email(), account.displayName(), account.timeZone()));
            events.publishEvent(new AccountCreated(account.id(), account.email(), account.displayName()));
            audit.record(account.id(), AuditAction.SIGNED_UP, "roles=" + String.join(",", account.roleNames()));
            return true;
        }));
        if (!created) {
            return Optional.empty();
        }
        registrations.increment();
        return Optional.of(account);
    }

    private void tellTheOwner(String email) {
        transaction.executeWithoutResult(status -> accounts.findByEmail(email).ifPresent(owner -> {
            Instant now = clock.instant().truncatedTo(ChronoUnit.MICROS);
            if (accounts.noteSignUpAttempt(owner.id(), now, NOTICE_QUIET_PERIOD)) {
                events.publishEvent(new ExistingAccountSignUpAttempted(UUID.randomUUID(), now, owner.id(),
                        owner.email(), owner.displayName()));
            }
        }));
    }
}
