package io.learnpath.auth;

import static org.assertj.core.api.Assertions.assertThat;

import io.learnpath.platform.test.http.TestResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Nobody learns whether an address has an account from sign-in, sign-up or password reset: the status, the body
 * and the time taken are alike for an existing and an unknown address. Times are compared as medians of
 * interleaved requests (so a slow moment of the machine hits both sides), and must differ by less than a fifth
 * of the faster median or 5 ms, whichever is larger: far below what the extra work of a known address would cost
 * without the countermeasures (an Argon2 hash, or the reset's fixed response time), and above scheduling noise.
 */
class AccountEnumerationIntegrationTest extends AuthServiceIntegrationTest {

    private static final int ROUNDS = 15;

    @Test
    void signInAnswersAWrongPasswordAndAnUnknownAddressAlike() {
        String known = uniqueEmail();
        registered(known);

        assertAlike(email -> login(email, "not the right password at all"), known, round -> uniqueEmail(),
                problem -> problem);
    }

    @Test
    void signUpAnswersATakenAddressAndAFreeOneAlike() {
        String taken = uniqueEmail();
        registered(taken);

        assertAlike(email -> register(email, PASSWORD, "Ada Lovelace"), taken, round -> uniqueEmail(),
                answer -> {
                    String address = answer.get("email").asString();
                    return answer.put("email", "").put("message", answer.get("message").asString().replace(address, ""));
                });
    }

    @Test
    void askingForAPasswordResetAnswersAKnownAndAnUnknownAddressAlike() {
        String known = uniqueEmail();
        registered(known);

        assertAlike(email -> http.request("/api/auth/password/forgot").json(Map.of("email", email)).post(), known,
                round -> uniqueEmail(), answer -> answer);
    }

    /**
     * @param withoutAddress what of a JSON body may differ because the address differs (the address itself)
     */
    private void assertAlike(Function<String, TestResponse> request, String existing,
            Function<Integer, String> unknown, Function<ObjectNode, ObjectNode> withoutAddress) {
        for (int i = 0; i < 3; i++) { // warm up both paths
            request.apply(existing);
            request.apply(unknown.apply(i));
        }
        List<Long> existingNanos = new ArrayList<>();
        List<Long> unknownNanos = new ArrayList<>();
        TestResponse existingAnswer = null;
        TestResponse unknownAnswer = null;
        for (int round = 0; round < ROUNDS; round++) {
            long start = System.nanoTime();
            existingAnswer = request.apply(existing);
            existingNanos.add(System.nanoTime() - start);
            start = System.nanoTime();
            unknownAnswer = request.apply(unknown.apply(round));
            unknownNanos.add(System.nanoTime() - start);
        }

        assertThat(existingAnswer.status()).isEqualTo(unknownAnswer.status());
        assertThat(existingAnswer.contentType()).isEqualTo(unknownAnswer.contentType());
        assertThat(comparable(existingAnswer, withoutAddress)).isEqualTo(comparable(unknownAnswer, withoutAddress));
        long existingMedian = median(existingNanos);
        long unknownMedian = median(unknownNanos);
        long allowed = Math.max(Math.min(existingMedian, unknownMedian) / 5, 5_000_000);
        assertThat(Math.abs(existingMedian - unknownMedian))
                .as("median %d µs for the existing address, %d µs for unknown ones", existingMedian / 1000,
                        unknownMedian / 1000)
                .isLessThan(allowed);
    }

    private JsonNode comparable(TestResponse answer, Function<ObjectNode, ObjectNode> withoutAddress) {
        if (answer.body().isEmpty()) {
            return null;
        }
        ObjectNode body = (ObjectNode) answer.json();
        body.remove("instance"); // the request path, the same for both; removed to compare the rest exactly
        return withoutAddress.apply(body);
    }

    private static long median(List<Long> values) {
        List<Long> sorted = values.stream().sorted().toList();
        return sorted.get(sorted.size() / 2);
    }
}
