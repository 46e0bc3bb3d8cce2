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
            .resideInAnyPackage("..notification.live..", "..notification.triggers..")
            .because("the inbox announces new notifications (NotificationCreated) instead of calling who cares");

    @ArchTest
    static final ArchRule triggersAndLiveDoNotKnowEachOther = noClasses().that()
            .resideInAPackage("..notification.triggers..")
            .should().dependOnClassesThat().resideInAPackage("..notification.live..")
            .because("a trigger only fills the inbox; live delivery follows from the inbox's announcement");

    @ArchTest
    static final ArchRule liveDoesNotKnowTheTriggers = noClasses().that()
            .resideInAPackage("..notification.live..")
            .should().dependOnClassesThat().resideInAPackage("..notification.triggers..")
            .because("the live streams carry whatever reached the inbox, whatever caused it");

    @ArchTest
    static final ArchRule theFanOutKnowsNoHttp = noClasses().that()
            .resideInAPackage("io.learnpath.notification.live")
            .should().dependOnClassesThat()
            .resideInAnyPackage("..notification.live.web..", "org.springframework.web..", "org.springframework.http..",
                    "jakarta.servlet..")
            .because("the Redis fan-out hands notifications to LocalStreams; only live.web knows they go out as SSE");

    @ArchTest
    static final ArchRule policiesAreFreeOfFrameworksAndContracts = noClasses().that()
            .resideInAPackage("..notification.triggers.policy..")
            .should().dependOnClassesThat()
            .resideInAnyPackage("org.springframework..", "org.apache.kafka..", "tools.jackson..", "io.micrometer..",
                    "io.learnpath.platform..", "io.learnpath.progress.events..", "io.learnpath.auth.events..")
            .because("a rule is plain Java over the feature's own records, tested without a framework, and does "
                    + "not change when an event contract does");
}
