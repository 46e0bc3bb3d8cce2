package io.learnpath.auth.account;

/** An account together with its password hash: only sign-in ever needs the two at once. */
public record AccountCredentials(Account account, String passwordHash) {

    // The hash is a secret too (offline cracking); keep it out of logs and debugger summaries.
    @Override
    public String toString() {
        return "AccountCredentials[" + account.id() + "]";
    }
}
