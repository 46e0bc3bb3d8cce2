package io.learnpath.progress;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.junit.ArchTests;
import com.tngtech.archunit.lang.ArchRule;
import io.learnpath.platform.test.architecture.LearnpathArchitecture;

/** The conventions every service keeps, plus the direction of the progress-service's features. */
@AnalyzeClasses(packages = "io.learnpath.progress", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

    @ArchTest
    static final ArchTests rules = ArchTests.in(LearnpathArchitecture.ServiceRules.class);

    @ArchTest
    static final ArchRule theCatalogueDependsOnNoOtherFeature = noClasses()
            .that().resideInAPackage("io.learnpath.progress.catalog..")
            .should().dependOnClassesThat().resideInAnyPackage("io.learnpath.progress.tracking..",
                    "io.learnpath.progress.summary..")
            .because("the catalogue is the content-service's roadmaps as this service knows them: every feature "
                    + "reads it, and it must be complete without knowing what learners do");

    @ArchTest
    static final ArchRule erasureDependsOnNoOtherFeature = noClasses()
            .that().resideInAPackage("io.learnpath.progress.erasure..")
            .should().dependOnClassesThat().resideInAnyPackage("io.learnpath.progress.tracking..",
                    "io.learnpath.progress.summary..", "io.learnpath.progress.catalog..")
            .because("every feature that holds learner data depends on the erasure (to check for erased learners and "
                    + "to hear LearnerErased); the erasure naming them back would tie them all together");

    @ArchTest
    static final ArchRule theExportDependsOnNoFeature = noClasses()
            .that().resideInAPackage("io.learnpath.progress.export..")
            .should().dependOnClassesThat().resideInAnyPackage("io.learnpath.progress.tracking..",
                    "io.learnpath.progress.summary..", "io.learnpath.progress.catalog..",
                    "io.learnpath.progress.notes..", "io.learnpath.progress.guidance..")
            .because("each feature contributes its own LearnerDataSection: an export that named the features "
                    + "would silently leave out the next one");

    @ArchTest
    static final ArchRule trackingDoesNotDependOnSummaries = noClasses()
            .that().resideInAPackage("io.learnpath.progress.tracking..")
            .should().dependOnClassesThat().resideInAPackage("io.learnpath.progress.summary..")
            .because("statuses are the facts and the summary one view of them: more views (streaks, milestones) "
                    + "will read tracking, and tracking must not change when a view does");
}
