package io.learnpath.auth.mfa;

import java.util.UUID;

/**
 * What bounds guessing at an account's codes. A six-digit code falls to a few hundred thousand guesses, so every
 * wrong code counts, wherever it is sent, against the same per-account limit as wrong passwords: sign-in's lockout
 * implements this, so that guesses at the sign-in's second step and at the MFA settings add up, and an account
 * locked by either refuses the right code too.
 */
public interface GuessingLimit {

    /** Whether the account refuses every code (and password) for now. */
    boolean isLocked(UUID accountId);

    /** Counts one more failed attempt, which may lock the account. */
    void countFailure(UUID accountId);
}
