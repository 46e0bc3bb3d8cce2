package io.learnpath.progress;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/** Keeps the features apart: the catalogue is upstream of everything, tracking knows nothing of summaries. */
@AnalyzeClasses(packages = "io.learnpath.progress", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

    @ArchTest
    static final ArchRule features_have_no_cycles = slices().matching("io.learnpath.progress.(*)..")
            .should().beFreeOfCycles();

    @ArchTest
    static final ArchRule the_catalogue_depends_on_no_other_feature = noClasses()
            .that().resideInAPackage("io.learnpath.progress.catalog..")
            .should().dependOnClassesThat().resideInAnyPackage("io.learnpath.progress.tracking..",
                    "io.learnpath.progress.summary..");

    @ArchTest
    static final ArchRule tracking_does_not_depend_on_summaries = noClasses()
            .that().resideInAPackage("io.learnpath.progress.tracking..")
            .should().dependOnClassesThat().resideInAPackage("io.learnpath.progress.summary..");

    @ArchTest
    static final ArchRule sql_stays_out_of_controllers = noClasses()
            .that().haveSimpleNameEndingWith("Controller")
            .should().dependOnClassesThat().resideInAPackage("org.springframework.jdbc..");
}
