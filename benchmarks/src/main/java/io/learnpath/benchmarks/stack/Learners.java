package io.learnpath.benchmarks.stack;

import io.learnpath.launcher.Component;
import io.learnpath.platform.test.http.TestHttp;
import io.learnpath.platform.test.http.TestResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * Learners for the benchmarks, signed up and in at the auth-service itself: through the gateway the sign-in budget
 * (one a second per address) would stretch the setup to minutes, and it is not what is measured. Every learner is
 * new, so runs on the same stack do not share state.
 */
public final class Learners {

    /** Every benchmark learner's: they are throw-away accounts on a local stack. */
    public static final String PASSWORD = "a benchmark passphrase nobody uses";

    // Each sign-up and sign-in is an Argon2id hash, which the auth-service runs on one thread per core: two at a
    // time keep those busy while the requests' other work overlaps.
    private static final int AT_ONCE = 2;

    private Learners() {
    }

    /** One learner: the address it signed up with, and the access token of its sign-in. */
    public record Learner(String email, String token) {
    }

    /** {@code count} new learners, each signed in once. */
    public static List<Learner> signUp(StackEndpoints stack, int count) throws Exception {
        TestHttp auth = TestHttp.at(stack.direct(Component.AUTH));
        try (ExecutorService pool = Executors.newFixedThreadPool(AT_ONCE)) {
            List<Future<Learner>> learners = new ArrayList<>();
            for (int i = 0; i < count; i++) {
                learners.add(pool.submit(() -> signUp(auth)));
            }
            List<Learner> signedUp = new ArrayList<>();
            for (Future<Learner> learner : learners) {
                signedUp.add(learner.get());
            }
            return signedUp;
        }
    }

    /** Fresh tokens for learners made here (access tokens live 15 minutes; a long run outlives them). */
    public static List<Learner> signInAgain(StackEndpoints stack, List<Learner> learners) {
        TestHttp auth = TestHttp.at(stack.direct(Component.AUTH));
        return learners.stream().map(learner -> new Learner(learner.email(), signIn(auth, learner.email())))
                .toList();
    }

    public static List<String> tokens(List<Learner> learners) {
        return learners.stream().map(Learner::token).toList();
    }

    private static Learner signUp(TestHttp auth) {
        String email = "bench-" + UUID.randomUUID() + "@example.com";
        TestResponse registered = auth.request("/api/auth/register")
                .json(Map.of("email", email, "password", PASSWORD, "displayName", "Bench")).post();
        if (registered.status() != 202) {
            throw new IllegalStateException("Signing a benchmark learner up failed: " + registered);
        }
        return new Learner(email, signIn(auth, email));
    }

    private static String signIn(TestHttp auth, String email) {
        TestResponse signedIn = auth.request("/api/auth/login")
                .json(Map.of("email", email, "password", PASSWORD)).post();
        if (signedIn.status() != 200) {
            throw new IllegalStateException("Signing a benchmark learner in failed: " + signedIn);
        }
        return signedIn.json().path("accessToken").asString();
    }
}
