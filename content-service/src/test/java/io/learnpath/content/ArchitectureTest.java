package io.learnpath.content;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.junit.ArchTests;
import com.tngtech.archunit.lang.ArchRule;
import io.learnpath.platform.test.architecture.LearnpathArchitecture;

/** The conventions every service keeps, plus the direction of the content-service's features. */
@AnalyzeClasses(packages = "io.learnpath.content", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

    @ArchTest
    static final ArchTests rules = ArchTests.in(LearnpathArchitecture.ServiceRules.class);

    @ArchTest
    static final ArchRule readingRoadmapsDoesNotDependOnPublishing = noClasses()
            .that().resideInAPackage("io.learnpath.content.roadmap..")
            .should().dependOnClassesThat().resideInAPackage("io.learnpath.content.publishing..")
            .because("roadmaps are read on every page view and must not change when the way releases are "
                    + "announced does; publishing reads roadmaps, never the other way round");

    @ArchTest
    static final ArchRule servingRoadmapsDoesNotDependOnTheEventContracts = noClasses()
            .that().resideInAPackage("io.learnpath.content.roadmap..")
            .should().dependOnClassesThat().resideInAPackage("io.learnpath.content.events..")
            .because("the API's records and the published event evolve separately");
}
