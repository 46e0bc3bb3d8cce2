package io.learnpath.auth.links;

/** What a single-use link lets its holder do. */
public enum LinkPurpose {
    /** Prove the holder reads an address: the account's own, or the new one its owner asked to change to. */
    VERIFY_EMAIL,
    /** Choose a new password without knowing the old one. */
    RESET_PASSWORD
}
