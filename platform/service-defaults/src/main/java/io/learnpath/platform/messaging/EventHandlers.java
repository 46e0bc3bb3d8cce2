package io.learnpath.platform.messaging;

import io.learnpath.platform.events.EventTypes;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;

/**
 * Which payload type and handler go with each CloudEvents type a consumer cares about. Types not listed are
 * someone else's business on a shared topic and are passed over (and counted).
 */
public final class EventHandlers {

    record Handler<T>(Class<T> payloadType, Consumer<T> action) {
    }

    private final Map<String, Handler<?>> byType;

    private EventHandlers(Map<String, Handler<?>> byType) {
        this.byType = Map.copyOf(byType);
    }

    public static <T> EventHandlers on(Class<T> payloadType, Consumer<T> action) {
        return new EventHandlers(Map.of()).and(payloadType, action);
    }

    public <T> EventHandlers and(Class<T> payloadType, Consumer<T> action) {
        Map<String, Handler<?>> next = new LinkedHashMap<>(byType);
        next.put(EventTypes.of(payloadType), new Handler<>(payloadType, action));
        return new EventHandlers(next);
    }

    Handler<?> forType(String type) {
        return byType.get(type);
    }

    /** The CloudEvents types handled here. */
    Set<String> types() {
        return byType.keySet();
    }
}
