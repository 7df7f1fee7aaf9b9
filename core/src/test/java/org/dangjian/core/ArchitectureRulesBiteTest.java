package org.dangjian.core;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.EvaluationResult;
import org.dangjian.core.testing.LibraryArchitectureRules;
import org.junit.jupiter.api.Test;

/**
 * Proves each library architecture rule bites: it reports the deliberately bad fixture class and passes an
 * innocent one.
 */
class ArchitectureRulesBiteTest {
    private static final String FIXTURES = "org.dangjian.core.archfixture.BadFixtures$";

    private static JavaClasses fixture(String simpleName) throws ClassNotFoundException {
        return new ClassFileImporter().importClasses(Class.forName(FIXTURES + simpleName),
                Class.forName(FIXTURES + "Innocent"));
    }

    private static void bites(ArchRule rule, String fixture) throws ClassNotFoundException {
        EvaluationResult result = rule.evaluate(fixture(fixture));
        assertTrue(result.hasViolation(), rule.getDescription() + " should report " + fixture);
        assertTrue(result.getFailureReport().toString().contains(fixture), result.getFailureReport().toString());
        assertFalse(result.getFailureReport().toString().contains("Innocent"), "the innocent class is not reported");
    }

    @Test
    void fileAndStreamRuleReportsAFileReader() throws Exception {
        bites(LibraryArchitectureRules.library_should_not_use_java_io_files_or_streams, "ReadsAFile");
    }

    @Test
    void filesNetworkDatabaseRuleReportsNioAndNet() throws Exception {
        bites(LibraryArchitectureRules.library_should_not_touch_files_network_or_databases, "TouchesNioAndNet");
    }

    @Test
    void consoleRuleReportsSystemOut() throws Exception {
        bites(LibraryArchitectureRules.library_should_not_print_to_the_console, "PrintsToConsole");
    }

    @Test
    void clockRuleReportsNow() throws Exception {
        bites(LibraryArchitectureRules.library_should_not_read_the_clock, "ReadsTheClock");
    }

    @Test
    void randomnessRuleReportsUnseededRandom() throws Exception {
        bites(LibraryArchitectureRules.library_should_not_use_unseeded_randomness, "UsesUnseededRandom");
    }

    @Test
    void threadRuleReportsExecutors() throws Exception {
        bites(LibraryArchitectureRules.library_should_not_create_threads, "StartsAThread");
    }

    @Test
    void threadRuleReportsThreadSubclass() throws Exception {
        bites(LibraryArchitectureRules.library_should_not_create_threads, "ExtendsThread");
    }

    @Test
    void databindRuleReportsObjectMapperOutsideJsonPackages() throws Exception {
        bites(LibraryArchitectureRules.jackson_databind_should_only_be_used_in_json_packages, "UsesDatabind");
    }

    @Test
    void isolationRuleReportsADomainReachingIntoAnother() {
        JavaClasses classes = new ClassFileImporter().importPackages("org.dangjian.core.archfixture.a",
                "org.dangjian.core.archfixture.b");
        EvaluationResult result = LibraryArchitectureRules.isolation("org.dangjian.core.archfixture.a..",
                "org.dangjian.core.archfixture.b..").evaluate(classes);
        assertTrue(result.hasViolation());
        assertTrue(result.getFailureReport().toString().contains("ReachesAcross"));
    }

    @Test
    void domainIsolationNamesEveryOtherDomain() {
        String description = LibraryArchitectureRules.domainModuleIsolation("coverage").getDescription();
        for (String other : new String[] {"membership", "assessment", "training", "examples"}) {
            assertTrue(description.contains("org.dangjian." + other), description);
        }
        assertFalse(description.contains("org.dangjian.coverage..'") && description.indexOf("coverage")
                != description.lastIndexOf("coverage"), description);
    }
}
