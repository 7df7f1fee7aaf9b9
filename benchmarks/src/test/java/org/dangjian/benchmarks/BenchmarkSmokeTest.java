package org.dangjian.benchmarks;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.SQLException;
import org.dangjian.benchmarks.assignment.AssignmentBenchmark;
import org.dangjian.benchmarks.assignment.AssignmentChecks;
import org.dangjian.benchmarks.coverage.CoverageBenchmark;
import org.dangjian.benchmarks.dues.DuesBenchmark;
import org.dangjian.benchmarks.formation.FormationBenchmark;
import org.dangjian.training.assignment.AssignmentPlan;
import org.junit.jupiter.api.Test;
import org.openjdk.jmh.infra.Blackhole;

/**
 * CI's smoke run: every benchmark method once, on tiny data, in this JVM (no JMH forks). The real runs are
 * {@link RunAll}'s, documented in BENCHMARKS.md.
 */
class BenchmarkSmokeTest {

    private static final int TINY = 1_000;

    private final Blackhole bh = Blackholes.create();

    @Test
    void duesBenchmarksRunOnce() {
        DuesBenchmark.Members m = new DuesBenchmark.Members();
        m.members = TINY;
        m.countyOrganizations = TINY;
        m.setUp();
        DuesBenchmark b = new DuesBenchmark();
        long sum = b.primitiveLoop(m);
        assertArrayEquals(m.expectedFen, m.duesFen);
        assertEquals(sum, b.sdkValuePath(m));
        assertArrayEquals(m.expectedFen, m.sdkFen);
        b.sdkWithReasons(m, bh);
        b.drools(m, bh);
    }

    @Test
    void formationBenchmarksRunOnce() {
        FormationBenchmark.Organizations o = new FormationBenchmark.Organizations();
        o.organizations = TINY;
        o.setUp();
        FormationBenchmark b = new FormationBenchmark();
        b.sdk(o, bh);
        b.drools(o, bh);
    }

    @Test
    void assignmentBenchmarksRunOnce() {
        AssignmentBenchmark.Problem p = new AssignmentBenchmark.Problem();
        p.organizations = 200;
        p.instructors = 20;
        p.setUp();
        AssignmentBenchmark b = new AssignmentBenchmark();
        AssignmentPlan township = b.sdkTownship(p).value();
        AssignmentPlan countyWide = b.sdkCountyWide(p).value();
        AssignmentChecks.requireFeasible(p.township, township);
        AssignmentChecks.requireFeasible(p.countyWide, countyWide);
        assertTrue(countyWide.servedWeight() >= township.servedWeight(), "a wider reach serves no less");
    }

    @Test
    void coverageBenchmarksRunOnce() throws SQLException {
        CoverageBenchmark.LedgerState l = new CoverageBenchmark.LedgerState();
        l.organizations = TINY;
        l.setUp();
        try {
            CoverageBenchmark b = new CoverageBenchmark();
            assertEquals(b.sdkReport(l), b.sdkLedgerAndReport(l));
            assertFalse(b.duckdbQuery(l).isEmpty());
            assertEquals(b.duckdbQuery(l), b.duckdbLoadAndQuery(l));
        } finally {
            l.tearDown();
        }
    }
}
