package io.learnpath.platform.test.contract;

import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.json.JsonMapper;

/** The two ways contract tests handle JSON. */
final class ContractJson {

    /**
     * Writes as the outbox does: Spring Boot's {@code JsonMapper} with no {@code spring.jackson.*} settings in any
     * service, i.e. Jackson 3's defaults (ISO-8601 instants, UUIDs as strings, record components in order).
     */
    static final JsonMapper WIRE = JsonMapper.builder().build();

    /** Reads a contract example: every field of the record must be there, none unknown, none null. */
    static final JsonMapper STRICT = JsonMapper.builder()
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES,
                    DeserializationFeature.FAIL_ON_MISSING_CREATOR_PROPERTIES,
                    DeserializationFeature.FAIL_ON_NULL_CREATOR_PROPERTIES,
                    DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
            .build();

    private ContractJson() {
    }
}
