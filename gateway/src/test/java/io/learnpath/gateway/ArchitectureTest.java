package io.learnpath.gateway;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.junit.ArchTests;
import io.learnpath.platform.test.architecture.LearnpathArchitecture;

/** The platform's rule set for the edge: every rule but "HTTP only in web adapters", since all of it is one. */
@AnalyzeClasses(packages = "io.learnpath.gateway", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

    @ArchTest
    static final ArchTests rules = ArchTests.in(LearnpathArchitecture.GatewayRules.class);
}
