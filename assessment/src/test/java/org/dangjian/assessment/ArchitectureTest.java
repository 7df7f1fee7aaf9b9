package org.dangjian.assessment;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.junit.ArchTests;
import com.tngtech.archunit.lang.ArchRule;
import org.dangjian.core.testing.LibraryArchitectureRules;

@AnalyzeClasses(packages = "org.dangjian.assessment", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {
    @ArchTest
    static final ArchTests library = ArchTests.in(LibraryArchitectureRules.class);
    @ArchTest
    static final ArchRule assessment_should_not_depend_on_other_domains =
            LibraryArchitectureRules.domainModuleIsolation("assessment");
}
