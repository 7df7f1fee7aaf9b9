package org.dangjian.training;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.junit.ArchTests;
import com.tngtech.archunit.lang.ArchRule;
import org.dangjian.core.testing.LibraryArchitectureRules;

@AnalyzeClasses(packages = "org.dangjian.training", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {
    @ArchTest
    static final ArchTests library = ArchTests.in(LibraryArchitectureRules.class);

    @ArchTest
    static final ArchRule training_should_not_depend_on_other_domains =
            LibraryArchitectureRules.domainModuleIsolation("training");
}
