package io.learnpath.content;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.junit.ArchTests;
import com.tngtech.archunit.lang.ArchRule;
import io.learnpath.platform.test.architecture.LearnpathArchitecture;

/** The conventions every service keeps, plus the direction of the content-service's two features. */
@AnalyzeClasses(packages = "io.learnpath.content", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

    @ArchTest
    static final ArchTests rules = ArchTests.in(LearnpathArchitecture.ServiceRules.class);

    @ArchTest
    static final ArchRule readingRoadmapsDoesNotDependOnPublishing = noClasses()
            .that().resideInAPackage("io.learnpath.content.roadmap..")
            .should().dependOnClassesThat().resideInAPackage("io.learnpath.content.publishing..")
            .because("roadmaps are the content and publishing one way of telling others about it: publishing "
                    + "reads roadmaps through RoadmapVersions, and serving roadmaps must work without it");

    @ArchTest
    static final ArchRule servingRoadmapsDoesNotDependOnTheEventContracts = noClasses()
            .that().resideInAPackage("io.learnpath.content.roadmap..")
            .should().dependOnClassesThat().resideInAPackage("io.learnpath.content.events..")
            .because("the API's records and the published event evolve separately; publishing maps one onto "
                    + "the other, and no roadmap class may become a publisher");
}
