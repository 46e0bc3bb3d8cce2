package io.learnpath.platform.domain;

import java.util.regex.Pattern;

/**
 * The one rule for slugs, the human keys people type in URLs ({@code /roadmaps/backend},
 * {@code /topics/version-control}): lowercase letters and digits in words joined by single hyphens, at most
 * {@value #MAX_LENGTH} characters. Every service checks slugs with this rule (bean validation:
 * {@code io.learnpath.platform.web.ValidSlug}), and tables that store slugs carry the same CHECK constraint.
 */
public final class Slug {

    public static final String PATTERN = "[a-z0-9]+(-[a-z0-9]+)*";
    public static final int MAX_LENGTH = 64;
    public static final String MESSAGE = "must be lowercase letters and digits separated by single hyphens, at most "
            + MAX_LENGTH + " characters";

    private static final Pattern COMPILED = Pattern.compile(PATTERN);

    private Slug() {
    }

    public static boolean isValid(String candidate) {
        return candidate != null && candidate.length() <= MAX_LENGTH && COMPILED.matcher(candidate).matches();
    }
}
