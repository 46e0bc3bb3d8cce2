package io.learnpath.progress.catalog.policy;

/**
 * Which published version wins. Kafka keeps one roadmap's events in order, but a replay, a re-publication from the
 * content-service's outbox or a move to another partition can still bring an older version after a newer one; the
 * catalogue must never go back in time.
 */
public final class RoadmapVersionPolicy {

    private RoadmapVersionPolicy() {
    }

    /**
     * @param storedVersion the version in the catalogue, or null when the roadmap is not known yet
     * @return true when the incoming version should replace what is stored
     */
    public static boolean shouldApply(Integer storedVersion, int incomingVersion) {
        return storedVersion == null || incomingVersion > storedVersion;
    }
}
