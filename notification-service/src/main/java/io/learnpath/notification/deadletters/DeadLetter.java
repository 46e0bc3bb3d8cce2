package io.learnpath.notification.deadletters;

import java.time.Instant;

/**
 * A record on a dead-letter topic, as an operator needs to judge it: where it is, what it was, where it came from
 * and why it failed (Spring Kafka's {@code kafka_dlt-*} headers). Never the payload: it may hold personal data and
 * secrets (mailed links).
 *
 * @param originalTopic where it was consumed from, and where a replay sends it
 * @param replayed      whether an operator has replayed it
 */
public record DeadLetter(String topic, int partition, long offset, String key, String eventId, String eventType,
        String originalTopic, Integer originalPartition, Long originalOffset, String exception,
        String exceptionMessage, Instant deadLetteredAt, boolean replayed) {
}
