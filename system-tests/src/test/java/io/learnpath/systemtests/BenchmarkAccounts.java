package io.learnpath.systemtests;

import static org.assertj.core.api.Assertions.assertThat;

import io.learnpath.launcher.Ports;
import io.learnpath.platform.test.http.TestHttp;
import io.learnpath.platform.test.http.TestResponse;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Accounts for benchmarks and fault tests, signed up and in at the auth-service itself: the gateway's strict
 * sign-in budget (one a second per address, shared by every system test on this machine) is not what they measure,
 * and would stretch their setup or refuse it.
 */
final class BenchmarkAccounts {

    private static final String PASSWORD = "a benchmark passphrase nobody uses";

    private BenchmarkAccounts() {
    }

    /** A new account: its email, and the access token of its first sign-in. */
    record Account(String email, String token) {
    }

    /** The access tokens of {@code count} new accounts. */
    static List<String> signUp(Ports ports, int count) {
        List<String> tokens = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            tokens.add(signUp(ports).token());
        }
        return tokens;
    }

    static Account signUp(Ports ports) {
        String email = "bench-" + UUID.randomUUID() + "@example.com";
        TestResponse registered = auth(ports).request("/api/auth/register")
                .json(Map.of("email", email, "password", PASSWORD, "displayName", "Bench")).post();
        assertThat(registered.status()).as(registered.toString()).isEqualTo(202);
        return new Account(email, signIn(ports, email, PASSWORD));
    }

    /** A fresh access token for an account made here (after its roles changed, say). */
    static String signInAgain(Ports ports, Account account) {
        return signIn(ports, account.email(), PASSWORD);
    }

    static String signIn(Ports ports, String email, String password) {
        TestResponse signedIn = auth(ports).request("/api/auth/login")
                .json(Map.of("email", email, "password", password)).post();
        assertThat(signedIn.status()).as(signedIn.toString()).isEqualTo(200);
        return signedIn.json().path("accessToken").asString();
    }

    private static TestHttp auth(Ports ports) {
        return TestHttp.at(URI.create("http://localhost:" + ports.auth()));
    }
}
