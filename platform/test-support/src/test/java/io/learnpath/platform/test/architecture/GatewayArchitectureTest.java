package io.learnpath.platform.test.architecture;

import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.junit.ArchTests;

/** What the gateway's ArchitectureTest looks like, run on a planted gateway that uses HTTP types everywhere. */
@AnalyzeClasses(packages = "io.learnpath.edge")
class GatewayArchitectureTest {

    @ArchTest
    static final ArchTests rules = ArchTests.in(LearnpathArchitecture.GatewayRules.class);
}
