package org.dangjian.benchmarks;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.SQLException;
import org.dangjian.benchmarks.coverage.CoverageBenchmark;
import org.dangjian.benchmarks.dues.DuesBenchmark;
import org.dangjian.benchmarks.formation.FormationBenchmark;
import org.junit.jupiter.api.Test;
import org.openjdk.jmh.infra.Blackhole;

/**
 * CI's smoke run: every benchmark method once, on tiny data, in this JVM (no JMH forks). The real runs are
 * {@link RunAll}'s, documented in BENCHMARKS.md.
 */
class BenchmarkSmokeTest {

    private final Blackhole bh = Blackholes.create();

    @Test
    void duesBenchmarksRunOnce() {
        DuesBenchmark.Members m = new DuesBenchmark.Members();
        m.members = 1_000;
        m.setUp();
        DuesBenchmark b = new DuesBenchmark();
        long sum = b.primitiveLoop(m);
        assertTrue(sum > 0);
        b.drools(m, bh);
        assertEquals(m.expectedFen[500], m.duesFen[500]);
    }

    @Test
    void formationBenchmarksRunOnce() {
        FormationBenchmark.Organizations o = new FormationBenchmark.Organizations();
        o.organizations = 1_000;
        o.setUp();
        FormationBenchmark b = new FormationBenchmark();
        b.drools(o, bh);
    }

    @Test
    void coverageBenchmarksRunOnce() throws SQLException {
        CoverageBenchmark.Ledger l = new CoverageBenchmark.Ledger();
        l.organizations = 1_000;
        l.setUp();
        try {
            CoverageBenchmark b = new CoverageBenchmark();
            assertEquals(b.duckdbQuery(l), b.duckdbLoadAndQuery(l));
        } finally {
            l.tearDown();
        }
    }
}
