package io.learnpath.auth;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

@AnalyzeClasses(packages = "io.learnpath.auth", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

    @ArchTest
    static final ArchRule featuresDoNotDependOnEachOtherInCycles = slices()
            .matching("io.learnpath.auth.(*)..")
            .should().beFreeOfCycles();

    /** Keys and password hashing know nothing of accounts, sign-in or tokens: they are the foundation. */
    @ArchTest
    static final ArchRule foundationsStayIndependent = noClasses()
            .that().resideInAnyPackage("io.learnpath.auth.keys..", "io.learnpath.auth.credentials..")
            .should().dependOnClassesThat()
            .resideInAnyPackage("io.learnpath.auth.account..", "io.learnpath.auth.signin..",
                    "io.learnpath.auth.tokens..", "io.learnpath.auth.wellknown..")
            .because("keys and password hashing are the foundation the features build on");

    @ArchTest
    static final ArchRule policiesAreFrameworkFree = noClasses()
            .that().resideInAPackage("io.learnpath.auth..policy..")
            .should().dependOnClassesThat().resideInAnyPackage("org.springframework..", "io.micrometer..",
                    "tools.jackson..", "org.apache.kafka..", "java.sql..", "javax.sql..", "io.learnpath.platform.web..")
            .because("the pure rules are tested, and reasoned about, on their own");
}
