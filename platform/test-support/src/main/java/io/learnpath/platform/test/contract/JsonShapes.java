package io.learnpath.platform.test.contract;

import java.util.LinkedHashSet;
import java.util.Optional;
import java.util.Set;
import tools.jackson.databind.JsonNode;

/**
 * Compares two JSON documents by shape, not by value: the same field names with the same JSON types (string,
 * number, boolean, object, array, null), recursively. Array elements are compared with the expected array's
 * first element, so a list of any length matches a one-element example.
 *
 * <p>This is what a consumer relies on: it can read what a producer sends if every field it expects is there
 * under the same name and type, whatever the values.
 */
public final class JsonShapes {

    private JsonShapes() {
    }

    /**
     * The first difference in shape between {@code expected} and {@code actual}, as a sentence naming its JSON path
     * ({@code $.topics[0].slug}), or empty when the two have the same shape.
     */
    public static Optional<String> firstDifference(JsonNode expected, JsonNode actual) {
        return difference("$", expected, actual);
    }

    private static Optional<String> difference(String path, JsonNode expected, JsonNode actual) {
        String expectedType = typeOf(expected);
        String actualType = typeOf(actual);
        if (!expectedType.equals(actualType)) {
            return Optional.of(path + " is " + an(actualType) + " but should be " + an(expectedType));
        }
        if (expected.isObject()) {
            return objectDifference(path, expected, actual);
        }
        if (expected.isArray()) {
            return arrayDifference(path, expected, actual);
        }
        return Optional.empty();
    }

    private static Optional<String> objectDifference(String path, JsonNode expected, JsonNode actual) {
        Set<String> expectedNames = names(expected);
        Set<String> actualNames = names(actual);
        for (String name : expectedNames) {
            if (!actualNames.contains(name)) {
                return Optional.of(path + "." + name + " is missing");
            }
        }
        for (String name : actualNames) {
            if (!expectedNames.contains(name)) {
                return Optional.of(path + "." + name + " is not in the example (an extra field)");
            }
        }
        for (String name : expectedNames) {
            Optional<String> difference = difference(path + "." + name, expected.get(name), actual.get(name));
            if (difference.isPresent()) {
                return difference;
            }
        }
        return Optional.empty();
    }

    private static Optional<String> arrayDifference(String path, JsonNode expected, JsonNode actual) {
        if (expected.isEmpty()) {
            // An empty example says nothing about its elements; the example files never have one.
            return Optional.empty();
        }
        JsonNode element = expected.get(0);
        for (int i = 0; i < expected.size(); i++) {
            Optional<String> difference = difference(path + "[" + i + "]", element, expected.get(i));
            if (difference.isPresent()) {
                return Optional.of("the example's own elements differ: " + difference.get());
            }
        }
        for (int i = 0; i < actual.size(); i++) {
            Optional<String> difference = difference(path + "[" + i + "]", element, actual.get(i));
            if (difference.isPresent()) {
                return difference;
            }
        }
        return Optional.empty();
    }

    /** The JSON type of a node: string, number, boolean, object, array or null. */
    static String typeOf(JsonNode node) {
        if (node == null || node.isMissingNode() || node.isNull()) {
            return "null";
        }
        if (node.isString()) {
            return "string";
        }
        if (node.isNumber()) {
            return "number";
        }
        if (node.isBoolean()) {
            return "boolean";
        }
        if (node.isObject()) {
            return "object";
        }
        if (node.isArray()) {
            return "array";
        }
        return node.getNodeType().name().toLowerCase();
    }

    private static Set<String> names(JsonNode object) {
        return new LinkedHashSet<>(object.propertyNames());
    }

    private static String an(String type) {
        return switch (type) {
            case "array", "object" -> "an " + type;
            default -> "a " + type;
        };
    }
}
