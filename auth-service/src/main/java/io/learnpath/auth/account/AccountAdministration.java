package io.learnpath.auth.account;

import io.learnpath.auth.audit.AuditAction;
import io.learnpath.auth.audit.AuditTrail;
import io.learnpath.platform.domain.ConflictException;
import io.learnpath.platform.domain.InvalidInputException;
import io.learnpath.platform.domain.NotFoundException;
import io.learnpath.platform.paging.Page;
import io.learnpath.platform.paging.PageQuery;
import java.time.Clock;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What admins do with accounts: find them, change their roles, disable and enable them. An admin cannot take their
 * own ADMIN role or disable themselves, so there is always someone left to undo a mistake. A role change takes
 * effect at the account's next token refresh; disabling ends every sign-in at once ({@link AccountDisabled}: its
 * refresh tokens, and its access tokens at every hop) and refuses new ones.
 */
@Service
@Transactional
public class AccountAdministration {

    private final AccountRepository accounts;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final AuditTrail audit;

    AccountAdministration(AccountRepository accounts, ApplicationEventPublisher events, Clock clock,
            AuditTrail audit) {
        this.accounts = accounts;
        this.audit = audit;
        this.events = events;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    public Page<AccountSummary> search(String search, PageQuery query) {
        return Page.of(accounts.search(search, query.offset(), query.size()), query, accounts.count(search));
    }

    /** Every account keeps LEARNER; the other roles are exactly those given. */
    public Account changeRoles(UUID id, List<String> roleNames, UUID admin) {
        Set<Role> roles = new LinkedHashSet<>(List.of(Role.LEARNER));
        for (String name : roleNames) {
            try {
                roles.add(Role.valueOf(name));
            } catch (IllegalArgumentException e) {
                throw new InvalidInputException("roles", "must be LEARNER, EDITOR or ADMIN ('" + name + "' is not)");
            }
        }
        if (id.equals(admin) && !roles.contains(Role.ADMIN)) {
            throw new ConflictException("own-admin-role", "Own admin role",
                    "You cannot take your own ADMIN role; another admin can");
        }
        if (!accounts.setRoles(id, List.copyOf(roles))) {
            throw new NotFoundException("account", id);
        }
        audit.record(id, admin, AuditAction.ROLES_CHANGED,
                "roles=" + String.join(",", roles.stream().map(Role::name).toList()));
        return accounts.findById(id).orElseThrow();
    }

    public void disable(UUID id, UUID admin) {
        if (id.equals(admin)) {
            throw new ConflictException("own-account", "Own account", "You cannot disable your own account");
        }
        if (!accounts.setDisabled(id, clock.instant())) {
            throw new NotFoundException("account", id);
        }
        events.publishEvent(new AccountDisabled(id));
        audit.record(id, admin, AuditAction.ACCOUNT_DISABLED, null);
    }

    public void enable(UUID id, UUID admin) {
        if (!accounts.setDisabled(id, null)) {
            throw new NotFoundException("account", id);
        }
        audit.record(id, admin, AuditAction.ACCOUNT_ENABLED, null);
    }
}
