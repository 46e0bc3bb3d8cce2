package io.learnpath.platform.test.architecture;

import static com.tngtech.archunit.base.DescribedPredicate.not;
import static com.tngtech.archunit.lang.conditions.ArchPredicates.are;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.methods;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.Dependency;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaMethod;
import com.tngtech.archunit.core.domain.PackageMatchers;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import java.util.Arrays;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * The conventions every Learnpath service and the gateway keep, as ArchUnit rules that each say why. A service
 * applies all of them with one test class:
 *
 * <pre>
 * &#64;AnalyzeClasses(packages = "io.learnpath.progress", importOptions = ImportOption.DoNotIncludeTests.class)
 * class ArchitectureTest {
 *     &#64;ArchTest static final ArchTests rules = ArchTests.in(LearnpathArchitecture.ServiceRules.class);
 * }
 * </pre>
 *
 * and the gateway the same with {@link GatewayRules}.
 *
 * <p>Words the rules use:
 * <ul>
 *   <li>a <em>feature</em> is the package segment after the service: {@code io.learnpath.<service>.<feature>..};</li>
 *   <li>a class nested in another (a record, an anonymous class) is judged as its top-level class, so a request
 *       record inside a controller is part of the controller and a row record inside a repository part of the
 *       repository (lambdas are compiled into their class and need no such help);</li>
 *   <li>a <em>web adapter</em> is a class annotated {@code @RestController}, {@code @Controller},
 *       {@code @RestControllerAdvice} or {@code @ControllerAdvice} (directly or through a meta-annotation), or any
 *       class in a package {@code ..web..};</li>
 *   <li>a <em>policy</em> is any class in a package {@code ..policy..} (by package, not by class name);</li>
 *   <li>the <em>event contracts</em> are the packages {@code io.learnpath.<name>.events..} of the contracts
 *       modules; {@code io.learnpath.platform.events} (the envelope) is not one.</li>
 * </ul>
 *
 * <p>Every rule may be vacuous (the gateway has no SQL, the auth-service no Kafka listener), so none fails
 * because nothing it speaks of exists. Spring's and Kafka's types are named as strings: this module needs neither
 * to check them.
 */
public final class LearnpathArchitecture {

    private static final String KAFKA_LISTENER = "org.springframework.kafka.annotation.KafkaListener";
    /** What the compiler writes for a method with two or more {@code @KafkaListener}s. */
    private static final String KAFKA_LISTENERS = "org.springframework.kafka.annotation.KafkaListeners";
    private static final String KAFKA_HANDLER = "org.springframework.kafka.annotation.KafkaHandler";
    private static final String REPOSITORY = "org.springframework.stereotype.Repository";
    private static final String APPLICATION_EVENT_PUBLISHER = "org.springframework.context.ApplicationEventPublisher";
    private static final String EVENT_INBOX = "io.learnpath.platform.messaging.EventInbox";
    private static final String EVENT_HANDLERS = "io.learnpath.platform.messaging.EventHandlers";

    private static final String[] WEB_ADAPTER_ANNOTATIONS = {
        "org.springframework.web.bind.annotation.RestController",
        "org.springframework.stereotype.Controller",
        "org.springframework.web.bind.annotation.RestControllerAdvice",
        "org.springframework.web.bind.annotation.ControllerAdvice",
    };
    private static final String[] HTTP_PACKAGES = {
        "org.springframework.http..", "org.springframework.web..", "jakarta.servlet..", "io.learnpath.platform.web..",
    };
    private static final String[] FRAMEWORK_PACKAGES = {
        "org.springframework..", "org.apache.kafka..", "java.sql..", "javax.sql..", "jakarta.persistence..",
        "io.micrometer..", "tools.jackson..", "com.fasterxml.jackson..", "io.learnpath.platform.web..",
        "io.learnpath.platform.messaging..", "io.learnpath.platform.outbox..",
    };
    private static final String[] SQL_PACKAGES = { "org.springframework.jdbc..", "java.sql..", "javax.sql.." };

    private LearnpathArchitecture() {
    }

    /** Every rule; what each service's {@code ArchitectureTest} runs. */
    public static final class ServiceRules {

        @ArchTest
        public static final ArchRule featuresAreFreeOfCycles = slices()
                .matching("io.learnpath.(*).(*)..").namingSlices("feature $2 of $1")
                .should().beFreeOfCycles()
                .because("a feature that uses another must not be used by it in return: then each can be read, "
                        + "tested and changed starting from the ones it needs, and none drags in all the others")
                .allowEmptyShould(true);

        @ArchTest
        public static final ArchRule httpOnlyInWebAdapters = noClasses()
                .that(are(not(webAdapters())))
                .should().dependOnClassesThat().resideInAnyPackage(HTTP_PACKAGES)
                .because("HTTP is one edge of a service, not its logic: business code returns outcomes as types or "
                        + "throws the domain exceptions of io.learnpath.platform.domain, and only web adapters turn "
                        + "them into statuses, headers and problem types, so the same rules serve a Kafka listener "
                        + "or a scheduled job and are tested without a web server")
                .allowEmptyShould(true);

        @ArchTest
        public static final ArchRule policiesAreFreeOfFrameworks = noClasses()
                .that().resideInAPackage("..policy..")
                .should().dependOnClassesThat().resideInAnyPackage(FRAMEWORK_PACKAGES)
                .because("policies are the business rules themselves: plain Java, tested with plain unit tests and "
                        + "read without knowing Spring, Kafka, SQL, JSON or HTTP")
                .allowEmptyShould(true);

        @ArchTest
        public static final ArchRule kafkaListenersGoThroughTheInbox = methods()
                .that(kafkaListenerMethods())
                .should(callAMethodOf(EVENT_INBOX))
                .because("Kafka delivers at least once: the EventInbox records each event's id in the same "
                        + "transaction as the handler's effects, so a redelivered event changes nothing")
                .allowEmptyShould(true);

        @ArchTest
        public static final ArchRule sqlOnlyInRepositories = noClasses()
                .that(are(not(repositories())))
                .should().dependOnClassesThat().resideInAnyPackage(SQL_PACKAGES)
                .because("each feature's SQL lives in its @Repository, so every table has one owner and every "
                        + "query one place to be read, tested and tuned")
                .allowEmptyShould(true);

        @ArchTest
        public static final ArchRule repositoriesBelongToTheirFeature = classes()
                .that().areMetaAnnotatedWith(REPOSITORY)
                .should(beUsedOnlyByTheirOwnFeature())
                .because("each feature owns its tables: another feature asks it through a service or keeps its own "
                        + "read model, so a schema change stays inside one feature")
                .allowEmptyShould(true);

        @ArchTest
        public static final ArchRule contractRecordsOnlyInPublishersAndListeners = noClasses()
                .that(are(not(contracts().or(publishers()).or(listeners()))))
                .should().dependOnClassesThat(are(contracts()))
                .because("the published contract and the service's own model evolve separately: publishers build "
                        + "contracts from the model and listeners map them onto it, everything else (controllers, "
                        + "readers, stores) uses the service's own records")
                .allowEmptyShould(true);

        private ServiceRules() {
        }
    }

    /**
     * Every rule but {@link ServiceRules#httpOnlyInWebAdapters}: the whole gateway is the HTTP edge (routes,
     * filters, rate limits, error answers), so HTTP types belong everywhere in it.
     */
    public static final class GatewayRules {

        @ArchTest
        public static final ArchRule featuresAreFreeOfCycles = ServiceRules.featuresAreFreeOfCycles;

        @ArchTest
        public static final ArchRule policiesAreFreeOfFrameworks = ServiceRules.policiesAreFreeOfFrameworks;

        @ArchTest
        public static final ArchRule kafkaListenersGoThroughTheInbox = ServiceRules.kafkaListenersGoThroughTheInbox;

        @ArchTest
        public static final ArchRule sqlOnlyInRepositories = ServiceRules.sqlOnlyInRepositories;

        @ArchTest
        public static final ArchRule repositoriesBelongToTheirFeature = ServiceRules.repositoriesBelongToTheirFeature;

        @ArchTest
        public static final ArchRule contractRecordsOnlyInPublishersAndListeners =
                ServiceRules.contractRecordsOnlyInPublishersAndListeners;

        private GatewayRules() {
        }
    }

    // ---- what the rules speak of

    private static DescribedPredicate<JavaClass> webAdapters() {
        DescribedPredicate<JavaClass> inWebPackage = JavaClass.Predicates.resideInAPackage("..web..");
        return DescribedPredicate.describe("web adapters (" + annotationNames(WEB_ADAPTER_ANNOTATIONS)
                + ", or in a package ..web..)", javaClass -> {
                    JavaClass topLevel = topLevel(javaClass);
                    return inWebPackage.test(topLevel)
                            || Arrays.stream(WEB_ADAPTER_ANNOTATIONS).anyMatch(topLevel::isMetaAnnotatedWith);
                });
    }

    private static DescribedPredicate<JavaClass> repositories() {
        return DescribedPredicate.describe("@Repository classes",
                javaClass -> topLevel(javaClass).isMetaAnnotatedWith(REPOSITORY));
    }

    private static DescribedPredicate<JavaMethod> kafkaListenerMethods() {
        return DescribedPredicate.describe("are Kafka listeners (@KafkaListener, or @KafkaHandler in a "
                + "@KafkaListener class)", method -> method.isMetaAnnotatedWith(KAFKA_LISTENER)
                        || method.isMetaAnnotatedWith(KAFKA_LISTENERS)
                        || method.isMetaAnnotatedWith(KAFKA_HANDLER)
                                && (method.getOwner().isMetaAnnotatedWith(KAFKA_LISTENER)
                                        || method.getOwner().isMetaAnnotatedWith(KAFKA_LISTENERS)));
    }

    private static DescribedPredicate<JavaClass> contracts() {
        DescribedPredicate<String> contractPackage = PackageMatchers.of("io.learnpath.*.events..");
        DescribedPredicate<String> platformPackage = PackageMatchers.of("io.learnpath.platform..");
        return DescribedPredicate.describe("event contracts (io.learnpath.<name>.events..)", javaClass -> {
            String packageName = javaClass.getBaseComponentType().getPackageName();
            return contractPackage.test(packageName) && !platformPackage.test(packageName);
        });
    }

    private static DescribedPredicate<JavaClass> publishers() {
        return DescribedPredicate.describe("publishers (using ApplicationEventPublisher)",
                javaClass -> dependsOnAnyOf(topLevel(javaClass), APPLICATION_EVENT_PUBLISHER));
    }

    private static DescribedPredicate<JavaClass> listeners() {
        return DescribedPredicate.describe("listeners (with a @KafkaListener, or using EventInbox or EventHandlers)",
                javaClass -> {
                    JavaClass topLevel = topLevel(javaClass);
                    return topLevel.isMetaAnnotatedWith(KAFKA_LISTENER)
                            || topLevel.getMethods().stream().anyMatch(m -> m.isMetaAnnotatedWith(KAFKA_LISTENER)
                                    || m.isMetaAnnotatedWith(KAFKA_LISTENERS))
                            || dependsOnAnyOf(topLevel, EVENT_INBOX, EVENT_HANDLERS);
                });
    }

    // ---- conditions

    private static ArchCondition<JavaMethod> callAMethodOf(String typeName) {
        String simpleName = simpleName(typeName);
        return new ArchCondition<>("call a method of " + simpleName) {
            @Override
            public void check(JavaMethod method, ConditionEvents events) {
                boolean calls = method.getMethodCallsFromSelf().stream()
                        .anyMatch(call -> call.getTargetOwner().getName().equals(typeName));
                events.add(new SimpleConditionEvent(method, calls, String.format("%s %s a method of %s in %s",
                        method.getDescription(), calls ? "calls" : "does not call", simpleName,
                        method.getSourceCodeLocation())));
            }
        };
    }

    private static ArchCondition<JavaClass> beUsedOnlyByTheirOwnFeature() {
        return new ArchCondition<>("be used only by classes of their own feature (io.learnpath.<service>.<feature>)") {
            @Override
            public void check(JavaClass repository, ConditionEvents events) {
                String feature = feature(repository);
                for (Dependency dependency : repository.getDirectDependenciesToSelf()) {
                    String user = feature(dependency.getOriginClass());
                    if (!user.equals(feature)) {
                        events.add(SimpleConditionEvent.violated(dependency, String.format(
                                "%s (feature %s) uses the repository of feature %s: %s",
                                topLevel(dependency.getOriginClass()).getName(), user, feature,
                                dependency.getDescription())));
                    }
                }
            }
        };
    }

    // ---- helpers

    /** Nested, local and anonymous classes are part of the class they are written in. */
    private static JavaClass topLevel(JavaClass javaClass) {
        JavaClass current = javaClass;
        while (current.getEnclosingClass().isPresent()) {
            current = current.getEnclosingClass().get();
        }
        return current;
    }

    /** {@code io.learnpath.<service>.<feature>}: the first four segments of the class's package. */
    private static String feature(JavaClass javaClass) {
        return Stream.of(topLevel(javaClass).getPackageName().split("\\.")).limit(4)
                .collect(Collectors.joining("."));
    }

    private static boolean dependsOnAnyOf(JavaClass javaClass, String... typeNames) {
        return javaClass.getDirectDependenciesFromSelf().stream()
                .map(dependency -> dependency.getTargetClass().getBaseComponentType().getName())
                .anyMatch(name -> Arrays.asList(typeNames).contains(name));
    }

    private static String annotationNames(String... typeNames) {
        return Arrays.stream(typeNames).map(name -> "@" + simpleName(name)).collect(Collectors.joining(", "));
    }

    private static String simpleName(String typeName) {
        return typeName.substring(typeName.lastIndexOf('.') + 1);
    }
}
