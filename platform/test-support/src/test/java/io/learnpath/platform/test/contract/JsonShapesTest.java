package io.learnpath.platform.test.contract;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Optional;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

class JsonShapesTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private static Optional<String> difference(String expected, String actual) {
        return JsonShapes.firstDifference(JSON.readTree(expected), JSON.readTree(actual));
    }

    @Test
    void otherValuesOfTheSameTypesHaveTheSameShape() {
        assertThat(difference("""
                {"id": "a", "count": 1, "ratio": 0.5, "on": true, "none": null, "tags": ["x"], "child": {"n": 1}}""",
                """
                {"child": {"n": 2}, "tags": ["y", "z"], "none": null, "on": false, "ratio": 7, "count": 2.5, "id": "b"}\
                """)).isEmpty();
    }

    @Test
    void aMissingFieldIsNamed() {
        assertThat(difference("""
                {"learnerId": "a", "status": "DONE"}""", """
                {"learner": "a", "status": "DONE"}""")).contains("$.learnerId is missing");
    }

    @Test
    void anExtraFieldIsNamed() {
        assertThat(difference("""
                {"status": "DONE"}""", """
                {"status": "DONE", "note": "x"}""")).contains("$.note is not in the example (an extra field)");
    }

    @Test
    void anotherTypeIsNamedWithBothTypes() {
        assertThat(difference("""
                {"version": 2}""", """
                {"version": "2"}""")).contains("$.version is a string but should be a number");
        assertThat(difference("""
                {"previousStatus": "IN_PROGRESS"}""", """
                {"previousStatus": null}""")).contains("$.previousStatus is a null but should be a string");
        assertThat(difference("""
                {"express": true}""", """
                {"express": {}}""")).contains("$.express is an object but should be a boolean");
    }

    @Test
    void nestedObjectsAreComparedFieldByField() {
        assertThat(difference("""
                {"roadmap": {"id": "r", "topic": {"slug": "s"}}}""", """
                {"roadmap": {"id": "r", "topic": {"slug": 1}}}""")).contains(
                "$.roadmap.topic.slug is a number but should be a string");
    }

    @Test
    void everyArrayElementIsComparedWithTheExamplesFirstElement() {
        String example = """
                {"topics": [{"slug": "a", "order": 1}]}""";
        assertThat(difference(example, """
                {"topics": [{"slug": "a", "order": 1}, {"slug": "b", "order": 2}, {"slug": "c"}]}""")).contains(
                "$.topics[2].order is missing");
        assertThat(difference(example, """
                {"topics": []}""")).isEmpty();
        assertThat(difference(example, """
                {"topics": {"slug": "a", "order": 1}}""")).contains("$.topics is an object but should be an array");
        assertThat(difference("""
                {"tags": ["a"]}""", """
                {"tags": ["a", 2]}""")).contains("$.tags[1] is a number but should be a string");
    }

    @Test
    void anExampleWhoseElementsDifferIsReported() {
        assertThat(difference("""
                {"tags": ["a", 1]}""", """
                {"tags": ["a"]}""")).hasValueSatisfying(
                message -> assertThat(message).startsWith("the example's own elements differ"));
    }
}
