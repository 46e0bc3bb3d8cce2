package io.learnpath.auth.secrets;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

@AnalyzeClasses(packages = "io.learnpath.auth", importOptions = ImportOption.DoNotIncludeTests.class)
class SecretsArchitectureTest {

    @ArchTest
    static final ArchRule secretsDependOnNoFeature = noClasses()
            .that().resideInAPackage("io.learnpath.auth.secrets..")
            .should().dependOnClassesThat().resideInAnyPackage("io.learnpath.auth.account..",
                    "io.learnpath.auth.credentials..", "io.learnpath.auth.keys..", "io.learnpath.auth.signin..",
                    "io.learnpath.auth.tokens..", "io.learnpath.auth.wellknown..")
            .because("sealing secrets is a foundation that signing keys, refresh tokens and (later) TOTP seeds "
                    + "build on; depending on any of them would tie every other to it");
}
