package io.learnpath.platform.test.contract;

import static io.learnpath.platform.test.EventTopics.header;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.learnpath.platform.events.EventType;
import io.learnpath.platform.events.IntegrationEvent;
import io.learnpath.platform.test.EventTopics;
import io.learnpath.platform.test.contract.fixture.ParcelShipped;
import java.io.IOException;
import java.io.InputStream;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

class ContractExampleTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final UUID PARCEL = UUID.fromString("f62b7944-b0e1-4be0-8e7e-e5780fbfd6ea");

    @Test
    void findsTheExampleByTheRecordsEventType() throws IOException {
        ContractExample<ParcelShipped> example = ContractExample.of(ParcelShipped.class);

        assertThat(example.type()).isEqualTo("learnpath.shipping.parcel-shipped.v1");
        assertThat(example.source()).isEqualTo("shipping-service");
        assertThat(example.bytes()).isEqualTo(resource("contract-examples/learnpath.shipping.parcel-shipped.v1.json"));
        assertThat(example.json().path("items").get(1).path("sku").stringValue()).isEqualTo("MUG-0007");
        assertThat(example.event().parcelId()).isEqualTo(PARCEL);
        assertThat(example.event().items()).containsExactly(new ParcelShipped.Item("BOOK-0042", 2),
                new ParcelShipped.Item("MUG-0007", 1));
    }

    @Test
    void aRecordWithoutAnExampleGetsAnErrorThatSaysWhereToPutIt() {
        assertThatThrownBy(() -> ContractExample.of(ParcelLost.class))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("src/main/resources/contract-examples/learnpath.shipping.parcel-lost.v1.json");
    }

    @Test
    void whatAProducerPublishesMatchesWhateverItsValues() {
        ParcelShipped published = new ParcelShipped(UUID.randomUUID(), Instant.now(), UUID.randomUUID(), 80, false,
                List.of(new ParcelShipped.Item("PEN-1", 10)));

        ContractExample.of(ParcelShipped.class).assertSameShape(JSON.writeValueAsBytes(published));
    }

    @Test
    void aRenamedFieldFailsTheProducersCheckNamingTheField() {
        String published = """
                {"eventId": "95669d95-0152-4f93-8d2f-0ebf9d1da83e", "occurredAt": "2026-03-02T11:05:09.512Z",
                 "parcelId": "f62b7944-b0e1-4be0-8e7e-e5780fbfd6ea", "weight": 1250, "express": true,
                 "items": [{"sku": "BOOK-0042", "quantity": 2}]}""";

        assertThatThrownBy(() -> ContractExample.of(ParcelShipped.class).assertSameShape(JSON.readTree(published)))
                .isInstanceOf(AssertionError.class)
                .hasMessageContaining("learnpath.shipping.parcel-shipped.v1")
                .hasMessageContaining("$.weightGrams is missing");
    }

    @Test
    void aRetypedNestedFieldFailsTheProducersCheckNamingItsPath() {
        String published = """
                {"eventId": "95669d95-0152-4f93-8d2f-0ebf9d1da83e", "occurredAt": "2026-03-02T11:05:09.512Z",
                 "parcelId": "f62b7944-b0e1-4be0-8e7e-e5780fbfd6ea", "weightGrams": 1250, "express": true,
                 "items": [{"sku": "BOOK-0042", "quantity": "2"}]}""";

        assertThatThrownBy(() -> ContractExample.of(ParcelShipped.class).assertSameShape(JSON.readTree(published)))
                .isInstanceOf(AssertionError.class)
                .hasMessageContaining("$.items[0].quantity is a string but should be a number");
    }

    @Test
    void theExampleOfTheFixtureSurvivesTheRoundTrip() {
        ContractExample.of(ParcelShipped.class).assertRoundTrip();
    }

    @Test
    void anExampleThatNoLongerFillsItsRecordFailsAndSaysWhy() {
        // What a consumer's test meets after a rename: the raw example cannot fill the renamed component.
        assertThatThrownBy(() -> ContractExample.of(ParcelRenamed.class).event())
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("does not fill ParcelRenamed")
                .hasMessageContaining("'parcel'");
        assertThatThrownBy(() -> ContractExample.of(ParcelRenamed.class).assertRoundTrip())
                .isInstanceOf(IllegalStateException.class);
    }

    @Test
    void anExampleInAnotherFormatThanTheRecordWritesFailsTheRoundTrip() {
        assertThatThrownBy(() -> ContractExample.of(ParcelReformatted.class).assertRoundTrip())
                .isInstanceOf(AssertionError.class)
                .hasMessageContaining("to other values")
                .hasMessageContaining("2026-03-02T11:05:09Z");
    }

    @Test
    void aNullInsideAListFailsTheRoundTrip() {
        assertThatThrownBy(() -> ContractExample.of(ParcelLabelled.class).assertRoundTrip())
                .isInstanceOf(AssertionError.class)
                .hasMessageContaining("ParcelLabelled.labels[1] is null");
    }

    @Test
    void withReplacesAnExistingValueAndKeepsTheRest() {
        UUID parcel = UUID.randomUUID();
        ContractExample<ParcelShipped> example = ContractExample.of(ParcelShipped.class)
                .with("/parcelId", parcel)
                .with("/items/1/quantity", 3);

        assertThat(example.event().parcelId()).isEqualTo(parcel);
        assertThat(example.event().subject()).isEqualTo(parcel.toString());
        assertThat(example.event().items().get(1).quantity()).isEqualTo(3);
        assertThat(example.event().weightGrams()).isEqualTo(1250);
        assertThat(ContractExample.of(ParcelShipped.class).event().parcelId()).isEqualTo(PARCEL);
    }

    @Test
    void withRefusesFieldsTheExampleDoesNotHaveAndOtherTypes() {
        ContractExample<ParcelShipped> example = ContractExample.of(ParcelShipped.class);

        assertThatThrownBy(() -> example.with("/parcel", UUID.randomUUID()))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("no field at /parcel");
        assertThatThrownBy(() -> example.with("/weightGrams", "heavy"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("is a number");
    }

    @Test
    void headersAreTheOutboxsCloudEventsHeaders() {
        assertThat(ContractExample.of(ParcelShipped.class).headers())
                .containsEntry("ce_id", "95669d95-0152-4f93-8d2f-0ebf9d1da83e")
                .containsEntry("ce_type", "learnpath.shipping.parcel-shipped.v1")
                .containsEntry("ce_source", "shipping-service")
                .containsEntry("ce_time", "2026-03-02T11:05:09.512Z")
                .containsEntry("ce_subject", PARCEL.toString())
                .containsEntry("ce_specversion", "1.0")
                .containsEntry("content-type", "application/json");
    }

    @Test
    void publishSendsTheRawExampleKeyedBySubjectWithAFreshCeIdEachTime() {
        String topic = "learnpath.shipping.events." + UUID.randomUUID();
        ContractExample<ParcelShipped> example = ContractExample.of(ParcelShipped.class);

        String first = example.publish(topic);
        String second = example.publish(topic);

        List<ConsumerRecord<String, byte[]>> records = EventTopics.readUntil(topic, record -> true,
                seen -> seen.size() == 2);
        assertThat(first).isNotEqualTo(second);
        assertThat(records).extracting(record -> header(record, "ce_id")).containsExactly(first, second);
        assertThat(records).allSatisfy(record -> {
            assertThat(record.key()).isEqualTo(PARCEL.toString());
            assertThat(record.value()).isEqualTo(example.bytes());
            assertThat(header(record, "ce_type")).isEqualTo("learnpath.shipping.parcel-shipped.v1");
            assertThat(header(record, "ce_source")).isEqualTo("shipping-service");
            assertThat(header(record, "ce_subject")).isEqualTo(PARCEL.toString());
            assertThat(header(record, "ce_time")).isEqualTo("2026-03-02T11:05:09.512Z");
            assertThat(header(record, "ce_specversion")).isEqualTo("1.0");
        });
    }

    private static byte[] resource(String name) throws IOException {
        try (InputStream in = ContractExampleTest.class.getClassLoader().getResourceAsStream(name)) {
            return in.readAllBytes();
        }
    }

    @EventType("learnpath.shipping.parcel-lost.v1")
    record ParcelLost(UUID eventId, Instant occurredAt, UUID parcelId) implements IntegrationEvent {

        @Override
        public String subject() {
            return parcelId.toString();
        }
    }

    /** Its example still says parcelId. */
    @EventType("learnpath.shipping.parcel-renamed.v1")
    record ParcelRenamed(UUID eventId, Instant occurredAt, UUID parcel) implements IntegrationEvent {

        @Override
        public String subject() {
            return parcel.toString();
        }
    }

    /** Its example gives the time with an offset, which the record reads but never writes. */
    @EventType("learnpath.shipping.parcel-reformatted.v1")
    record ParcelReformatted(UUID eventId, Instant occurredAt, UUID parcelId) implements IntegrationEvent {

        @Override
        public String subject() {
            return parcelId.toString();
        }
    }

    /** Its example has a null label. */
    @EventType("learnpath.shipping.parcel-labelled.v1")
    record ParcelLabelled(UUID eventId, Instant occurredAt, UUID parcelId, List<String> labels)
            implements IntegrationEvent {

        @Override
        public String subject() {
            return parcelId.toString();
        }
    }
}
