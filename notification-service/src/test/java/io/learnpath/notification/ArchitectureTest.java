package io.learnpath.notification;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/** Keeps the features apart: the inbox knows nothing of who fills it or who streams it. */
@AnalyzeClasses(packages = "io.learnpath.notification", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

    @ArchTest
    static final ArchRule inboxDependsOnNoOtherFeature = noClasses().that()
            .resideInAPackage("..notification.inbox..")
            .should().dependOnClassesThat()
            .resideInAnyPackage("..notification.live..", "..notification.triggers..");

    @ArchTest
    static final ArchRule triggersAndLiveDoNotKnowEachOther = noClasses().that()
            .resideInAPackage("..notification.triggers..")
            .should().dependOnClassesThat().resideInAPackage("..notification.live..");

    @ArchTest
    static final ArchRule liveDoesNotKnowTheTriggers = noClasses().that()
            .resideInAPackage("..notification.live..")
            .should().dependOnClassesThat().resideInAPackage("..notification.triggers..");

    @ArchTest
    static final ArchRule policiesAreFreeOfFrameworks = noClasses().that().haveSimpleNameEndingWith("Policy")
            .should().dependOnClassesThat().resideInAnyPackage("org.springframework..", "org.apache.kafka..");
}
