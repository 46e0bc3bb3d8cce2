package io.learnpath.auth.verification;

import io.learnpath.auth.account.AccountCreated;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Mails every new account its verification link, in the transaction that creates the account: registration
 * does not need to know how addresses are verified, and an account is never created without its link.
 */
@Component
class VerificationOfNewAccounts {

    private final VerificationMail mail;

    VerificationOfNewAccounts(VerificationMail mail) {
        this.mail = mail;
    }

    @EventListener
    void onCreated(AccountCreated created) {
        mail.send(created.accountId(), created.email(), created.displayName(), VerificationReason.SIGN_UP);
    }
}
