package org.dangjian.membership;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.junit.ArchTests;
import com.tngtech.archunit.lang.ArchRule;
import org.dangjian.core.testing.LibraryArchitectureRules;

@AnalyzeClasses(packages = "org.dangjian.membership", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {
    @ArchTest
    static final ArchTests library = ArchTests.in(LibraryArchitectureRules.class);

    @ArchTest
    static final ArchRule membership_should_not_depend_on_other_domains =
            LibraryArchitectureRules.domainModuleIsolation("membership");
}
