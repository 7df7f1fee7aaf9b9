package org.dangjian.benchmarks;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.sql.SQLException;
import java.util.HashSet;
import java.util.Set;
import org.dangjian.benchmarks.admission.AdmissionBenchmark;
import org.dangjian.benchmarks.assignment.AssignmentBenchmark;
import org.dangjian.benchmarks.assignment.AssignmentChecks;
import org.dangjian.benchmarks.coverage.CoverageBenchmark;
import org.dangjian.benchmarks.coverage.RetainedBytes;
import org.dangjian.benchmarks.dues.DuesBenchmark;
import org.dangjian.benchmarks.formation.FormationBenchmark;
import org.dangjian.benchmarks.life.LifeBenchmark;
import org.dangjian.benchmarks.scorecard.ScorecardBenchmark;
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
    void lifeScorecardAndAdmissionBenchmarksRunOnce() {
        LifeBenchmark.Year y = new LifeBenchmark.Year();
        y.branches = 100;
        y.setUp();
        new LifeBenchmark().sdk(y, bh);
        ScorecardBenchmark.Branches s = new ScorecardBenchmark.Branches();
        s.branches = 100;
        s.setUp();
        ScorecardBenchmark sb = new ScorecardBenchmark();
        sb.sdk(s, bh);
        assertTrue(sb.sdkStarsOnly(s) > 0);
        AdmissionBenchmark.Records r = new AdmissionBenchmark.Records();
        r.records = 1_000;
        r.branches = 100;
        r.setUp();
        new AdmissionBenchmark().sdk(r, bh);
        assertEquals(1_000, r.list.size());
    }

    @Test
    void retainedBytesAreMeasured() {
        RetainedBytes r = RetainedBytes.measure(10_000);
        assertEquals(10_000, r.organizations());
        assertTrue(r.ledgerBytes() > 0, "the ledger's index takes room: " + r);
    }

    @Test
    void everyComparedBenchmarkExists() throws IOException {
        Set<String> generated = new HashSet<>();
        try (InputStream in = getClass().getResourceAsStream("/META-INF/BenchmarkList")) {
            for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
                String[] f = line.split(" ");
                if (f.length > 9) {
                    generated.add(f[3] + "." + f[9]);
                }
            }
        }
        for (ResultTable.Row row : ResultTable.rows()) {
            assertTrue(generated.contains("org.dangjian.benchmarks." + row.sdk()), row.sdk() + " in " + generated);
            if (row.peer() != null) {
                assertTrue(generated.contains("org.dangjian.benchmarks." + row.peer()), row.peer());
            }
        }
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
