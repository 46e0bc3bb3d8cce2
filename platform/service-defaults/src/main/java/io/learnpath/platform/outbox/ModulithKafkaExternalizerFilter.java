package io.learnpath.platform.outbox;

import org.springframework.boot.autoconfigure.AutoConfigurationImportFilter;
import org.springframework.boot.autoconfigure.AutoConfigurationMetadata;

/**
 * Leaves out Spring Modulith's own Kafka externalizer: {@link OutboxAutoConfiguration} declares the outbox's
 * (same records, sent in commit order without waiting for each acknowledgement), and two would send every event
 * twice. A filter rather than {@code spring.autoconfigure.exclude}, which a service setting its own excludes would
 * replace. Modulith's JSON message converter, in another auto-configuration of the same jar, stays.
 */
public class ModulithKafkaExternalizerFilter implements AutoConfigurationImportFilter {

    static final String MODULITH_KAFKA_EXTERNALIZER =
            "org.springframework.modulith.events.kafka.KafkaEventExternalizerConfiguration";

    @Override
    public boolean[] match(String[] autoConfigurationClasses, AutoConfigurationMetadata metadata) {
        boolean[] matches = new boolean[autoConfigurationClasses.length];
        for (int i = 0; i < matches.length; i++) {
            matches[i] = !MODULITH_KAFKA_EXTERNALIZER.equals(autoConfigurationClasses[i]);
        }
        return matches;
    }
}
