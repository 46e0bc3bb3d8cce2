package io.learnpath.auth;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.junit.ArchTests;
import com.tngtech.archunit.lang.ArchRule;
import io.learnpath.platform.test.architecture.LearnpathArchitecture;

/** The conventions every service keeps, plus the auth-service's own layering of its features. */
@AnalyzeClasses(packages = "io.learnpath.auth", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

    @ArchTest
    static final ArchTests rules = ArchTests.in(LearnpathArchitecture.ServiceRules.class);

    @ArchTest
    static final ArchRule foundationsStayIndependent = noClasses()
            .that().resideInAnyPackage("io.learnpath.auth.keys..", "io.learnpath.auth.credentials..")
            .should().dependOnClassesThat()
            .resideInAnyPackage("io.learnpath.auth.account..", "io.learnpath.auth.signin..",
                    "io.learnpath.auth.tokens..", "io.learnpath.auth.wellknown..")
            .because("signing keys and password hashing are the foundation accounts, sign-in and tokens build on; "
                    + "a dependency the other way would tie them to the features that use them");
}
