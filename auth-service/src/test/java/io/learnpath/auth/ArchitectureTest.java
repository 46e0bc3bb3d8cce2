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
                    "io.learnpath.auth.tokens..", "io.learnpath.auth.wellknown..");

    /** The pure rules stay free of Spring so they are tested, and reasoned about, on their own. */
    @ArchTest
    static final ArchRule policiesAreFrameworkFree = noClasses()
            .that().haveSimpleNameEndingWith("Policy").or().haveSimpleName("EmailAddress")
            .or().haveSimpleName("DisplayName")
            .should().dependOnClassesThat().resideInAnyPackage("org.springframework..");
}
