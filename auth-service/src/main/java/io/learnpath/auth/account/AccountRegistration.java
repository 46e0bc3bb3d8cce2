package io.learnpath.auth.account;

import io.learnpath.auth.account.policy.RegistrationPolicy;
import io.learnpath.auth.account.policy.RegistrationPolicy.Verdict;
import io.learnpath.auth.credentials.PasswordHasher;
import io.learnpath.auth.events.UserRegistered;
import io.learnpath.platform.domain.ConflictException;
import io.learnpath.platform.domain.InvalidInputException;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import java.time.Clock;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Creates accounts. The account row and the {@link UserRegistered} outbox row are written in one transaction, so
 * the event is published exactly when the account exists. The expensive password hash is computed before the
 * transaction opens, to keep database connections free while Argon2 runs.
 */
@Service
public class AccountRegistration {

    static final String EMAIL_TAKEN = "email-taken";

    private final RegistrationPolicy policy = new RegistrationPolicy();
    private final PasswordHasher hasher;
    private final AccountRepository accounts;
    private final TransactionTemplate transaction;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final Counter registrations;

    AccountRegistration(PasswordHasher hasher, AccountRepository accounts, TransactionTemplate transaction,
            ApplicationEventPublisher events, Clock clock, MeterRegistry meters) {
        this.hasher = hasher;
        this.accounts = accounts;
        this.transaction = transaction;
        this.events = events;
        this.clock = clock;
        this.registrations = Counter.builder("learnpath.auth.registrations")
                .description("Accounts created")
                .register(meters);
    }

    /**
     * @throws InvalidInputException naming every field that breaks the {@link RegistrationPolicy}
     * @throws ConflictException     ({@value #EMAIL_TAKEN}) when an account already has the email
     */
    public Account register(RegistrationRequest request) {
        Verdict.Accepted valid = switch (policy.check(request.email(), request.password(), request.displayName())) {
            case Verdict.Accepted accepted -> accepted;
            case Verdict.Refused(var violations) -> throw new InvalidInputException(violations);
        };
        return create(valid, List.of(Role.LEARNER)).orElseThrow(
                () -> new ConflictException(EMAIL_TAKEN, "Email taken", "An account with this email already exists"));
    }

    /**
     * Creates an account with these roles from fields the {@link RegistrationPolicy} accepted, exactly as
     * registration does (same hash, same {@link UserRegistered} in the same transaction); empty when an account
     * already has the email. Package-private: only {@link AdminBootstrap} gives a new account more than LEARNER.
     */
    Optional<Account> create(Verdict.Accepted valid, List<Role> roles) {
        String passwordHash = hasher.hash(valid.password());
        // PostgreSQL keeps microseconds; truncating here makes the answer equal to what a later read returns.
        Account account = new Account(UUID.randomUUID(), valid.email().value(), valid.displayName().value(),
                roles, clock.instant().truncatedTo(ChronoUnit.MICROS));
        boolean created = Boolean.TRUE.equals(transaction.execute(status -> {
            if (!accounts.insertIfEmailFree(account, passwordHash)) {
                return false;
            }
            events.publishEvent(new UserRegistered(UUID.randomUUID(), account.createdAt(), account.id(),
                    account.email(), account.displayName()));
            return true;
        }));
        if (!created) {
            return Optional.empty();
        }
        registrations.increment();
        return Optional.of(account);
    }
}
