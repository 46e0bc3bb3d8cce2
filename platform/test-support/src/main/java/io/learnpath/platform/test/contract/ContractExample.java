package io.learnpath.platform.test.contract;

import io.learnpath.platform.events.CloudEventHeaders;
import io.learnpath.platform.events.EventEnvelope;
import io.learnpath.platform.events.EventTypes;
import io.learnpath.platform.events.IntegrationEvent;
import io.learnpath.platform.test.EventTopics;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.RecordComponent;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonPointer;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The one fixed JSON example of an event type, kept in the publisher's contracts module at
 * {@code src/main/resources/contract-examples/<ce-type>.json} and so on every consumer's test classpath.
 *
 * <p>Both sides test against it, which is what makes a renamed or retyped field break a build:
 * <ul>
 * <li>the producer checks that what it really published has the example's shape:
 * {@code ContractExample.of(TopicStatusChanged.class).assertSameShape(record.value())};</li>
 * <li>a consumer feeds the raw example bytes, not a record it serialised itself:
 * {@code ContractExample.of(TopicStatusChanged.class).publish(ProgressEvents.TOPIC)}, optionally after
 * {@link #with(String, Object)} to point it at the test's own learner or roadmap.</li>
 * </ul>
 *
 * @param <E> the contract record
 */
public final class ContractExample<E extends IntegrationEvent> {

    /** Where the examples live on the classpath, each named after its CloudEvents type. */
    public static final String FOLDER = "contract-examples/";

    private final Class<E> eventClass;
    private final String type;
    private final String description;
    private final byte[] bytes;

    private ContractExample(Class<E> eventClass, String type, String description, byte[] bytes) {
        this.eventClass = eventClass;
        this.type = type;
        this.description = description;
        this.bytes = bytes;
    }

    /**
     * The example of {@code eventClass}'s {@code @EventType}, read from {@code contract-examples/<type>.json}.
     *
     * @throws IllegalStateException when the contracts module has no example for the type
     */
    public static <E extends IntegrationEvent> ContractExample<E> of(Class<E> eventClass) {
        String type = EventTypes.of(eventClass);
        String resource = resourceFor(type);
        ClassLoader loader = eventClass.getClassLoader();
        try (InputStream in = loader.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("No contract example for " + type + " (" + eventClass.getName()
                        + "): add src/main/resources/" + resource + " to the module that declares it");
            }
            return new ContractExample<>(eventClass, type, resource, in.readAllBytes());
        } catch (IOException e) {
            throw new UncheckedIOException("Could not read " + resource, e);
        }
    }

    /** The classpath resource that holds the example of this CloudEvents type. */
    public static String resourceFor(String type) {
        return FOLDER + type + ".json";
    }

    /** The CloudEvents type ({@code ce_type}), e.g. {@code learnpath.progress.topic-status-changed.v1}. */
    public String type() {
        return type;
    }

    public Class<E> eventClass() {
        return eventClass;
    }

    /**
     * The service that publishes this type, as its outbox names itself in {@code ce_source}: types are named
     * {@code learnpath.<service prefix>.<event>.vN}, services {@code <service prefix>-service}.
     */
    public String source() {
        String[] parts = type.split("\\.");
        return parts[1] + "-service";
    }

    /** The example as a tree; a fresh copy on every call, so changing it changes nothing here. */
    public JsonNode json() {
        return ContractJson.WIRE.readTree(bytes);
    }

    /** The example exactly as it is stored (or as {@link #with} rewrote it): what a consumer should be fed. */
    public byte[] bytes() {
        return bytes.clone();
    }

    /**
     * The example read into its record as strictly as a contract demands: an unknown field, a missing field or a
     * null fails. This is also how a renamed record component shows up on the consumer side.
     *
     * @throws IllegalStateException when the example does not fill the record
     */
    public E event() {
        try {
            return ContractJson.STRICT.readValue(bytes, eventClass);
        } catch (JacksonException e) {
            throw new IllegalStateException("The contract example " + description + " does not fill "
                    + eventClass.getSimpleName() + " (was a field renamed, added or removed?): "
                    + e.getOriginalMessage(), e);
        }
    }

    /**
     * Fails unless {@code published} has the example's shape: every field name and JSON type, recursively,
     * array elements included; the message names the path of the first difference.
     */
    public void assertSameShape(JsonNode published) {
        Optional<String> difference = JsonShapes.firstDifference(json(), published);
        if (difference.isPresent()) {
            throw new AssertionError("The published " + type + " does not have the shape of its contract example "
                    + description + ": " + difference.get() + "\npublished: " + published + "\nexample:   "
                    + json());
        }
    }

    /** {@link #assertSameShape(JsonNode)} for a record value as read from Kafka. */
    public void assertSameShape(byte[] published) {
        assertSameShape(ContractJson.WIRE.readTree(published));
    }

    /**
     * What the contracts module's own test checks: the example fills every component of the record (nested
     * records and list elements included) and the record serialises back to exactly the example, so the example
     * is what the outbox would write.
     */
    public void assertRoundTrip() {
        E event = event();
        assertNoNulls(eventClass.getSimpleName(), event);
        JsonNode written = ContractJson.WIRE.readTree(ContractJson.WIRE.writeValueAsBytes(event));
        JsonShapes.firstDifference(json(), written).ifPresent(difference -> {
            throw new AssertionError(eventClass.getSimpleName() + " serialises to another shape than its contract "
                    + "example " + description + ": " + difference);
        });
        if (!json().equals(written)) {
            throw new AssertionError(eventClass.getSimpleName() + " serialises the contract example " + description
                    + " to other values (a format differs):\nwritten: " + written + "\nexample: " + json());
        }
    }

    /**
     * A copy with one existing value replaced, for consumer tests that need their own learner or roadmap. The
     * field must exist and keep its JSON type, so the copy is still the contract's shape.
     *
     * @param pointer a JSON pointer, e.g. {@code /learnerId} or {@code /topics/0/slug}
     * @param value   the new value, written as the outbox writes values (a UUID or Instant becomes a string)
     */
    public ContractExample<E> with(String pointer, Object value) {
        JsonPointer path = JsonPointer.compile(pointer);
        JsonNode copy = json();
        JsonNode old = copy.at(path);
        if (old.isMissingNode() || path.matches()) {
            throw new IllegalArgumentException("The contract example " + description + " has no field at "
                    + pointer);
        }
        JsonNode replacement = ContractJson.WIRE.valueToTree(value);
        if (!JsonShapes.typeOf(old).equals(JsonShapes.typeOf(replacement))) {
            throw new IllegalArgumentException(pointer + " is a " + JsonShapes.typeOf(old) + " in the example; "
                    + value + " would be a " + JsonShapes.typeOf(replacement));
        }
        JsonNode parent = copy.at(path.head());
        if (parent instanceof ObjectNode object) {
            object.set(path.last().getMatchingProperty(), replacement);
        } else {
            ((ArrayNode) parent).set(path.last().getMatchingIndex(), replacement);
        }
        return new ContractExample<>(eventClass, type, description + " with " + pointer + "=" + value,
                ContractJson.WIRE.writeValueAsBytes(copy));
    }

    /**
     * Sends the example's bytes to {@code topic} as the publisher's outbox would: keyed by the record's
     * {@code subject()}, with the CloudEvents headers of {@link EventEnvelope#headersFor}, but a fresh
     * {@code ce_id} on every call, so a consumer's inbox does not drop a second test's event as a redelivery.
     *
     * @return the {@code ce_id} the record was sent with
     */
    public String publish(String topic) {
        E event = event();
        Map<String, String> headers = new LinkedHashMap<>(EventEnvelope.headersFor(event, source()));
        String ceId = UUID.randomUUID().toString();
        headers.put(CloudEventHeaders.ID, ceId);
        EventTopics.publish(topic, event.subject(), headers, bytes);
        return ceId;
    }

    /** The headers the outbox attaches to this example (with the example's own {@code eventId} as ce_id). */
    public Map<String, String> headers() {
        return EventEnvelope.headersFor(event(), source());
    }

    @Override
    public String toString() {
        return "ContractExample[" + description + "]";
    }

    private static void assertNoNulls(String path, Object value) {
        if (value == null) {
            throw new AssertionError(path + " is null: a contract example fills every field");
        }
        if (value instanceof Record record) {
            for (RecordComponent component : record.getClass().getRecordComponents()) {
                assertNoNulls(path + "." + component.getName(), read(component, record));
            }
        } else if (value instanceof Collection<?> elements) {
            int i = 0;
            for (Object element : elements) {
                assertNoNulls(path + "[" + i++ + "]", element);
            }
        }
    }

    private static Object read(RecordComponent component, Record record) {
        try {
            // Records declared inside a test class are not public; contract records are, but a check should not care.
            component.getAccessor().trySetAccessible();
            return component.getAccessor().invoke(record);
        } catch (IllegalAccessException | InvocationTargetException e) {
            throw new IllegalStateException("Cannot read " + component, e);
        }
    }
}
