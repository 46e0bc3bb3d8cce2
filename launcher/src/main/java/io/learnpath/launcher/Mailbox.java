package io.learnpath.launcher;

import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * {@code ./learnpath mail [address]}: the mails the auth-service has asked for on a local stack (verification and
 * reset links, notices), read from its Kafka topic. A developer's mailbox: until the notification-service sends
 * real mail, the event is the delivery, and this is how a person following the README gets at a link.
 */
public final class Mailbox {

    private static final String TOPIC = "learnpath.auth.events";
    private static final Map<String, String> MAILS = Map.of(
            "learnpath.auth.email-verification-requested.v1", "Verify your address",
            "learnpath.auth.password-reset-requested.v1", "Reset your password",
            "learnpath.auth.existing-account-sign-up-attempted.v1", "Someone tried to sign up with your address",
            "learnpath.auth.password-changed.v1", "Your password was changed",
            "learnpath.auth.email-changed.v1", "Your address was changed");

    private final int kafkaPort;
    private final JsonMapper json = JsonMapper.builder().build();

    public Mailbox(int kafkaPort) {
        this.kafkaPort = kafkaPort;
    }

    /** Prints every mail so far (to {@code address} only, if given), oldest first; answers the exit code. */
    int print(String address, PrintStream out) {
        List<Mail> mails;
        try {
            mails = mailsTo(address);
        } catch (RuntimeException e) {
            System.err.println("Could not read " + TOPIC + " from Kafka on localhost:" + kafkaPort
                    + " (is the stack up? ./learnpath up): " + e.getMessage());
            return 1;
        }
        for (Mail mail : mails) {
            out.printf("%s  to %s: %s%n", mail.sentAt(), mail.to(), mail.subject());
            if (mail.link() != null) {
                out.printf("    %s%n", mail.link());
                out.printf("    token: %s%n", mail.token());
            }
        }
        if (mails.isEmpty()) {
            out.println(address == null ? "No mail yet." : "No mail to " + address + " yet.");
        }
        return 0;
    }

    /** Every mail so far, to {@code address} only (any case) unless it is null, oldest first. */
    public List<Mail> mailsTo(String address) {
        List<ConsumerRecord<String, byte[]>> records = readAll();
        records.sort((a, b) -> Long.compare(a.timestamp(), b.timestamp()));
        List<Mail> mails = new ArrayList<>();
        for (ConsumerRecord<String, byte[]> record : records) {
            String type = header(record, "ce_type");
            String subject = MAILS.get(type);
            if (subject == null) {
                continue;
            }
            JsonNode mail = parse(record.value());
            // A changed address is announced to the old one: that is whom a change they did not make must reach.
            String to = mail.path(type.contains("email-changed") ? "previousEmail" : "email").asString();
            if (address == null || address.equalsIgnoreCase(to)) {
                String link = mail.hasNonNull("link") ? mail.path("link").asString() : null;
                mails.add(new Mail(mail.path("occurredAt").asString(), to, subject, link,
                        link == null ? null : link.replaceFirst(".*[?&]token=", "")));
            }
        }
        return mails;
    }

    /** One mail the auth-service asked for; {@code link} and {@code token} are null for a notice without a link. */
    public record Mail(String sentAt, String to, String subject, String link, String token) {
    }

    private List<ConsumerRecord<String, byte[]>> readAll() {
        Properties properties = new Properties();
        properties.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, "localhost:" + kafkaPort);
        properties.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false);
        properties.put(ConsumerConfig.DEFAULT_API_TIMEOUT_MS_CONFIG, 5000);
        List<ConsumerRecord<String, byte[]>> records = new ArrayList<>();
        try (KafkaConsumer<String, byte[]> consumer = new KafkaConsumer<>(properties, new StringDeserializer(),
                new ByteArrayDeserializer())) {
            List<TopicPartition> partitions = consumer.partitionsFor(TOPIC, Duration.ofSeconds(5)).stream()
                    .map(info -> new TopicPartition(TOPIC, info.partition())).toList();
            consumer.assign(partitions);
            consumer.seekToBeginning(partitions);
            Map<TopicPartition, Long> ends = consumer.endOffsets(partitions);
            long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
            while (partitions.stream().anyMatch(partition -> consumer.position(partition) < ends.get(partition))
                    && System.nanoTime() < deadline) {
                consumer.poll(Duration.ofMillis(200)).forEach(records::add);
            }
        }
        return records;
    }

    private JsonNode parse(byte[] value) {
        try {
            return json.readTree(value);
        } catch (JacksonException e) {
            return json.createObjectNode();
        }
    }

    private static String header(ConsumerRecord<?, ?> record, String name) {
        Header header = record.headers().lastHeader(name);
        return header == null ? null : new String(header.value(), StandardCharsets.UTF_8);
    }
}
