package io.learnpath.auth.mfa.policy;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalLong;

/**
 * Which time steps a TOTP code may be for (RFC 6238). A code belongs to one step of {@code period} since the Unix
 * epoch. Clocks drift and people type slowly, so up to {@code allowedDrift} steps either side of the current one are
 * accepted, as section 5.2 recommends (one step: a code is good for about a minute and a half). A code is a
 * one-time password: no step at or before the last one a code was accepted for is ever acceptable again, so an
 * observed code cannot be replayed, not even for a step that is still current.
 */
public record TotpTimeSteps(Duration period, int allowedDrift) {

    /** The parameters every authenticator app assumes for an otpauth:// URI without a period: 30 s, one step. */
    public static final TotpTimeSteps STANDARD = new TotpTimeSteps(Duration.ofSeconds(30), 1);

    public TotpTimeSteps {
        if (period.toSeconds() < 1 || period.toNanos() % 1_000_000_000L != 0 || allowedDrift < 0) {
            throw new IllegalArgumentException("A TOTP period is a whole number of seconds and the drift not negative");
        }
    }

    /** The step {@code instant} falls in. */
    public long stepAt(Instant instant) {
        return Math.floorDiv(instant.getEpochSecond(), period.toSeconds());
    }

    /** When {@code step} begins: the instant whose code is the step's code. */
    public Instant startOf(long step) {
        return Instant.ofEpochSecond(step * period.toSeconds());
    }

    /**
     * The steps a code sent at {@code now} may be for, the current one first (so that the rare code valid for two
     * steps is taken for the current one), then the earlier, then the later ones; none at or before
     * {@code lastUsedStep}.
     */
    public List<Long> acceptableAt(Instant now, OptionalLong lastUsedStep) {
        long current = stepAt(now);
        List<Long> steps = new ArrayList<>(2 * allowedDrift + 1);
        steps.add(current);
        for (int drift = 1; drift <= allowedDrift; drift++) {
            steps.add(current - drift);
        }
        for (int drift = 1; drift <= allowedDrift; drift++) {
            steps.add(current + drift);
        }
        steps.removeIf(step -> lastUsedStep.isPresent() && step <= lastUsedStep.getAsLong());
        return List.copyOf(steps);
    }
}
