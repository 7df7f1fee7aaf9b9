package org.dangjian.benchmarks;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.SQLException;
import java.util.List;
import java.util.Map;
import org.dangjian.benchmarks.coverage.CoverageComparison;
import org.dangjian.benchmarks.coverage.CoverageCounts;
import org.dangjian.benchmarks.coverage.DuckDbCoverage;
import org.dangjian.benchmarks.coverage.LedgerRow;
import org.dangjian.benchmarks.coverage.LedgerSamples;
import org.dangjian.benchmarks.coverage.LoopCoverage;
import org.dangjian.benchmarks.dues.DuesComparison;
import org.dangjian.benchmarks.dues.DuesSamples;
import org.dangjian.benchmarks.dues.PrimitiveDues;
import org.dangjian.benchmarks.formation.FormationComparison;
import org.dangjian.benchmarks.peer.DroolsRules;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The peers give the SDK's answers on every compared input (10,000 members, 10,000 organizations), and the
 * checks the benchmarks run before timing do catch a difference.
 */
class SameAnswersTest {

    private static final int N = 10_000;

    private static DroolsRules duesRules;
    private static DroolsRules formationRules;

    @BeforeAll
    static void compileRules() {
        duesRules = DroolsRules.compile("org/dangjian/benchmarks/rules/dues.drl");
        formationRules = DroolsRules.compile("org/dangjian/benchmarks/rules/formation.drl");
    }

    @Test
    void primitiveLoopAppliesTheBandRateToTheWholeBase() {
        assertEquals(7650, PrimitiveDues.duesFen(510_000)); // 5100.00 → 76.50 (党费规定 Art 2; official Q&A)
        assertEquals(4900, PrimitiveDues.duesFen(490_000)); // 4900.00 → 49.00
        assertEquals(1500, PrimitiveDues.duesFen(300_000)); // 3000.00 is in the 0.5% band (以下 includes)
        assertEquals(3000, PrimitiveDues.duesFen(300_001)); // 3000.01 → 1%: 30.0001 → 30.00
        assertEquals(15000, PrimitiveDues.duesFen(1_000_000));
        assertEquals(20000, PrimitiveDues.duesFen(1_000_001)); // 20000.02 fen, half-up → 20000
        assertEquals(1, PrimitiveDues.duesFen(100)); // 1.00 yuan × 0.5% = 0.5 fen, half-up → 1 fen
    }

    @Test
    void droolsDuesEqualThePrimitiveLoopOnTenThousandMembers() {
        long[] bases = DuesSamples.employedBasesFen(N, DuesSamples.SEED);
        long[] expected = new long[N];
        PrimitiveDues.duesFen(bases, expected);
        DuesComparison.requireSameAnswers(bases, expected, duesRules);
    }

    @Test
    void duesCheckCatchesADifference() {
        long[] bases = DuesSamples.employedBasesFen(100, DuesSamples.SEED);
        long[] expected = new long[bases.length];
        PrimitiveDues.duesFen(bases, expected);
        expected[42]++;
        IllegalStateException e = assertThrows(IllegalStateException.class,
                () -> DuesComparison.requireSameAnswers(bases, expected, duesRules));
        assertTrue(e.getMessage().contains("member 42"), e.getMessage());
    }

    @Test
    void droolsFormationEqualsTheRuleOnTenThousandOrganizations() {
        List<LedgerRow> rows = LedgerSamples.rows(N, LedgerSamples.SEED);
        boolean[] expected = new boolean[N];
        int mustForm = 0;
        for (int i = 0; i < N; i++) {
            expected[i] = rows.get(i).fullMembers() >= 3;
            mustForm += expected[i] ? 1 : 0;
        }
        assertTrue(mustForm > 0 && mustForm < N, "both answers occur");
        FormationComparison.requireSameAnswers(rows, expected, formationRules);
        expected[7] = !expected[7];
        assertThrows(IllegalStateException.class,
                () -> FormationComparison.requireSameAnswers(rows, expected, formationRules));
    }

    @Test
    void duckDbReportEqualsTheLoopOnTenThousandOrganizations() throws SQLException {
        List<LedgerRow> rows = LedgerSamples.rows(N, LedgerSamples.SEED);
        try (DuckDbCoverage db = DuckDbCoverage.open()) {
            db.load(rows);
            Map<String, CoverageCounts> sql = db.report();
            CoverageComparison.requireSameAnswers(rows, sql);
            assertEquals(15, sql.size(), "13 townships, the county-level units and the county");
            assertEquals(rows.stream().filter(LedgerRow::operating).count(), sql.get("430102").operating());
        }
    }

    @Test
    void coverageCheckCatchesADifference() {
        List<LedgerRow> rows = LedgerSamples.rows(1_000, LedgerSamples.SEED);
        Map<String, CoverageCounts> loop = LoopCoverage.report(rows);
        Map<String, CoverageCounts> wrong = new java.util.TreeMap<>(loop);
        CoverageCounts c = wrong.get("430102");
        wrong.put("430102", new CoverageCounts(c.jurisdiction(), c.operating(), c.standalone(), c.covered(),
                c.workCovered(), c.mustForm(), c.mustFormFormed() + 1));
        assertThrows(IllegalStateException.class, () -> CoverageComparison.requireEqual("loop", loop, "x", wrong));
    }
}
