package org.dangjian.core;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.junit.ArchTests;
import com.tngtech.archunit.lang.ArchRule;
import org.dangjian.core.testing.LibraryArchitectureRules;

@AnalyzeClasses(packages = "org.dangjian.core", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {
    @ArchTest
    static final ArchTests library = ArchTests.in(LibraryArchitectureRules.class);

    @ArchTest
    static final ArchRule core_should_not_depend_on_any_domain_module = LibraryArchitectureRules.isolation(
            "org.dangjian.core..", "org.dangjian.coverage..", "org.dangjian.membership..",
            "org.dangjian.assessment..", "org.dangjian.training..", "org.dangjian.examples..",
            "org.dangjian.benchmarks..");
}
