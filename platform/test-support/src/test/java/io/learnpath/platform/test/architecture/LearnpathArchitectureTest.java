package io.learnpath.platform.test.architecture;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;
import io.learnpath.platform.test.architecture.LearnpathArchitecture.GatewayRules;
import io.learnpath.platform.test.architecture.LearnpathArchitecture.ServiceRules;
import java.lang.reflect.Field;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Each rule fails on a planted violation, naming the class that commits it and no other, and every rule passes
 * on a small realistic service ({@code io.learnpath.sample}) that follows the conventions. Each planted case is
 * its own service, {@code io.learnpath.<case>}, so the rules see its packages as features.
 */
class LearnpathArchitectureTest {

    private static final JavaClasses SAMPLE = service("sample");

    @ParameterizedTest(name = "{0}")
    @MethodSource("serviceRules")
    void theSampleServiceKeepsEveryRule(String name, ArchRule rule) {
        assertThatCode(() -> rule.check(SAMPLE)).doesNotThrowAnyException();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("serviceRules")
    void aServiceWithoutWhatARuleSpeaksOfKeepsIt(String name, ArchRule rule) {
        JavaClasses nothing = new ClassFileImporter().importPackages("io.learnpath.nosuchservice");

        assertThat(nothing).isEmpty();
        assertThatCode(() -> rule.check(nothing)).doesNotThrowAnyException();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("serviceRules")
    void everyRuleSaysWhy(String name, ArchRule rule) {
        assertThat(rule.getDescription()).contains(", because ");
    }

    @Test
    void featuresAreFreeOfCycles() {
        assertViolatedBy(ServiceRules.featuresAreFreeOfCycles, "cyclic",
                "io.learnpath.cyclic.orders.Orders", "io.learnpath.cyclic.billing.Invoices");
    }

    @Test
    void httpOnlyInWebAdapters() {
        // The controller next to it uses HTTP types in a lambda, an anonymous class and a nested record: not flagged.
        assertViolatedBy(ServiceRules.httpOnlyInWebAdapters, "httpleak", "io.learnpath.httpleak.enrolment.Enrolments");
    }

    @Test
    void policiesAreFreeOfFrameworks() {
        assertViolatedBy(ServiceRules.policiesAreFreeOfFrameworks, "springpolicy",
                "io.learnpath.springpolicy.enrolment.policy.EnrolmentPolicy");
    }

    @Test
    void kafkaListenersGoThroughTheInbox() {
        assertViolatedBy(ServiceRules.kafkaListenersGoThroughTheInbox, "bypassinbox",
                "io.learnpath.bypassinbox.intake.CourseListener", "io.learnpath.bypassinbox.intake.CourseHandlers",
                "io.learnpath.bypassinbox.intake.TwoTopicsListener");
    }

    @Test
    void sqlOnlyInRepositories() {
        // The repository next to it has a row record that reads the ResultSet: not flagged.
        assertViolatedBy(ServiceRules.sqlOnlyInRepositories, "rawsql", "io.learnpath.rawsql.enrolment.Enrolments");
    }

    @Test
    void repositoriesBelongToTheirFeature() {
        assertViolatedBy(ServiceRules.repositoriesBelongToTheirFeature, "foreignrepo",
                "io.learnpath.foreignrepo.billing.Invoices");
    }

    @Test
    void contractRecordsOnlyInPublishersAndListeners() {
        assertViolatedBy(ServiceRules.contractRecordsOnlyInPublishersAndListeners, "contractleak",
                "io.learnpath.contractleak.enrolment.EnrolmentController");
    }

    @Test
    void theGatewayKeepsEveryRuleButHttpOnlyInWebAdapters() {
        assertThat(rulesIn(GatewayRules.class)).isEqualTo(rulesIn(ServiceRules.class).entrySet().stream()
                .filter(rule -> !rule.getKey().equals("httpOnlyInWebAdapters"))
                .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue, (a, b) -> a, LinkedHashMap::new)));
    }

    @Test
    void aGatewayUsesHttpOutsideControllersWhichOnlyTheServiceRulesForbid() {
        assertViolatedBy(ServiceRules.httpOnlyInWebAdapters, "edge", "io.learnpath.edge.routing.RouteFilter",
                "io.learnpath.edge.ratelimit.Budget");
        JavaClasses edge = service("edge");
        rulesIn(GatewayRules.class).values().forEach(rule -> rule.check(edge));
    }

    // ---- helpers

    static Stream<Arguments> serviceRules() {
        return rulesIn(ServiceRules.class).entrySet().stream()
                .map(rule -> Arguments.of(rule.getKey(), rule.getValue()));
    }

    private static Map<String, ArchRule> rulesIn(Class<?> rules) {
        Map<String, ArchRule> byName = new LinkedHashMap<>();
        for (Field field : rules.getFields()) {
            if (field.isAnnotationPresent(ArchTest.class)) {
                try {
                    byName.put(field.getName(), (ArchRule) field.get(null));
                } catch (IllegalAccessException e) {
                    throw new IllegalStateException(e);
                }
            }
        }
        return byName;
    }

    private static JavaClasses service(String name) {
        return new ClassFileImporter().importPackages("io.learnpath." + name);
    }

    /**
     * The rule fails on the planted service with an {@link AssertionError} that names each offender, and every
     * violation it reports starts from one of them: the clean classes planted next to them are not flagged.
     */
    private static void assertViolatedBy(ArchRule rule, String service, String... offenders) {
        JavaClasses classes = service(service);
        assertThatThrownBy(() -> rule.check(classes)).isInstanceOf(AssertionError.class)
                .hasMessageContainingAll(offenders)
                .hasMessageContaining(", because ");
        assertThat(violatingClasses(rule, classes, "io.learnpath." + service + "."))
                .containsExactlyInAnyOrder(offenders);
    }

    /** The top-level class each reported violation starts from: the first class of the service on its line. */
    private static Set<String> violatingClasses(ArchRule rule, JavaClasses classes, String servicePackage) {
        Pattern name = Pattern.compile(Pattern.quote(servicePackage) + "[\\w.$]+");
        return rule.evaluate(classes).getFailureReport().getDetails().stream()
                .flatMap(line -> line.lines())
                .map(name::matcher)
                .filter(Matcher::find)
                .map(match -> topLevelClass(match.group()))
                .collect(Collectors.toSet());
    }

    /** {@code io.learnpath.x.feature.Type$Nested.method} is {@code io.learnpath.x.feature.Type}. */
    private static String topLevelClass(String memberOrClass) {
        String[] segments = memberOrClass.split("\\.");
        int type = 0;
        while (type < segments.length && !Character.isUpperCase(segments[type].charAt(0))) {
            type++;
        }
        return String.join(".", Arrays.copyOf(segments, type + 1)).replaceAll("\\$.*", "");
    }
}
