package io.learnpath.platform.test.contract;

import com.networknt.schema.Error;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SchemaRegistryConfig;
import com.networknt.schema.SpecificationVersion;
import io.learnpath.platform.events.EventType;
import io.learnpath.platform.events.EventTypes;
import io.learnpath.platform.events.IntegrationEvent;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.stream.Collectors;
import org.springframework.beans.factory.config.BeanDefinition;
import org.springframework.context.annotation.ClassPathScanningCandidateComponentProvider;
import org.springframework.core.type.filter.AnnotationTypeFilter;
import org.springframework.util.ClassUtils;
import tools.jackson.core.JsonPointer;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;
import tools.jackson.dataformat.yaml.YAMLMapper;

/**
 * Keeps a publishing service's AsyncAPI 3 document ({@code asyncapi/<service>.asyncapi.yaml} in its contracts
 * module) true to the code: its messages are exactly the module's {@code @EventType} records, each message's
 * {@code ce_type} is the record's type, its payload schema names exactly the record's components with matching
 * types, and the record's {@link ContractExample} validates against it. A renamed field therefore breaks the
 * document's test just as it breaks the producer's and consumers' tests.
 *
 * <p>Usage, in each contracts module:
 * <pre>{@code
 * AsyncApiContract.of("progress-service")
 *         .assertDescribes(ProgressEvents.TOPIC, AsyncApiContract.eventTypesIn("io.learnpath.progress.events"));
 * }</pre>
 */
public final class AsyncApiContract {

    /** Where the documents live on the classpath. */
    public static final String FOLDER = "asyncapi/";

    /** The Kafka headers every message carries (CloudEvents 1.0 binary mode). */
    public static final List<String> CLOUD_EVENT_HEADERS = List.of("ce_id", "ce_type", "ce_source", "ce_time",
            "ce_subject", "ce_specversion", "content-type");

    private static final YAMLMapper YAML = YAMLMapper.builder().build();
    // AsyncAPI's default schema format is a superset of JSON Schema draft 7; formats are asserted, not just noted.
    private static final SchemaRegistry SCHEMAS = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_7,
            builder -> builder.schemaRegistryConfig(SchemaRegistryConfig.builder()
                    .formatAssertionsEnabled(true).build()));

    private final String service;
    private final String resource;
    private final JsonNode document;

    private AsyncApiContract(String service, String resource, JsonNode document) {
        this.service = service;
        this.resource = resource;
        this.document = document;
    }

    /** The document {@code asyncapi/<service>.asyncapi.yaml} from the classpath. */
    public static AsyncApiContract of(String service) {
        String resource = resourceFor(service);
        try (InputStream in = AsyncApiContract.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("No AsyncAPI document " + resource + " on the classpath");
            }
            return new AsyncApiContract(service, resource, YAML.readTree(in));
        } catch (IOException e) {
            throw new UncheckedIOException("Could not read " + resource, e);
        }
    }

    /** The document of {@code yaml}, for testing this class itself. */
    static AsyncApiContract parse(String service, String yaml) {
        return new AsyncApiContract(service, "(inline)", YAML.readTree(yaml));
    }

    public static String resourceFor(String service) {
        return FOLDER + service + ".asyncapi.yaml";
    }

    public JsonNode document() {
        return document.deepCopy();
    }

    /** Every {@code @EventType} class in {@code basePackage} (and below) on the classpath. */
    public static List<Class<? extends IntegrationEvent>> eventTypesIn(String basePackage) {
        ClassPathScanningCandidateComponentProvider scanner = new ClassPathScanningCandidateComponentProvider(false);
        scanner.addIncludeFilter(new AnnotationTypeFilter(EventType.class));
        List<Class<? extends IntegrationEvent>> types = new ArrayList<>();
        for (BeanDefinition candidate : scanner.findCandidateComponents(basePackage)) {
            Class<?> type = ClassUtils.resolveClassName(candidate.getBeanClassName(),
                    AsyncApiContract.class.getClassLoader());
            if (!IntegrationEvent.class.isAssignableFrom(type)) {
                throw new IllegalStateException(type.getName() + " has @EventType but is no IntegrationEvent");
            }
            types.add(type.asSubclass(IntegrationEvent.class));
        }
        types.sort(Comparator.comparing(Class::getName));
        return types;
    }

    /**
     * Fails, listing every problem found, unless the document describes {@code topic} (with its dead-letter
     * topic) and exactly {@code events} on it, each as its record and contract example say.
     */
    public void assertDescribes(String topic, Collection<Class<? extends IntegrationEvent>> events) {
        List<String> problems = problems(topic, events);
        if (!problems.isEmpty()) {
            throw new AssertionError("The AsyncAPI document " + resource + " does not describe " + topic
                    + " as the code does:\n- " + String.join("\n- ", problems));
        }
    }

    List<String> problems(String topic, Collection<Class<? extends IntegrationEvent>> events) {
        List<String> problems = new ArrayList<>();
        if (!"3.0.0".equals(text(document.path("asyncapi")))) {
            problems.add("asyncapi is not 3.0.0");
        }
        for (String field : List.of("title", "version", "description")) {
            requireText(problems, document.path("info"), field, "info");
        }
        if (!anyKafkaServer()) {
            problems.add("no server with protocol kafka");
        }
        String channel = channelWithAddress(topic);
        String deadLetterChannel = channelWithAddress(topic + ".DLT");
        if (channel == null) {
            problems.add("no channel with address " + topic);
            return problems;
        }
        if (deadLetterChannel == null) {
            problems.add("no channel with address " + topic + ".DLT (the dead-letter topic)");
        }
        if (!sentOn(channel)) {
            problems.add("no operation with action send on channel " + channel);
        }
        Map<String, JsonNode> messages = messagesByType(channel, problems);
        Set<String> expectedTypes = events.stream().map(EventTypes::of).collect(Collectors.toCollection(TreeSet::new));
        if (!messages.keySet().equals(expectedTypes)) {
            problems.add("channel " + channel + " carries messages of the types " + messages.keySet()
                    + " but the module's @EventType records are " + expectedTypes);
        }
        if (deadLetterChannel != null) {
            Set<String> deadLettered = messagesByType(deadLetterChannel, problems).keySet();
            if (!deadLettered.equals(messages.keySet())) {
                problems.add("the dead-letter channel carries " + deadLettered + ", not " + messages.keySet());
            }
        }
        for (Class<? extends IntegrationEvent> event : events) {
            JsonNode message = messages.get(EventTypes.of(event));
            if (message != null) {
                checkMessage(problems, event, message);
            }
        }
        return problems;
    }

    private void checkMessage(List<String> problems, Class<? extends IntegrationEvent> event, JsonNode message) {
        String where = "message " + EventTypes.of(event);
        for (String field : List.of("name", "title", "summary")) {
            requireText(problems, message, field, where);
        }
        if (!"application/json".equals(text(message.path("contentType")))) {
            problems.add(where + " has no contentType application/json");
        }
        ContractExample<? extends IntegrationEvent> example = ContractExample.of(event);
        JsonNode headers = message.path("headers");
        for (String header : CLOUD_EVENT_HEADERS) {
            if (headers.path("properties").path(header).isMissingNode()) {
                problems.add(where + " does not describe the header " + header);
            }
            if (!texts(headers.path("required")).contains(header)) {
                problems.add(where + " does not require the header " + header);
            }
        }
        JsonNode key = message.path("bindings").path("kafka").path("key");
        if (!"string".equals(text(key.path("type"))) || !"uuid".equals(text(key.path("format")))) {
            problems.add(where + " has no bindings.kafka.key of type string, format uuid");
        }
        requireText(problems, key, "description", where + " bindings.kafka.key");

        JsonNode payload = resolve(message.path("payload"));
        if (!payload.isObject()) {
            problems.add(where + " has no payload schema");
            return;
        }
        checkProperties(problems, where + " payload", payload, event);
        validate(problems, where + " payload", payload, example.json());
        // The record-based checks below need an example that fills the record; when it does not, say so and
        // keep the schema problems found so far, which are what tells where the document went wrong.
        try {
            IntegrationEvent filled = example.event();
            validate(problems, where + " headers", headers, ContractJson.WIRE.valueToTree(example.headers()));
            validate(problems, where + " key", key, ContractJson.WIRE.valueToTree(filled.subject()));
        } catch (IllegalStateException e) {
            problems.add(e.getMessage());
        }

        List<JsonNode> examples = new ArrayList<>();
        message.path("examples").forEach(examples::add);
        if (examples.isEmpty()) {
            problems.add(where + " has no examples");
        }
        for (JsonNode shown : examples) {
            if (!resolve(shown.path("payload")).equals(example.json())) {
                problems.add(where + " example " + text(shown.path("name")) + " is not the contract example "
                        + ContractExample.resourceFor(example.type()));
            }
            validate(problems, where + " example headers", headers, resolve(shown.path("headers")));
        }
    }

    /** The schema's properties and required list are the record's components, recursively, with fitting types. */
    private void checkProperties(List<String> problems, String where, JsonNode schema, Class<?> recordType) {
        if (!"object".equals(text(schema.path("type")))) {
            problems.add(where + " is not of type object");
        }
        RecordComponent[] components = recordType.getRecordComponents();
        Set<String> names = Arrays.stream(components).map(RecordComponent::getName)
                .collect(Collectors.toCollection(LinkedHashSet::new));
        Set<String> properties = new LinkedHashSet<>(schema.path("properties").propertyNames());
        if (!properties.equals(names)) {
            problems.add(where + " has the properties " + properties + " but " + recordType.getSimpleName()
                    + " has the components " + names);
        }
        if (!new TreeSet<>(texts(schema.path("required"))).equals(new TreeSet<>(names))) {
            problems.add(where + " requires " + texts(schema.path("required")) + " instead of every component "
                    + names);
        }
        if (schema.path("additionalProperties").isBoolean()) {
            problems.add(where + " sets additionalProperties: consumers must ignore fields they do not know,"
                    + " so the schema stays open");
        }
        for (RecordComponent component : components) {
            JsonNode property = resolve(schema.path("properties").path(component.getName()));
            if (property.isMissingNode()) {
                continue;
            }
            String path = where + "." + component.getName();
            requireText(problems, property, "description", path);
            checkType(problems, path, property, component.getType(), component.getGenericType());
        }
    }

    private void checkType(List<String> problems, String path, JsonNode property, Class<?> type, Type generic) {
        String expectedType;
        String expectedFormat = null;
        if (type == UUID.class) {
            expectedType = "string";
            expectedFormat = "uuid";
        } else if (type == Instant.class) {
            expectedType = "string";
            expectedFormat = "date-time";
        } else if (type == LocalDate.class) {
            expectedType = "string";
            expectedFormat = "date";
        } else if (type == String.class || type.isEnum()) {
            expectedType = "string";
        } else if (type == int.class || type == Integer.class || type == long.class || type == Long.class) {
            expectedType = "integer";
        } else if (type == boolean.class || type == Boolean.class) {
            expectedType = "boolean";
        } else if (type.isRecord()) {
            expectedType = "object";
        } else if (Collection.class.isAssignableFrom(type)) {
            expectedType = "array";
        } else {
            problems.add(path + " has a Java type (" + type.getName() + ") this check does not know; extend "
                    + AsyncApiContract.class.getSimpleName());
            return;
        }
        String actualType = text(property.path("type"));
        if (!expectedType.equals(actualType)) {
            problems.add(path + " is of type '" + actualType + "' but " + type.getSimpleName() + " is written as '"
                    + expectedType + "'");
        }
        if (expectedFormat != null && !expectedFormat.equals(text(property.path("format")))) {
            problems.add(path + " has no format " + expectedFormat);
        }
        if (type.isRecord()) {
            checkProperties(problems, path, property, type);
        } else if (expectedType.equals("array") && generic instanceof ParameterizedType parameterized
                && parameterized.getActualTypeArguments()[0] instanceof Class<?> element) {
            JsonNode items = resolve(property.path("items"));
            if (items.isMissingNode()) {
                problems.add(path + " has no items schema");
            } else {
                checkType(problems, path + "[]", items, element, element);
            }
        }
    }

    private void validate(List<String> problems, String where, JsonNode schema, JsonNode instance) {
        Schema compiled = SCHEMAS.getSchema(resolve(schema));
        for (Error error : compiled.validate(instance)) {
            problems.add(where + ": " + error.getInstanceLocation() + " " + error.getMessage());
        }
    }

    private boolean anyKafkaServer() {
        for (JsonNode server : document.path("servers")) {
            if ("kafka".equals(text(resolve(server).path("protocol")))) {
                return true;
            }
        }
        return false;
    }

    private String channelWithAddress(String address) {
        for (Map.Entry<String, JsonNode> channel : document.path("channels").properties()) {
            if (address.equals(text(resolve(channel.getValue()).path("address")))) {
                return channel.getKey();
            }
        }
        return null;
    }

    private boolean sentOn(String channel) {
        for (JsonNode operation : document.path("operations")) {
            JsonNode resolved = resolve(operation);
            if ("send".equals(text(resolved.path("action")))
                    && ("#/channels/" + channel).equals(text(operation.path("channel").path("$ref")))) {
                return true;
            }
        }
        return false;
    }

    private Map<String, JsonNode> messagesByType(String channel, List<String> problems) {
        Map<String, JsonNode> byType = new LinkedHashMap<>();
        for (JsonNode reference : document.path("channels").path(channel).path("messages")) {
            JsonNode message = resolve(reference);
            String type = text(message.path("headers").path("properties").path("ce_type").path("const"));
            if (type.isEmpty()) {
                problems.add("a message on channel " + channel + " has no headers.properties.ce_type.const");
            } else if (byType.put(type, message) != null) {
                problems.add("channel " + channel + " carries two messages of type " + type);
            }
        }
        return byType;
    }

    /** {@code node} with every local {@code $ref} ("#/components/...") replaced by what it points to. */
    JsonNode resolve(JsonNode node) {
        return resolve(node, 0);
    }

    private JsonNode resolve(JsonNode node, int hops) {
        if (hops > 32) {
            throw new IllegalStateException(resource + " has a $ref cycle");
        }
        if (node.isObject()) {
            String ref = text(node.path("$ref"));
            if (ref.startsWith("#/")) {
                JsonNode target = document.at(JsonPointer.compile(ref.substring(1)));
                if (target.isMissingNode()) {
                    throw new IllegalStateException(resource + " refers to " + ref + ", which it does not have");
                }
                return resolve(target, hops + 1);
            }
            ObjectNode copy = ContractJson.WIRE.createObjectNode();
            node.properties().forEach(entry -> copy.set(entry.getKey(), resolve(entry.getValue(), hops)));
            return copy;
        }
        if (node.isArray()) {
            var copy = ContractJson.WIRE.createArrayNode();
            node.forEach(element -> copy.add(resolve(element, hops)));
            return copy;
        }
        return node;
    }

    private static void requireText(List<String> problems, JsonNode node, String field, String where) {
        if (text(node.path(field)).isBlank()) {
            problems.add(where + " has no " + field);
        }
    }

    private static String text(JsonNode node) {
        return node.isString() ? node.stringValue() : "";
    }

    private static List<String> texts(JsonNode array) {
        List<String> texts = new ArrayList<>();
        array.forEach(element -> texts.add(text(element)));
        return texts;
    }
}
