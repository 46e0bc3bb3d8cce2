package io.learnpath.platform.test.contract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.learnpath.platform.events.IntegrationEvent;
import io.learnpath.platform.test.contract.fixture.ParcelShipped;
import io.learnpath.platform.test.contract.fixture.ShippingEvents;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** The document check against a fixture contracts package, and each of its rules against a planted mistake. */
class AsyncApiContractTest {

    private static final String SERVICE = "shipping-service";
    private static final List<Class<? extends IntegrationEvent>> EVENTS =
            AsyncApiContract.eventTypesIn(ParcelShipped.class.getPackageName());

    @Test
    void findsTheEventTypesOfAPackage() {
        assertThat(EVENTS).containsExactly(ParcelShipped.class);
    }

    @Test
    void aTrueDocumentPasses() {
        AsyncApiContract.of(SERVICE).assertDescribes(ShippingEvents.TOPIC, EVENTS);
    }

    @Test
    void aDocumentThatIsNotThereIsNamed() {
        assertThatThrownBy(() -> AsyncApiContract.of("billing-service"))
                .hasMessageContaining("asyncapi/billing-service.asyncapi.yaml");
    }

    @Test
    void aRenamedPropertyFailsNamingBothSides() {
        assertThat(problemsAfter(indented(10, "weightGrams:\n  type: integer"),
                indented(10, "weight:\n  type: integer")))
                .anySatisfy(problem -> assertThat(problem).contains("has the properties [eventId, occurredAt, "
                        + "parcelId, weight, express, items] but ParcelShipped has the components [eventId, "
                        + "occurredAt, parcelId, weightGrams, express, items]"));
    }

    @Test
    void aPropertyOfANestedRecordIsCheckedThroughItsReference() {
        assertThat(problemsAfter(indented(8, "sku:\n  type: string"),
                indented(8, "article:\n  type: string")))
                .anySatisfy(problem -> assertThat(problem).contains("payload.items[] has the properties [article, "
                        + "quantity] but Item has the components [sku, quantity]"));
    }

    @Test
    void aPropertyOfAnotherTypeFails() {
        assertThat(problemsAfter(indented(10, "weightGrams:\n  type: integer"),
                indented(10, "weightGrams:\n  type: string")))
                .anySatisfy(problem -> assertThat(problem).contains(
                        "payload.weightGrams is of type 'string' but int is written as 'integer'"));
    }

    @Test
    void aUuidWithoutItsFormatFails() {
        assertThat(problemsAfter(indented(10, "parcelId:\n  type: string\n  format: uuid"),
                indented(10, "parcelId:\n  type: string")))
                .anySatisfy(problem -> assertThat(problem).contains("payload.parcelId has no format uuid"));
    }

    @Test
    void aFieldThatIsNotRequiredFails() {
        assertThat(problemsAfter("required: [eventId, occurredAt, parcelId, weightGrams, express, items]",
                "required: [eventId, occurredAt, parcelId, weightGrams, items]"))
                .anySatisfy(problem -> assertThat(problem).contains("payload requires [eventId, occurredAt, "
                        + "parcelId, weightGrams, items] instead of every component"));
    }

    @Test
    void aSchemaTheContractExampleDoesNotSatisfyFails() {
        assertThat(problemsAfter(indented(12, "minimum: 1\ndescription: Its weight."),
                indented(12, "maximum: 1000\ndescription: Its weight.")))
                .anySatisfy(problem -> assertThat(problem).contains("payload: /weightGrams").contains("1000"));
    }

    @Test
    void anotherCeTypeFailsAsAMessageTheModuleDoesNotHave() {
        assertThat(problemsAfter("const: learnpath.shipping.parcel-shipped.v1",
                "const: learnpath.shipping.parcel-sent.v1"))
                .anySatisfy(problem -> assertThat(problem).contains("carries messages of the types "
                        + "[learnpath.shipping.parcel-sent.v1] but the module's @EventType records are "
                        + "[learnpath.shipping.parcel-shipped.v1]"));
    }

    @Test
    void aRecordWithoutAMessageFails() {
        List<String> problems = AsyncApiContract.of(SERVICE).problems(ShippingEvents.TOPIC,
                List.of(ParcelShipped.class, ContractExampleTest.ParcelLost.class));

        assertThat(problems).anySatisfy(problem -> assertThat(problem)
                .contains("but the module's @EventType records are [learnpath.shipping.parcel-lost.v1, "
                        + "learnpath.shipping.parcel-shipped.v1]"));
    }

    @Test
    void aMissingDeadLetterChannelFails() {
        assertThat(problemsAfter("address: learnpath.shipping.events.DLT", "address: learnpath.shipping.dead"))
                .contains("no channel with address learnpath.shipping.events.DLT (the dead-letter topic)");
    }

    @Test
    void anotherTopicFails() {
        assertThat(AsyncApiContract.of(SERVICE).problems("learnpath.billing.events", EVENTS))
                .contains("no channel with address learnpath.billing.events");
    }

    @Test
    void anExampleThatIsNotTheContractExampleFails() {
        assertThat(problemsAfter("weightGrams: 1250", "weightGrams: 1300"))
                .anySatisfy(problem -> assertThat(problem).contains(
                        "example twoBooksAndAMug is not the contract example"));
    }

    @Test
    void headersWithoutACloudEventsAttributeFail() {
        assertThat(problemsAfter(indented(8, "ce_subject:\n  type: string\n  format: uuid"),
                indented(8, "ce_topic:\n  type: string")))
                .contains("message learnpath.shipping.parcel-shipped.v1 does not describe the header ce_subject");
    }

    @Test
    void aKeyWithoutASchemaFails() {
        assertThat(problemsAfter(indented(10, "key:\n  type: string\n  format: uuid"),
                indented(10, "key:\n  type: string")))
                .contains("message learnpath.shipping.parcel-shipped.v1 has no bindings.kafka.key of type string, "
                        + "format uuid");
    }

    @Test
    void aClosedSchemaFailsBecauseConsumersMustIgnoreNewFields() {
        assertThat(problemsAfter(indented(6, "payload:\n  type: object"),
                indented(6, "payload:\n  type: object\n  additionalProperties: false")))
                .anySatisfy(problem -> assertThat(problem).contains("sets additionalProperties"));
    }

    @Test
    void everyProblemIsListedInTheFailure() {
        String yaml = fixture().replace("weightGrams: 1250", "weightGrams: 1300")
                .replace("address: learnpath.shipping.events.DLT", "address: learnpath.shipping.dead");

        assertThatThrownBy(() -> AsyncApiContract.parse(SERVICE, yaml).assertDescribes(ShippingEvents.TOPIC, EVENTS))
                .isInstanceOf(AssertionError.class)
                .hasMessageContaining("no channel with address learnpath.shipping.events.DLT")
                .hasMessageContaining("is not the contract example");
    }

    /** {@code block} with {@code spaces} more indentation on every line, as it stands in the document. */
    private static String indented(int spaces, String block) {
        return block.lines().map(line -> " ".repeat(spaces) + line).collect(Collectors.joining("\n"));
    }

    private static List<String> problemsAfter(String text, String replacement) {
        String yaml = fixture();
        assertThat(yaml).as("the fixture document has the text to replace").contains(text);
        List<String> problems = AsyncApiContract.parse(SERVICE, yaml.replace(text, replacement))
                .problems(ShippingEvents.TOPIC, EVENTS);
        assertThat(problems).as("problems after replacing " + text).isNotEmpty();
        return problems;
    }

    private static String fixture() {
        try (InputStream in = AsyncApiContractTest.class.getClassLoader()
                .getResourceAsStream(AsyncApiContract.resourceFor(SERVICE))) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
