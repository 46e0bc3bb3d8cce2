package io.learnpath.auth.account;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

import com.nimbusds.jwt.SignedJWT;
import io.learnpath.auth.AuthServiceIntegrationTest;
import io.learnpath.auth.account.AdminBootstrap.Outcome;
import io.learnpath.auth.events.AuthEvents;
import io.learnpath.auth.events.UserRegistered;
import io.learnpath.platform.test.EventTopics;
import io.learnpath.platform.test.contract.ContractExample;
import io.learnpath.platform.test.http.TestResponse;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The bootstrap run as further starts of the service would run it, against the shared test context (which has
 * no admin configured): each test builds an {@link AdminBootstrap} with its own settings over the real beans.
 */
class AdminBootstrapIntegrationTest extends AuthServiceIntegrationTest {

    private static final String ADMIN_PASSWORD = "a configured admin password";

    @Autowired
    AccountRegistration registration;

    @Autowired
    AccountRepository accounts;

    @Test
    void createsTheAdminAndAnnouncesItLikeARegistration() {
        String email = uniqueEmail();

        Outcome outcome = bootstrap(email, ADMIN_PASSWORD).bootstrap().orElseThrow();

        assertThat(outcome).isInstanceOf(Outcome.Created.class);
        Account admin = ((Outcome.Created) outcome).account();
        assertThat(accounts.findById(admin.id()).orElseThrow().roles())
                .containsExactly(Role.LEARNER, Role.EDITOR, Role.ADMIN);
        ConsumerRecord<String, byte[]> record = EventTopics.withKeyAndType(AuthEvents.TOPIC, admin.id().toString(),
                "learnpath.auth.user-registered.v1", 1).getFirst();
        ContractExample.of(UserRegistered.class).assertSameShape(record.value());
        assertThat(json.readTree(record.value()).get("email").asString()).isEqualTo(email);
        assertThat(rolesInTheAccessToken(email, ADMIN_PASSWORD)).contains("EDITOR", "ADMIN");
    }

    @Test
    void promotesAnExistingLearnerAndKeepsItsPassword() {
        String email = uniqueEmail();
        UUID id = registered(email);

        Outcome outcome = bootstrap(email.toUpperCase(), ADMIN_PASSWORD).bootstrap().orElseThrow();

        assertThat(outcome).isInstanceOf(Outcome.Promoted.class);
        assertThat(accounts.findById(id).orElseThrow().roles())
                .containsExactly(Role.LEARNER, Role.EDITOR, Role.ADMIN);
        assertThat(rolesInTheAccessToken(email, PASSWORD)).containsExactly("LEARNER", "EDITOR", "ADMIN");
        assertThat(login(email, ADMIN_PASSWORD).status()).isEqualTo(401);
    }

    @Test
    void promotesByEmailAloneWithoutAPassword() {
        String email = uniqueEmail();
        UUID id = registered(email);

        Outcome outcome = bootstrap(email, null).bootstrap().orElseThrow();

        assertThat(outcome).isInstanceOf(Outcome.Promoted.class);
        assertThat(accounts.findById(id).orElseThrow().roles()).contains(Role.EDITOR, Role.ADMIN);
    }

    @Test
    void keepsTheRolesAnAccountHasAndAddsOnlyTheMissingOnes() {
        String email = uniqueEmail();
        UUID id = registered(email);
        accounts.grantRoles(id, List.of(Role.ADMIN));

        assertThat(bootstrap(email, null).bootstrap().orElseThrow()).isInstanceOf(Outcome.Promoted.class);

        assertThat(accounts.findById(id).orElseThrow().roles())
                .containsExactly(Role.LEARNER, Role.ADMIN, Role.EDITOR);
    }

    @Test
    void aFurtherStartChangesNothing() {
        String email = uniqueEmail();
        Account created = ((Outcome.Created) bootstrap(email, ADMIN_PASSWORD).bootstrap().orElseThrow()).account();

        Outcome again = bootstrap(email, "a different password now").bootstrap().orElseThrow();

        assertThat(again).isEqualTo(new Outcome.AlreadyAdmin(created));
        assertThat(login(email, ADMIN_PASSWORD).status()).isEqualTo(200);
    }

    @Test
    void twoInstancesStartingAtOnceCreateOneAdmin() throws Exception {
        String email = uniqueEmail();
        CountDownLatch start = new CountDownLatch(1);
        List<Outcome> outcomes;
        try (ExecutorService instances = Executors.newFixedThreadPool(2)) {
            List<CompletableFuture<Outcome>> running = List.of(1, 2).stream()
                    .map(instance -> CompletableFuture.supplyAsync(() -> {
                        awaitQuietly(start);
                        return bootstrap(email, ADMIN_PASSWORD).bootstrap().orElseThrow();
                    }, instances))
                    .toList();
            start.countDown();
            outcomes = running.stream().map(CompletableFuture::join).toList();
        }

        assertThat(outcomes).hasSize(2).filteredOn(Outcome.Created.class::isInstance).hasSize(1);
        assertThat(outcomes).filteredOn(Outcome.AlreadyAdmin.class::isInstance).hasSize(1);
        assertThat(accounts.findByEmail(email).orElseThrow().roles())
                .containsExactly(Role.LEARNER, Role.EDITOR, Role.ADMIN);
    }

    @Test
    void anUnknownEmailWithoutAPasswordFailsStartUp() {
        String email = uniqueEmail();

        assertThatIllegalStateException().isThrownBy(() -> bootstrap(email, null).bootstrap())
                .withMessage("Cannot set up the bootstrap admin: no account has the email " + email + ", and no "
                        + "password is configured to create it: set learnpath.auth.bootstrap-admin.password or "
                        + "learnpath.auth.bootstrap-admin.password-file");
        assertThat(accounts.findByEmail(email)).isEmpty();
    }

    private AdminBootstrap bootstrap(String email, String password) {
        return new AdminBootstrap(new BootstrapAdminProperties(email, password, null, "Administrator"),
                registration, accounts);
    }

    private List<String> rolesInTheAccessToken(String email, String password) {
        TestResponse answer = login(email, password);
        assertThat(answer.status()).as(answer.toString()).isEqualTo(200);
        try {
            return SignedJWT.parse(answer.json().get("accessToken").asString()).getJWTClaimsSet()
                    .getStringListClaim("roles");
        } catch (java.text.ParseException e) {
            throw new AssertionError(e);
        }
    }

    private static void awaitQuietly(CountDownLatch latch) {
        try {
            latch.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
