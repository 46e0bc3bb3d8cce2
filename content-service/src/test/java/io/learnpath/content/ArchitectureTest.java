package io.learnpath.content;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/** Keeps the features apart: reading roadmaps must not know how releases are announced. */
class ArchitectureTest {

    private final JavaClasses classes = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("io.learnpath.content");

    @Test
    void featuresHaveNoCycles() {
        slices().matching("io.learnpath.content.(*)..").should().beFreeOfCycles().check(classes);
    }

    @Test
    void readingRoadmapsDoesNotDependOnPublishing() {
        noClasses().that().resideInAPackage("..content.roadmap..")
                .should().dependOnClassesThat().resideInAPackage("..content.publishing..")
                .check(classes);
    }

    @Test
    void servingRoadmapsDoesNotDependOnTheEventContracts() {
        noClasses().that().resideInAPackage("..content.roadmap..")
                .should().dependOnClassesThat().resideInAPackage("io.learnpath.content.events..")
                .because("the API's records and the published event evolve separately")
                .check(classes);
    }
}
