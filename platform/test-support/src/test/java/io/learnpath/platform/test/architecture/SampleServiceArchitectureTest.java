package io.learnpath.platform.test.architecture;

import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.junit.ArchTests;

/** What a service's ArchitectureTest looks like, run by ArchUnit's JUnit engine on the planted sample service. */
@AnalyzeClasses(packages = "io.learnpath.sample")
class SampleServiceArchitectureTest {

    @ArchTest
    static final ArchTests rules = ArchTests.in(LearnpathArchitecture.ServiceRules.class);
}
