package io.learnpath.platform.test;

import java.util.Arrays;
import java.util.Locale;

/**
 * Which servers the tests run against. Embedded servers unless Testcontainers is asked for by name: a machine can
 * have a Docker engine and no image registry, so an engine that answers says nothing about whether containers
 * would start, and a path chosen by probing is one nobody has run.
 */
enum InfrastructureChoice {

    /** Real servers from Maven Central in the test JVM (Kafka) or as its child processes (PostgreSQL, Redis). */
    EMBEDDED("embedded"),
    /** Docker containers through Testcontainers; needs an engine that can pull the images. */
    TESTCONTAINERS("testcontainers");

    static final String ENVIRONMENT_VARIABLE = "LEARNPATH_TEST_INFRASTRUCTURE";
    static final String SYSTEM_PROPERTY = "learnpath.test.infrastructure";

    private final String setting;

    InfrastructureChoice(String setting) {
        this.setting = setting;
    }

    /** The choice this JVM's system property or, without one, its environment asks for. */
    static InfrastructureChoice configured() {
        return of(System.getProperty(SYSTEM_PROPERTY), System.getenv(ENVIRONMENT_VARIABLE));
    }

    /**
     * The system property wins over the environment variable (it is the more specific of the two, set for one
     * build); neither set, or set blank, is {@link #EMBEDDED}. Any other value fails: a typo must not silently
     * run the tests on servers nobody asked for.
     */
    static InfrastructureChoice of(String systemProperty, String environmentVariable) {
        boolean propertySet = systemProperty != null && !systemProperty.isBlank();
        String setting = propertySet ? systemProperty : environmentVariable;
        if (setting == null || setting.isBlank()) {
            return EMBEDDED;
        }
        String wanted = setting.strip().toLowerCase(Locale.ROOT);
        return Arrays.stream(values()).filter(choice -> choice.setting.equals(wanted)).findFirst()
                .orElseThrow(() -> new IllegalStateException(String.format(
                        "%s is '%s'; allowed values are %s (the default) and %s",
                        propertySet ? "System property " + SYSTEM_PROPERTY
                                : "Environment variable " + ENVIRONMENT_VARIABLE,
                        setting, EMBEDDED.setting, TESTCONTAINERS.setting)));
    }

    /** The value that selects this choice. */
    String setting() {
        return setting;
    }
}
