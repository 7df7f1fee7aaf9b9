package org.dangjian.benchmarks;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.SQLException;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.dangjian.benchmarks.county.Counties;
import org.dangjian.benchmarks.county.CountyPolicy;
import org.dangjian.benchmarks.coverage.CoverageComparison;
import org.dangjian.benchmarks.coverage.CoverageFigures;
import org.dangjian.benchmarks.coverage.DuckDbCoverage;
import org.dangjian.benchmarks.coverage.LedgerRow;
import org.dangjian.benchmarks.coverage.LedgerRows;
import org.dangjian.benchmarks.coverage.LoopCoverage;
import org.dangjian.benchmarks.coverage.ReportCounts;
import org.dangjian.benchmarks.coverage.ReportKeys;
import org.dangjian.benchmarks.coverage.SdkCoverage;
import org.dangjian.benchmarks.dues.DuesComparison;
import org.dangjian.benchmarks.dues.DuesSamples;
import org.dangjian.benchmarks.dues.PrimitiveDues;
import org.dangjian.benchmarks.formation.FormationComparison;
import org.dangjian.benchmarks.peer.DroolsRules;
import org.dangjian.core.money.Money;
import org.dangjian.core.organization.NewOrganization;
import org.dangjian.core.parameter.ResolvedParameters;
import org.dangjian.coverage.formation.FormationPolicy;
import org.dangjian.coverage.ledger.CoverageReport;
import org.dangjian.coverage.ledger.Ledger;
import org.dangjian.examples.county.CountyParameters;
import org.dangjian.examples.county.SampleCounty;
import org.dangjian.examples.county.SampleCountyGenerator;
import org.dangjian.membership.dues.DuesBasis;
import org.dangjian.membership.dues.DuesPolicy;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The peers give the SDK's answers on every compared input (10,000 members, the 10,000 organizations of the
 * sample county), and the checks the benchmarks run before timing do catch a difference.
 */
class SameAnswersTest {

    private static final int N = 10_000;

    private static DroolsRules duesRules;
    private static DroolsRules formationRules;
    private static SampleCounty county;
    private static ResolvedParameters parameters;
    private static CoverageFigures figures;

    @BeforeAll
    static void compileRulesAndGenerateTheCounty() {
        duesRules = DroolsRules.compile("org/dangjian/benchmarks/rules/dues.drl");
        formationRules = DroolsRules.compile("org/dangjian/benchmarks/rules/formation.drl");
        county = Counties.of(N);
        parameters = CountyPolicy.parameters(county);
        figures = SdkCoverage.figures(parameters, CoverageReport.of(ledger(), parameters));
    }

    private static Ledger ledger() {
        return Ledger.of(county.county(), county.organizations(), county.partyOrganizations(), county.hosts());
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
        long[] bases = DuesSamples.basesFen(N, N);
        long[] expected = new long[N];
        PrimitiveDues.duesFen(bases, expected);
        assertTrue(java.util.Arrays.stream(bases).distinct().count() > 1_000, "real variety");
        DuesComparison.requireSameAnswers(bases, expected, duesRules);
    }

    @Test
    void sdkDuesEqualThePrimitiveLoopOnTenThousandMembers() {
        long[] bases = DuesSamples.basesFen(N, N);
        long[] expected = new long[N];
        PrimitiveDues.duesFen(bases, expected);
        DuesBasis[] basis = new DuesBasis[N];
        for (int i = 0; i < N; i++) {
            basis[i] = DuesBasis.employed(Money.ofFen(bases[i]));
        }
        DuesPolicy policy = DuesPolicy.at(CountyParameters.load().parameters(), SampleCountyGenerator.COUNTY,
                YearMonth.of(SampleCountyGenerator.YEAR, 3));
        DuesComparison.requireSameAnswers(basis, expected, policy);
        expected[3]++;
        assertThrows(IllegalStateException.class, () -> DuesComparison.requireSameAnswers(basis, expected, policy));
    }

    @Test
    void duesCheckCatchesADifference() {
        long[] bases = DuesSamples.basesFen(100, 1_000);
        long[] expected = new long[bases.length];
        PrimitiveDues.duesFen(bases, expected);
        expected[42]++;
        IllegalStateException e = assertThrows(IllegalStateException.class,
                () -> DuesComparison.requireSameAnswers(bases, expected, duesRules));
        assertTrue(e.getMessage().contains("member 42"), e.getMessage());
    }

    @Test
    void droolsFormationEqualsTheSdkOnTenThousandOrganizations() {
        List<NewOrganization> units = county.organizations();
        boolean[] expected = FormationComparison.sdkAnswers(units, FormationPolicy.of(parameters));
        int mustForm = 0;
        for (boolean e : expected) {
            mustForm += e ? 1 : 0;
        }
        assertTrue(mustForm > 0 && mustForm < expected.length, "both answers occur");
        assertTrue(units.stream().anyMatch(o -> !o.isOperating() && o.getFullMembers() >= 3),
                "a unit not operating with three full members is compared too");
        FormationComparison.requireSameAnswers(units, expected, formationRules);
        expected[7] = !expected[7];
        assertThrows(IllegalStateException.class,
                () -> FormationComparison.requireSameAnswers(units, expected, formationRules));
    }

    @Test
    void duckDbReportEqualsTheSdkReportOnTenThousandOrganizations() throws SQLException {
        List<LedgerRow> rows = LedgerRows.of(county.organizations(), county.partyOrganizations());
        Map<String, ReportCounts> sdk = SdkCoverage.lines(CoverageReport.of(ledger(), parameters));
        try (DuckDbCoverage db = DuckDbCoverage.open()) {
            db.load(rows);
            Map<String, ReportCounts> sql = db.report(figures);
            CoverageComparison.requireEqual("SDK", sdk, "DuckDB", sql);
            CoverageComparison.requireEqual("SDK", sdk, "loop", LoopCoverage.report(rows, figures));
            ReportCounts total = sql.get(ReportKeys.jurisdiction("430102"));
            assertTrue(total.units() > 0 && total.own() > 0 && total.joint() > 0 && total.workOnly() > 0
                    && total.mustForm() > total.mustFormOwn() && total.aboveScale() > 0, total.toString());
            assertEquals(13, sql.keySet().stream().filter(k -> k.startsWith("jurisdiction:4301020")).count());
        }
    }

    @Test
    void duckDbAndTheLoopAgreeWhetherOrNotUnitsAreOnlyThoseInScope() throws SQLException {
        List<LedgerRow> rows = LedgerRows.of(county.organizations(), county.partyOrganizations());
        try (DuckDbCoverage db = DuckDbCoverage.open()) {
            db.load(rows);
            for (boolean gated : new boolean[] {true, false}) {
                CoverageFigures f = new CoverageFigures(figures.scopeEnterprise(), figures.scopeSocial(),
                        figures.minFullMembers(), figures.aboveScaleRevenueFen(), figures.aboveScaleEmployees(), gated);
                CoverageComparison.requireEqual("loop", LoopCoverage.report(rows, f), "DuckDB", db.report(f));
            }
        }
    }

    @Test
    void coverageCheckCatchesADifference() {
        List<LedgerRow> rows = LedgerRows.of(county.organizations(), county.partyOrganizations());
        Map<String, ReportCounts> loop = LoopCoverage.report(rows, figures);
        Map<String, ReportCounts> wrong = new TreeMap<>(loop);
        String key = ReportKeys.jurisdiction("430102");
        ReportCounts c = wrong.get(key);
        wrong.put(key, new ReportCounts(c.units(), c.own(), c.joint(), c.workOnly(), c.withMembers(),
                c.aboveScale(), c.aboveScaleOwn(), c.mustForm(), c.mustFormOwn() + 1, c.fullMembers(), c.members()));
        assertThrows(IllegalStateException.class, () -> CoverageComparison.requireEqual("loop", loop, "x", wrong));
    }
}
