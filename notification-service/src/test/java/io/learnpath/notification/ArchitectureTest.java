package io.learnpath.notification;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.junit.ArchTests;
import com.tngtech.archunit.lang.ArchRule;
import io.learnpath.platform.test.architecture.LearnpathArchitecture;

/**
 * The conventions every service keeps, plus how the notification-service's features stand to each other: the inbox
 * knows nothing of who fills it or who streams it, and the Redis fan-out nothing of the SSE side.
 */
@AnalyzeClasses(packages = "io.learnpath.notification", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

    @ArchTest
    static final ArchTests rules = ArchTests.in(LearnpathArchitecture.ServiceRules.class);

    @ArchTest
    static final ArchRule inboxDependsOnNoOtherFeature = noClasses().that()
            .resideInAPackage("..notification.inbox..")
            .should().dependOnClassesThat()
            .resideInAnyPackage("..notification.live..", "..notification.triggers..")
            .because("the inbox announces what it stored (NotificationCreated, after commit) instead of calling "
                    + "whoever cares, so new channels and new triggers never change it");

    @ArchTest
    static final ArchRule triggersDoNotKnowTheLiveStreams = noClasses().that()
            .resideInAPackage("..notification.triggers..")
            .should().dependOnClassesThat().resideInAPackage("..notification.live..")
            .because("a trigger only fills the inbox; live delivery follows from the inbox's announcement");

    @ArchTest
    static final ArchRule liveStreamsDoNotKnowTheTriggers = noClasses().that()
            .resideInAPackage("..notification.live..")
            .should().dependOnClassesThat().resideInAPackage("..notification.triggers..")
            .because("a stream carries whatever reached the inbox, whatever caused it");

    @ArchTest
    static final ArchRule theFanOutDoesNotKnowTheStreams = noClasses().that()
            .resideInAPackage("io.learnpath.notification.live")
            .should().dependOnClassesThat().resideInAPackage("..notification.live.web..")
            .because("the Redis fan-out hands notifications to LocalStreams; only live.web knows they leave as "
                    + "Server-Sent Events");
}
