package io.learnpath.platform.tracing;

import io.micrometer.tracing.exporter.FinishedSpan;
import io.micrometer.tracing.exporter.SpanExportingPredicate;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Keeps the stack's housekeeping out of the trace store, where it would bury what learners do: probes and scrapes
 * ({@code /actuator/**}, among them the gateway's readiness check of every instance every 2 s), the registry's
 * traffic ({@code /eureka/**}: every component fetches and renews every few seconds), and Redis commands that are
 * part of no request or event (connection set-up, subscriptions). Those spans are still made, and their metrics
 * still count; they are only not sent.
 */
final class HousekeepingSpans implements SpanExportingPredicate {

    /** A path, or a URL whose path, starts with /actuator or /eureka (a topic may well be called "eureka"). */
    private static final Pattern HOUSEKEEPING_PATH = Pattern.compile("^(\\w+://[^/]+)?/(actuator|eureka)(/|\\?|$)");
    /** Where the HTTP observations (server, client, the gateway's proxied call) put the path or URL. */
    private static final List<String> URL_TAGS = List.of("http.url", "uri", "http.uri", "url.full", "url.path");
    private static final Pattern NO_SPAN_ID = Pattern.compile("0*");

    @Override
    public boolean isExportable(FinishedSpan span) {
        return !isHousekeeping(span.getTags(), span.getParentId());
    }

    static boolean isHousekeeping(Map<String, String> tags, String parentId) {
        for (String tag : URL_TAGS) {
            String value = tags.get(tag);
            if (value != null && HOUSEKEEPING_PATH.matcher(value).lookingAt()) {
                return true;
            }
        }
        return "redis".equals(tags.get("db.system")) && isRoot(parentId);
    }

    // OpenTelemetry names "no parent" with an all-zero id.
    private static boolean isRoot(String parentId) {
        return parentId == null || NO_SPAN_ID.matcher(parentId).matches();
    }
}
