package io.learnpath.auth.account;

/** What an account may do across Learnpath; carried in the access token's {@code roles} claim. */
public enum Role {
    LEARNER, EDITOR, ADMIN
}
