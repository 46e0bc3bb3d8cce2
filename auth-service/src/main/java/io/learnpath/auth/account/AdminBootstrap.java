package io.learnpath.auth.account;

import static io.learnpath.auth.account.BootstrapAdminProperties.hasText;

import io.learnpath.auth.account.policy.EmailAddress;
import io.learnpath.auth.account.policy.RegistrationPolicy;
import io.learnpath.auth.account.policy.RegistrationPolicy.Verdict;
import io.learnpath.platform.domain.FieldError;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.stereotype.Component;

/**
 * Gives Learnpath its first EDITOR and ADMIN from configuration ({@link BootstrapAdminProperties}), since nothing
 * else can: registration makes learners only, and there is no built-in account or password. At start-up, before
 * the service reports itself ready:
 * <ul>
 *   <li>no account has the email: it is created with LEARNER, EDITOR and ADMIN exactly as registration creates
 *       accounts (same policy, same hash, same {@code UserRegistered} event in the same transaction);</li>
 *   <li>an account has it: it is granted EDITOR and ADMIN, so an operator promotes an existing account by
 *       configuring its email; its password is never changed.</li>
 * </ul>
 * Every start does this again and changes nothing the second time. Two instances starting at once are safe: the
 * insert lets only one of them create the account, and the other then finds it.
 *
 * <p>A configuration the registration policy refuses fails start-up, with the policy's messages only: they never
 * repeat the value, and the email is left out too, since a refused password may be the email itself.
 */
@Component
class AdminBootstrap implements ApplicationRunner {

    private static final List<Role> ADMIN_ROLES = List.of(Role.LEARNER, Role.EDITOR, Role.ADMIN);
    private static final List<Role> GRANTED_ROLES = List.of(Role.EDITOR, Role.ADMIN);
    private static final String PREFIX = "learnpath.auth.bootstrap-admin.";

    private static final Logger log = LoggerFactory.getLogger(AdminBootstrap.class);

    private final RegistrationPolicy policy = new RegistrationPolicy();
    private final BootstrapAdminProperties properties;
    private final AccountRegistration registration;
    private final AccountRepository accounts;

    AdminBootstrap(BootstrapAdminProperties properties, AccountRegistration registration,
            AccountRepository accounts) {
        this.properties = properties;
        this.registration = registration;
        this.accounts = accounts;
    }

    @Override
    public void run(ApplicationArguments args) {
        bootstrap().ifPresent(outcome -> {
            switch (outcome) {
                case Outcome.Created(var account) ->
                        log.info("Bootstrap admin {}: account created with roles {}", account.email(),
                                account.roleNames());
                case Outcome.Promoted(var account) ->
                        log.info("Bootstrap admin {}: existing account granted EDITOR and ADMIN (roles now {}); "
                                + "its password is unchanged{}", account.email(), account.roleNames(),
                                passwordUnused());
                case Outcome.AlreadyAdmin(var account) ->
                        log.info("Bootstrap admin {}: account already has EDITOR and ADMIN; nothing changed{}",
                                account.email(), passwordUnused());
            }
        });
    }

    /**
     * What the configuration asked for, done; empty when nothing is configured.
     *
     * @throws IllegalStateException when the configuration is refused or cannot be carried out
     */
    Optional<Outcome> bootstrap() {
        if (!properties.configured()) {
            return Optional.empty();
        }
        Optional<Verdict.Accepted> creatable = configuredPassword().map(this::accepted);
        String email = creatable.map(valid -> valid.email().value()).orElseGet(this::acceptedEmail);
        // Promoting comes first: it is what every start after the first does, and it needs no Argon2 hash.
        Optional<Account> existing = accounts.findByEmail(email);
        if (existing.isPresent()) {
            return Optional.of(promote(existing.get()));
        }
        Verdict.Accepted valid = creatable.orElseThrow(() -> refused("no account has the email " + email
                + ", and no password is configured to create it: set " + PREFIX + "password or "
                + PREFIX + "password-file"));
        Optional<Account> created = registration.create(valid, ADMIN_ROLES);
        if (created.isPresent()) {
            return Optional.of(new Outcome.Created(created.get()));
        }
        // Another instance created it between the read and the insert.
        return Optional.of(promote(accounts.findByEmail(email).orElseThrow(
                () -> new IllegalStateException("No account " + email + " after its insert found one"))));
    }

    private Outcome promote(Account account) {
        if (account.roles().containsAll(GRANTED_ROLES)) {
            return new Outcome.AlreadyAdmin(account);
        }
        boolean granted = accounts.grantRoles(account.id(), GRANTED_ROLES);
        Account now = accounts.findById(account.id()).orElseThrow(
                () -> new IllegalStateException("Account " + account.id() + " vanished while being promoted"));
        // Not granted: another instance did it between our read and our update.
        return granted ? new Outcome.Promoted(now) : new Outcome.AlreadyAdmin(now);
    }

    private Verdict.Accepted accepted(String password) {
        return switch (policy.check(properties.email(), password, properties.displayName())) {
            case Verdict.Accepted accepted -> accepted;
            case Verdict.Refused(var violations) -> throw refused(violations.stream()
                    .map(this::describe).collect(Collectors.joining("; ")));
        };
    }

    /** Only the email is needed to promote an account, so only the email is checked when there is no password. */
    private String acceptedEmail() {
        EmailAddress.violation(properties.email()).ifPresent(problem -> {
            throw refused(PREFIX + "email " + problem);
        });
        return EmailAddress.of(properties.email()).value();
    }

    private String describe(FieldError violation) {
        return switch (violation.field()) {
            case "password" -> hasText(properties.passwordFile())
                    ? "the password in " + PREFIX + "password-file " + violation.message()
                    : PREFIX + "password " + violation.message();
            case "displayName" -> PREFIX + "display-name " + violation.message();
            default -> PREFIX + violation.field() + " " + violation.message();
        };
    }

    /** The inline password or the file's content (without the line break that ends a text file); may be empty. */
    private Optional<String> configuredPassword() {
        boolean inline = hasText(properties.password());
        boolean file = hasText(properties.passwordFile());
        if (inline && file) {
            throw refused("set " + PREFIX + "password or " + PREFIX + "password-file, not both");
        }
        if (!file) {
            return inline ? Optional.of(properties.password()) : Optional.empty();
        }
        try {
            String content = Files.readString(Path.of(properties.passwordFile().strip()));
            return Optional.of(content.endsWith("\r\n") ? content.substring(0, content.length() - 2)
                    : content.endsWith("\n") ? content.substring(0, content.length() - 1) : content);
        } catch (IOException | InvalidPathException e) {
            // The exception names the path and what went wrong, never the file's content.
            throw new IllegalStateException(message("cannot read " + PREFIX + "password-file "
                    + properties.passwordFile().strip() + " (" + e + ")"), e);
        }
    }

    private String passwordUnused() {
        return hasText(properties.password()) || hasText(properties.passwordFile())
                ? " (the configured password is only used to create the account)"
                : "";
    }

    private static IllegalStateException refused(String problem) {
        return new IllegalStateException(message(problem));
    }

    private static String message(String problem) {
        return "Cannot set up the bootstrap admin: " + problem;
    }

    /** What a start did to the configured account. */
    sealed interface Outcome {

        record Created(Account account) implements Outcome {
        }

        record Promoted(Account account) implements Outcome {
        }

        record AlreadyAdmin(Account account) implements Outcome {
        }
    }
}
