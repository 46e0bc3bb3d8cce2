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
    static final ArchRule readingDoesNotDependOnPublishingOrEditing = noClasses()
            .that().resideInAPackage("io.learnpath.content.catalog..")
            .should().dependOnClassesThat().resideInAnyPackage("io.learnpath.content.publishing..",
                    "io.learnpath.content.editing..")
            .because("the curriculum is read on every page view and must not change when the way it is edited or "
                    + "released does; publishing tells the catalogue's cache about a release, never the other way");

    @ArchTest
    static final ArchRule servingTheCurriculumDoesNotDependOnTheEventContracts = noClasses()
            .that().resideInAnyPackage("io.learnpath.content.catalog..", "io.learnpath.content.search..",
                    "io.learnpath.content.editing..")
            .should().dependOnClassesThat().resideInAPackage("io.learnpath.content.events..")
            .because("the API's records and the published event evolve separately; only publishing builds events");

    @ArchTest
    static final ArchRule erasureDependsOnNoOtherFeature = noClasses()
            .that().resideInAPackage("io.learnpath.content.erasure..")
            .should().dependOnClassesThat().resideInAnyPackage("io.learnpath.content.catalog..",
                    "io.learnpath.content.publishing..", "io.learnpath.content.editing..",
                    "io.learnpath.content.search..")
            .because("the features that name accounts hear AccountErased and erase their own records; the erasure "
                    + "naming them back would tie every such feature to it both ways");

    @ArchTest
    static final ArchRule theCurriculumModelStandsAlone = noClasses()
            .that().resideInAPackage("io.learnpath.content.curriculum..")
            .should().dependOnClassesThat().resideInAnyPackage("io.learnpath.content.catalog..",
                    "io.learnpath.content.publishing..", "io.learnpath.content.editing..",
                    "io.learnpath.content.search..", "org.springframework..")
            .because("roadmaps, topics, their rules and their file format are plain Java that every feature and the "
                    + "build's check of the repository's files share");
}
