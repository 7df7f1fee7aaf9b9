package org.dangjian.coverage.ledger;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.Size;
import org.dangjian.core.code.Jurisdiction;
import org.dangjian.core.code.JurisdictionLevel;
import org.dangjian.core.money.Fraction;
import org.dangjian.core.organization.NewOrganization;
import org.dangjian.core.organization.PartyOrganization;
import org.dangjian.core.parameter.ResolvedParameters;
import org.dangjian.coverage.Fixtures;

class CoverageReportProperties {
    private static final ResolvedParameters SEED = Fixtures.seed002();

    @Provide
    Arbitrary<List<LedgerArbitraries.Row>> rows() {
        return LedgerArbitraries.rows().list().ofMinSize(0).ofMaxSize(40);
    }

    private static void assertRate(Fraction f) {
        assertTrue(!f.isDefined() || (f.compareTo(Fraction.ZERO) >= 0 && f.compareTo(Fraction.ONE) <= 0), f.toString());
    }

    @Property(tries = 200)
    void everyRateIsBetweenZeroAndOne(@ForAll("rows") List<LedgerArbitraries.Row> rows) {
        CoverageReport r = CoverageReport.of(LedgerArbitraries.ledger(rows), SEED);
        for (CoverageCounts c : r.byJurisdiction().values()) {
            assertRate(c.organizationalCoverageRate());
            assertRate(c.standaloneRate());
            assertRate(c.workCoverageRate());
            assertRate(c.formationComplianceRate());
            assertRate(c.memberShare());
            assertRate(c.aboveScaleStandaloneRate());
            assertTrue(c.standaloneRate().compareTo(c.organizationalCoverageRate()) <= 0 || !c.standaloneRate().isDefined());
            assertTrue(c.organizationalCoverageRate().compareTo(c.workCoverageRate()) <= 0
                    || !c.workCoverageRate().isDefined());
        }
    }

    @Property(tries = 200)
    void rolledUpCountsEqualTheSumOfTheirParts(@ForAll("rows") List<LedgerArbitraries.Row> rows) {
        CoverageReport r = CoverageReport.of(LedgerArbitraries.ledger(rows), SEED);
        for (Jurisdiction j : r.byJurisdiction().keySet()) {
            if (j.level().ordinal() < JurisdictionLevel.TOWNSHIP.ordinal()) {
                CoverageCounts sum = CoverageCounts.ZERO;
                for (Jurisdiction child : r.children(j)) {
                    sum = sum.plus(r.counts(child).orElseThrow());
                }
                assertEquals(r.counts(j).orElseThrow(), sum, j.toString());
            }
        }
        CoverageCounts byKind = r.byKind().values().stream().reduce(CoverageCounts.ZERO, CoverageCounts::plus);
        CoverageCounts bySize = r.bySizeBand().values().stream().reduce(CoverageCounts.ZERO, CoverageCounts::plus);
        CoverageCounts bySub = r.bySubKind().values().stream().reduce(CoverageCounts.ZERO, CoverageCounts::plus);
        CoverageCounts byIndustry = r.byIndustry().values().stream().reduce(CoverageCounts.ZERO, CoverageCounts::plus);
        assertEquals(r.total(), byKind);
        assertEquals(r.total(), bySize);
        assertEquals(r.total(), bySub);
        assertEquals(r.total(), byIndustry);
        assertEquals(r.total(), r.withoutHost());
    }

    @Property(tries = 100)
    void reportAndGapListAreTheSameWhateverTheInputOrder(@ForAll("rows") List<LedgerArbitraries.Row> rows,
            @ForAll long seed) {
        Ledger l = LedgerArbitraries.ledger(rows);
        List<NewOrganization> orgs = new ArrayList<>(l.organizations());
        List<PartyOrganization> pos = new ArrayList<>(l.partyOrganizations());
        Random random = new Random(seed);
        Collections.shuffle(orgs, random);
        Collections.shuffle(pos, random);
        Ledger shuffled = Ledger.of(l.area(), orgs, pos, l.hosts());
        assertEquals(CoverageReport.of(l, SEED), CoverageReport.of(shuffled, SEED));
        assertEquals(GapList.of(l, SEED, Optional.empty()), GapList.of(shuffled, SEED, Optional.empty()));
        assertEquals(FiveClearSummary.of(l, SEED).value(), FiveClearSummary.of(shuffled, SEED).value());
    }

    @Property(tries = 200)
    void addingAMemberNeverLowersCoverage(@ForAll("rows") @Size(min = 1) List<LedgerArbitraries.Row> rows,
            @ForAll int pick) {
        int i = Math.floorMod(pick, rows.size());
        LedgerArbitraries.Row r = rows.get(i);
        LedgerArbitraries.Row more = new LedgerArbitraries.Row(Math.max(r.headCount(), r.full() + r.probationary() + 1),
                r.full() + 1, r.probationary(), r.township(), r.kind(), r.union(), r.operating(), r.mode(),
                r.instructor());
        List<LedgerArbitraries.Row> after = new ArrayList<>(rows);
        after.set(i, more);
        CoverageCounts before = CoverageReport.of(LedgerArbitraries.ledger(rows), SEED).total();
        CoverageCounts now = CoverageReport.of(LedgerArbitraries.ledger(after), SEED).total();
        assertTrue(now.organizationallyCovered() >= before.organizationallyCovered());
        assertTrue(now.workCovered() >= before.workCovered());
        assertTrue(now.withMembers() >= before.withMembers());
        assertTrue(now.units() == before.units());
        assertTrue(now.organizationalCoverageRate().compareTo(before.organizationalCoverageRate()) >= 0
                || !now.organizationalCoverageRate().isDefined());
    }

    @Property(tries = 100)
    void targetShortfallIsExactlyWhatMeetsTheTarget(@ForAll("rows") List<LedgerArbitraries.Row> rows,
            @ForAll("percent") int percent) {
        org.dangjian.core.parameter.PolicyParameters p = Fixtures.NATIONAL.override(Fixtures.COUNTY,
                java.time.LocalDate.of(2020, 1, 1), org.dangjian.coverage.CoverageRules.TARGET_ORGANIZATIONAL,
                org.dangjian.core.money.Rate.percent(percent));
        CoverageReport r = CoverageReport.of(LedgerArbitraries.ledger(rows), p.resolve(Fixtures.COUNTY, Fixtures.AS_OF));
        TargetPolicy t = TargetPolicy.of(p, Fixtures.AS_OF);
        t.evaluate(r, Fixtures.COUNTY, TargetMetric.ORGANIZATIONAL_COVERAGE).findValue().ifPresent(res -> {
            Fraction goal = Fraction.of(percent, 100);
            if (res.whole() > 0) {
                assertTrue(goal.isReachedBy(res.part() + res.shortBy(), res.whole()));
                if (res.shortBy() > 0) {
                    assertTrue(!goal.isReachedBy(res.part() + res.shortBy() - 1, res.whole()));
                }
            }
        });
    }

    @Provide
    Arbitrary<Integer> percent() {
        return net.jqwik.api.Arbitraries.integers().between(0, 100);
    }
}
