package io.learnpath.platform.events;

/** Reads the {@link EventType} of an event class. */
public final class EventTypes {

    private EventTypes() {
    }

    public static String of(Class<?> eventClass) {
        EventType type = eventClass.getAnnotation(EventType.class);
        if (type == null) {
            throw new IllegalStateException(eventClass.getName() + " is not annotated with @EventType");
        }
        return type.value();
    }
}
