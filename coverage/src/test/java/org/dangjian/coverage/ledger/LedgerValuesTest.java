package org.dangjian.coverage.ledger;

import static org.dangjian.coverage.Fixtures.enterprise;
import static org.dangjian.coverage.Fixtures.org;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.dangjian.core.code.CreditCode;
import org.dangjian.core.decision.Decision;
import org.dangjian.core.decision.Outcome;
import org.dangjian.core.decision.Reason;
import org.dangjian.core.json.DangjianJson;
import org.dangjian.core.money.Fraction;
import org.dangjian.core.money.Money;
import org.dangjian.core.money.Rate;
import org.dangjian.core.organization.FormationMethod;
import org.dangjian.core.organization.Host;
import org.dangjian.core.organization.HostKind;
import org.dangjian.core.organization.MassOrganization;
import org.dangjian.core.organization.NewOrganization;
import org.dangjian.core.organization.OperatingStatus;
import org.dangjian.core.organization.OrganizationSubKind;
import org.dangjian.core.organization.PartyOrganization;
import org.dangjian.core.parameter.PolicyParameters;
import org.dangjian.coverage.CoverageRules;
import org.dangjian.coverage.Fixtures;
import org.dangjian.coverage.formation.CoverageState;
import org.dangjian.coverage.formation.MethodOption;
import org.junit.jupiter.api.Test;

/** The ledger's result values: what they hold, when they are equal and how they read. */
class LedgerValuesTest {
    // Township 001: a (3 full, own), b (2 full, joint with c), c (1 full, joint), d (union only), e (nothing, 60 staff)
    // Township 002: f (4 full, no organization), g (deregistered)
    private final NewOrganization a = enterprise(1, 40, 3);
    private final NewOrganization b = enterprise(2, 20, 2);
    private final NewOrganization c = enterprise(3, 15, 1);
    private final NewOrganization d = org(4, OrganizationSubKind.PRIVATE_ENTERPRISE, 12, 0)
            .addMassOrganizations(MassOrganization.TRADE_UNION).build();
    private final NewOrganization e = enterprise(5, 60, 0);
    private final NewOrganization f = org(6, OrganizationSubKind.LAW_FIRM, 35, 4).jurisdiction(Fixtures.TOWNSHIP_2).build();
    private final NewOrganization g = org(7, OrganizationSubKind.PRIVATE_ENTERPRISE, 80, 5).jurisdiction(Fixtures.TOWNSHIP_2)
            .status(OperatingStatus.DEREGISTERED).build();
    private final PartyOrganization ownA = Fixtures.own("B-A", a);
    private final PartyOrganization jointBc = Fixtures.joint("J-BC", b, c);
    private final Ledger ledger = Ledger.of(Fixtures.COUNTY, List.of(a, b, c, d, e, f, g), List.of(ownA, jointBc), List.of());

    // ------------------------------------------------------------ counts and report

    @Test
    void countsReadAsEveryFieldInOrder() {
        CoverageCounts t = CoverageReport.of(ledger, Fixtures.national()).total();
        assertEquals(2, t.uncovered(), "e and f have no coverage at all");
        assertEquals(10, t.fullMembers());
        assertEquals(10, t.members());
        assertEquals("units=6 own=1 joint=2 work=1 withMembers=4 mustForm=2 mustFormOwn=1 aboveScale=0 aboveScaleOwn=0"
                + " fullMembers=10 members=10", t.toString());
    }

    @Test
    void countsAreEqualOnlyWithEveryFieldEqual() {
        CoverageReport r = CoverageReport.of(ledger, Fixtures.national());
        CoverageCounts t1 = r.counts(Fixtures.TOWNSHIP).orElseThrow();
        CoverageCounts t2 = r.counts(Fixtures.TOWNSHIP_2).orElseThrow();
        assertEquals(r.total(), t1.plus(t2));
        assertEquals(r.total().hashCode(), t1.plus(t2).hashCode());
        assertNotEquals(r.total(), t1);
        assertNotEquals(t1.hashCode(), CoverageCounts.ZERO.hashCode());
        assertNotEquals(CoverageCounts.ZERO, (Object) "units=0");
    }

    @Test
    void reportCountsListedNotOperatingAndOutOfScopeUnits() {
        NewOrganization tiny = enterprise(8, 9, 0);
        NewOrganization ten = enterprise(9, 10, 0);
        Ledger l = Ledger.of(Fixtures.COUNTY, List.of(a, g, tiny, ten), List.of(ownA), List.of());
        CoverageReport r = CoverageReport.of(l, Fixtures.national());
        assertEquals(Fixtures.COUNTY, r.area());
        assertEquals(Fixtures.AS_OF, r.asOf());
        assertEquals(4, r.listed());
        assertEquals(1, r.notOperating());
        assertEquals(1, r.outOfScope(), "nine employees is below the survey scope of ten");
        assertEquals(3, r.total().units(), "out-of-scope units are still counted");
        assertEquals("CoverageReport[430102 2026-03-01: " + r.total() + "]", r.toString());
    }

    @Test
    void aboveScaleStartsAtTheEmployeeStandard() {
        PolicyParameters p = Fixtures.NATIONAL.adopt(Fixtures.CITY, CoverageRules.ABOVE_SCALE_PROFILE,
                LocalDate.of(2020, 1, 1));
        NewOrganization hundred = enterprise(10, 100, 3);
        NewOrganization ninetyNine = enterprise(11, 99, 0);
        Ledger l = Ledger.of(Fixtures.COUNTY, List.of(hundred, ninetyNine), List.of(Fixtures.own("B-H", hundred)),
                List.of());
        CoverageCounts t = CoverageReport.of(l, p.resolve(Fixtures.COUNTY, Fixtures.AS_OF)).total();
        assertEquals(1, t.aboveScale());
        assertEquals(1, t.aboveScaleWithOwn());
    }

    @Test
    void aboveScaleStartsAtTheRevenueStandardForSmallerEnterprises() {
        PolicyParameters p = Fixtures.NATIONAL.adopt(Fixtures.CITY, CoverageRules.ABOVE_SCALE_PROFILE,
                LocalDate.of(2020, 1, 1));
        NewOrganization atStandard = org(14, OrganizationSubKind.PRIVATE_ENTERPRISE, 20, 0)
                .annualRevenue(Money.parse("20000000.00")).build();
        NewOrganization justBelow = org(15, OrganizationSubKind.PRIVATE_ENTERPRISE, 20, 0)
                .annualRevenue(Money.parse("19999999.99")).build();
        Ledger l = Ledger.of(Fixtures.COUNTY, List.of(atStandard, justBelow), List.of(), List.of());
        assertEquals(1, CoverageReport.of(l, p.resolve(Fixtures.COUNTY, Fixtures.AS_OF)).total().aboveScale());
    }

    @Test
    void aUnitInTwoHostsOfOneKindCountsOnceForThatKind() {
        Host park1 = Host.of("P1", "科技园",
                HostKind.INDUSTRIAL_PARK, Fixtures.TOWNSHIP);
        Host park2 = Host.of("P2", "物流园",
                HostKind.INDUSTRIAL_PARK, Fixtures.TOWNSHIP);
        Host tower = Host.of("T1", "金融大厦",
                HostKind.OFFICE_BUILDING, Fixtures.TOWNSHIP);
        NewOrganization both = org(12, OrganizationSubKind.PRIVATE_ENTERPRISE, 20, 1).addHosts(park1, park2, tower)
                .build();
        Host tower2 = Host.of("T2", "科创大厦",
                HostKind.OFFICE_BUILDING, Fixtures.TOWNSHIP);
        NewOrganization inTower = org(13, OrganizationSubKind.PRIVATE_ENTERPRISE, 20, 0).addHosts(tower, tower2).build();
        Ledger l = Ledger.of(Fixtures.COUNTY, List.of(both, inTower, a), List.of(ownA),
                List.of(park1, park2, tower, tower2));
        assertEquals(List.of(park1, park2, tower, tower2), l.hosts());
        CoverageReport r = CoverageReport.of(l, Fixtures.national());
        assertEquals(1, r.byHostKind().get(HostKind.INDUSTRIAL_PARK).units());
        assertEquals(2, r.byHostKind().get(HostKind.OFFICE_BUILDING).units());
        assertEquals(0, r.byHostKind().get(HostKind.SPECIALISED_MARKET).units());
        assertEquals(1, r.withoutHost().units());
    }

    @Test
    void reportsAreEqualForTheSameLedgerAndDate() {
        CoverageReport r = CoverageReport.of(ledger, Fixtures.national());
        assertEquals(r, CoverageReport.of(ledger, Fixtures.national()));
        assertEquals(r.hashCode(), CoverageReport.of(ledger, Fixtures.national()).hashCode());
        assertNotEquals(r, CoverageReport.of(ledger, Fixtures.NATIONAL.resolve(Fixtures.COUNTY, LocalDate.of(2026, 3, 2))));
        Ledger smaller = Ledger.of(Fixtures.COUNTY, List.of(a, b, c, d, e, f), List.of(ownA, jointBc), List.of());
        assertNotEquals(r, CoverageReport.of(smaller, Fixtures.national()), "one listed unit fewer");
        assertNotEquals(r.hashCode(), CoverageReport.of(Ledger.of(Fixtures.COUNTY, List.of(a), List.of(ownA), List.of()),
                Fixtures.national()).hashCode());
    }

    // ------------------------------------------------------------ five clear

    @Test
    void fiveClearSummaryCountsTheOrganizationsNeedingAttention() {
        PartyOrganization vacant = PartyOrganization.builder().from(jointBc).secretaryVacantSince(LocalDate.of(2026, 1, 1))
                .build();
        Ledger l = Ledger.of(Fixtures.COUNTY, List.of(a, b, c, d, e, f, g), List.of(ownA, vacant), List.of());
        FiveClearSummary s = FiveClearSummary.of(l, Fixtures.national()).value();
        assertEquals(1, s.functioning());
        assertEquals(1, s.needingAttention());
        FiveClearSummary all = FiveClearSummary.of(ledger, Fixtures.national()).value();
        assertEquals(0, all.needingAttention());
        assertNotEquals(s, all);
        assertNotEquals(s.hashCode(), all.hashCode());
        assertEquals("1", FiveClearSummary.of(l, Fixtures.national()).reasons().get(0).arguments().get("needingAttention"));
        assertEquals(all, FiveClearSummary.of(ledger, Fixtures.national()).value());
        assertEquals(all.hashCode(), FiveClearSummary.of(ledger, Fixtures.national()).value().hashCode());
        assertNotEquals(all, (Object) "5");
    }

    // ------------------------------------------------------------ diff

    @Test
    void diffWatchesTheStaffThresholdsOfTheAdoptedProfile() {
        // e already has 60 staff, above the 50 at which members are expected: only the 100 threshold is crossed

        NewOrganization eGrown = NewOrganization.builder().from(e).headCount(120).build();
        NewOrganization bShrunk = NewOrganization.builder().from(b).headCount(49).fullMembers(2).build();
        NewOrganization bAtFifty = NewOrganization.builder().from(b).headCount(50).build();
        Ledger before = Ledger.of(Fixtures.COUNTY, List.of(a, bAtFifty, c, e), List.of(ownA), List.of());
        Ledger after = Ledger.of(Fixtures.COUNTY, List.of(a, bShrunk, c, eGrown), List.of(ownA), List.of());
        LedgerDiff diff = LedgerDiff.between(before, after, Fixtures.seed002()).value();
        String members = CoverageRules.MEMBERS_EXPECTED_AT_STAFF.name() + "=50";
        String organization = CoverageRules.ORGANIZATION_EXPECTED_AT_STAFF.name() + "=100";
        assertEquals(List.of(DiffEntry.of(DiffKind.CROSSED_UP, e.getCreditCode(), organization + " 60→120"),
                DiffEntry.of(DiffKind.CROSSED_DOWN, b.getCreditCode(), members + " 50→49")), diff.entries());
    }

    @Test
    void diffListsEveryKindInKindThenCodeOrder() {
        NewOrganization eCovered = e;
        NewOrganization h = enterprise(90, 20, 0);
        NewOrganization aSuspended = NewOrganization.builder().from(a).status(OperatingStatus.SUSPENDED).build();
        Ledger after = Ledger.of(Fixtures.COUNTY, List.of(h, f, eCovered, d, c, b, aSuspended),
                List.of(Fixtures.own("B-E", eCovered), jointBc), List.of());
        Ledger before = Ledger.of(Fixtures.COUNTY, List.of(a, b, c, d, e, f), List.of(ownA, jointBc), List.of());
        Decision<LedgerDiff> d1 = LedgerDiff.between(before, after, Fixtures.national());
        assertEquals(List.of(DiffEntry.of(DiffKind.ADDED, h.getCreditCode(), h.getName()),
                DiffEntry.of(DiffKind.DISSOLVED, a.getCreditCode(), "SUSPENDED"),
                DiffEntry.of(DiffKind.LOST_COVERAGE, a.getCreditCode(), ""),
                DiffEntry.of(DiffKind.GAINED_COVERAGE, e.getCreditCode(), "")), d1.value().entries());
        assertEquals(Outcome.DETERMINED, d1.outcome());
        assertEquals("1", d1.reasons().get(0).arguments().get("gained"));
        assertEquals(d1.value(), LedgerDiff.between(before, after, Fixtures.national()).value());
        assertEquals(d1.value().hashCode(), LedgerDiff.between(before, after, Fixtures.national()).value().hashCode());
        assertNotEquals(d1.value(), LedgerDiff.between(before, before, Fixtures.national()).value());
        assertNotEquals(d1.value().hashCode(), LedgerDiff.between(before, before, Fixtures.national()).value().hashCode());
        assertNotEquals(d1.value(), (Object) "LedgerDiff");
        assertTrue(d1.value().toString().startsWith("LedgerDiff{ADDED=1, DISSOLVED=1"), d1.value().toString());
    }

    @Test
    void diffEntriesAreEqualOnlyWithTheSameKindCodeAndDetail() {
        DiffEntry x = DiffEntry.of(DiffKind.ADDED, a.getCreditCode(), "单位1");
        assertEquals(x, DiffEntry.of(DiffKind.ADDED, a.getCreditCode(), "单位1"));
        assertEquals(x.hashCode(), DiffEntry.of(DiffKind.ADDED, a.getCreditCode(), "单位1").hashCode());
        assertNotEquals(x, DiffEntry.of(DiffKind.DISSOLVED, a.getCreditCode(), "单位1"));
        assertNotEquals(x.hashCode(), DiffEntry.of(DiffKind.ADDED, a.getCreditCode(), "单位2").hashCode());
        assertNotEquals(x, DiffEntry.of(DiffKind.ADDED, b.getCreditCode(), "单位1"));
        assertNotEquals(x, DiffEntry.of(DiffKind.ADDED, a.getCreditCode(), "单位2"));
        assertNotEquals(x, (Object) "ADDED");
        assertEquals("单位1", x.detail());
        assertEquals("ADDED " + a.getCreditCode().code() + " 单位1", x.toString());
        assertEquals("LOST_COVERAGE " + a.getCreditCode().code(),
                DiffEntry.of(DiffKind.LOST_COVERAGE, a.getCreditCode(), "").toString());
    }

    // ------------------------------------------------------------ targets and ranking

    @Test
    void targetMetAtExactlyTheTargetRate() {
        PolicyParameters p = Fixtures.NATIONAL.override(Fixtures.COUNTY, LocalDate.of(2025, 1, 1),
                CoverageRules.TARGET_ORGANIZATIONAL, Rate.percent(50));
        CoverageReport r = CoverageReport.of(ledger, p.resolve(Fixtures.COUNTY, Fixtures.AS_OF));
        Decision<TargetResult> d = TargetPolicy.of(p, Fixtures.AS_OF).evaluate(r, Fixtures.COUNTY,
                TargetMetric.ORGANIZATIONAL_COVERAGE);
        assertEquals(Outcome.COMPLIANT, d.outcome());
        assertEquals("tgt.met", d.reasons().get(0).messageKey());
        TargetResult t = d.value();
        assertTrue(t.isMet());
        assertEquals(Fixtures.COUNTY, t.jurisdiction());
        assertEquals(TargetMetric.ORGANIZATIONAL_COVERAGE, t.metric());
        assertEquals(3, t.part());
        assertEquals(6, t.whole());
        assertEquals(Fraction.of(1, 2), t.actual());
        assertEquals(Rate.percent(50), t.target());
        assertEquals("430102 ORGANIZATIONAL_COVERAGE 3/6 target 50% met", t.toString());
    }

    @Test
    void everyTargetOfAJurisdictionIsEvaluatedInMetricOrder() {
        CoverageReport r = CoverageReport.of(ledger, Fixtures.seed002());
        List<Decision<TargetResult>> all = TargetPolicy.of(Fixtures.SEED_002, Fixtures.AS_OF).evaluateAll(r,
                Fixtures.COUNTY);
        assertEquals(List.of(Outcome.INSUFFICIENT_DATA, Outcome.NON_COMPLIANT, Outcome.NON_COMPLIANT,
                Outcome.INSUFFICIENT_DATA), all.stream().map(Decision::outcome).toList());
        assertEquals("tgt.short", all.get(2).reasons().get(0).messageKey());
        TargetResult work = all.get(2).value();
        assertFalse(work.isMet());
        assertEquals(2, work.shortBy(), "100% of 6 units; 4 have work coverage");
        assertEquals("430102 WORK_COVERAGE 4/6 target 100% short by 2", work.toString());
    }

    @Test
    void targetResultsAreEqualOnlyWithEveryComponentEqual() {
        TargetResult t = TargetResult.of(Fixtures.COUNTY, TargetMetric.WORK_COVERAGE, 4, 6, Rate.percent(100), 2);
        assertEquals(t, TargetResult.of(Fixtures.COUNTY, TargetMetric.WORK_COVERAGE, 4, 6, Rate.percent(100), 2));
        assertEquals(t.hashCode(),
                TargetResult.of(Fixtures.COUNTY, TargetMetric.WORK_COVERAGE, 4, 6, Rate.percent(100), 2).hashCode());
        assertNotEquals(t, TargetResult.of(Fixtures.TOWNSHIP, TargetMetric.WORK_COVERAGE, 4, 6, Rate.percent(100), 2));
        assertNotEquals(t.hashCode(),
                TargetResult.of(Fixtures.COUNTY, TargetMetric.WORK_COVERAGE, 4, 6, Rate.percent(100), 1).hashCode());
        assertNotEquals(t, TargetResult.of(Fixtures.COUNTY, TargetMetric.FORMATION_COMPLIANCE, 4, 6, Rate.percent(100), 2));
        assertNotEquals(t, TargetResult.of(Fixtures.COUNTY, TargetMetric.WORK_COVERAGE, 5, 6, Rate.percent(100), 2));
        assertNotEquals(t, TargetResult.of(Fixtures.COUNTY, TargetMetric.WORK_COVERAGE, 4, 7, Rate.percent(100), 2));
        assertNotEquals(t, TargetResult.of(Fixtures.COUNTY, TargetMetric.WORK_COVERAGE, 4, 6, Rate.percent(90), 2));
        assertNotEquals(t, TargetResult.of(Fixtures.COUNTY, TargetMetric.WORK_COVERAGE, 4, 6, Rate.percent(100), 1));
        assertNotEquals(t, (Object) "430102");
    }

    @Test
    void rankingSortsWhateverOrderTheJurisdictionsComeIn() {
        CoverageReport r = CoverageReport.of(ledger, Fixtures.national());
        List<RankEntry> ranking = TargetPolicy.of(Fixtures.NATIONAL, Fixtures.AS_OF)
                .rank(r, List.of(Fixtures.TOWNSHIP_2, Fixtures.TOWNSHIP), TargetMetric.ORGANIZATIONAL_COVERAGE).value();
        assertEquals(List.of(RankEntry.of(1, Fixtures.TOWNSHIP, Fraction.of(3, 5)),
                RankEntry.of(2, Fixtures.TOWNSHIP_2, Fraction.of(0, 1))), ranking);
        assertEquals(Fraction.of(3, 5), ranking.get(0).rate());
        assertEquals("1. 430102001 3/5", ranking.get(0).toString());
    }

    @Test
    void rankEntriesAreEqualOnlyWithTheSameRankPlaceAndRate() {
        RankEntry x = RankEntry.of(1, Fixtures.TOWNSHIP, Fraction.of(3, 5));
        assertEquals(x.hashCode(), RankEntry.of(1, Fixtures.TOWNSHIP, Fraction.of(3, 5)).hashCode());
        assertNotEquals(x, RankEntry.of(2, Fixtures.TOWNSHIP, Fraction.of(3, 5)));
        assertNotEquals(x.hashCode(), RankEntry.of(2, Fixtures.TOWNSHIP, Fraction.of(3, 5)).hashCode());
        assertNotEquals(x, RankEntry.of(1, Fixtures.TOWNSHIP_2, Fraction.of(3, 5)));
        assertNotEquals(x, RankEntry.of(1, Fixtures.TOWNSHIP, Fraction.of(2, 5)));
        assertNotEquals(x, (Object) "1.");
    }

    // ------------------------------------------------------------ gaps and warnings as values

    @Test
    void gapsReadAsCodeStateAndRecommendedMethod() {
        CreditCode code = e.getCreditCode();
        Decision<CoverageState> none = Decision.determined(CoverageState.NONE, List.of());
        Gap gap = Gap.of(code, "单位5", Fixtures.TOWNSHIP, none, List.of(MethodOption.of(FormationMethod.JOINT, 1,
                List.of())));
        assertEquals("单位5", gap.name());
        assertEquals(code.code() + " NONE → JOINT", gap.toString());
        assertEquals(code.code() + " NONE → —", Gap.of(code, "单位5", Fixtures.TOWNSHIP, none, List.of()).toString());
        assertEquals(gap, Gap.of(code, "单位5", Fixtures.TOWNSHIP, none, List.of(MethodOption.of(FormationMethod.JOINT, 1,
                List.of()))));
        assertEquals(gap.hashCode(), Gap.of(code, "改名", Fixtures.TOWNSHIP, none, List.of()).hashCode());
        assertNotEquals(gap.hashCode(), Gap.of(a.getCreditCode(), "单位5", Fixtures.TOWNSHIP, none, List.of()).hashCode());
        assertNotEquals(gap, Gap.of(code, "改名", Fixtures.TOWNSHIP, none, gap.methods()));
        assertNotEquals(gap, Gap.of(code, "单位5", Fixtures.TOWNSHIP, none, List.of()));
        assertNotEquals(gap, (Object) code);
    }

    @Test
    void gapListIsEqualForTheSameLedgerAndReadsAsItsCounts() {
        GapList gaps = GapList.of(ledger, Fixtures.national(), Optional.empty());
        assertEquals(Fixtures.AS_OF, gaps.asOf());
        assertEquals(gaps, GapList.of(ledger, Fixtures.national(), Optional.empty()));
        assertEquals(gaps.hashCode(), GapList.of(ledger, Fixtures.national(), Optional.empty()).hashCode());
        GapList empty = GapList.of(Ledger.of(Fixtures.COUNTY, List.of(a), List.of(ownA), List.of()), Fixtures.national(),
                Optional.empty());
        assertNotEquals(gaps, empty);
        assertNotEquals(gaps.hashCode(), empty.hashCode());
        assertNotEquals(gaps, (Object) "GapList");
        assertEquals("GapList[2026-03-01: 2 gaps, 0 warnings]", gaps.toString());
        assertEquals(Outcome.COMPLIANT, empty.decision().outcome());
        assertEquals(0, empty.decision().value());
    }

    @Test
    void earlyWarningsAreEqualOnlyWithTheSameKindSubjectPlaceAndReason() {
        Reason why = Reason.of(CoverageRules.WARN_NEW, "warn.new").with("name", "单位5");
        EarlyWarning w = EarlyWarning.of(WarningKind.NEWLY_REGISTERED, "X1", Fixtures.TOWNSHIP, why);
        assertEquals(w, EarlyWarning.of(WarningKind.NEWLY_REGISTERED, "X1", Fixtures.TOWNSHIP, why));
        assertEquals(w.hashCode(), EarlyWarning.of(WarningKind.NEWLY_REGISTERED, "X1", Fixtures.TOWNSHIP, why).hashCode());
        assertNotEquals(w, EarlyWarning.of(WarningKind.TERM_EXPIRED, "X1", Fixtures.TOWNSHIP, why));
        assertNotEquals(w.hashCode(), EarlyWarning.of(WarningKind.NEWLY_REGISTERED, "X2", Fixtures.TOWNSHIP, why).hashCode());
        assertNotEquals(w, EarlyWarning.of(WarningKind.NEWLY_REGISTERED, "X2", Fixtures.TOWNSHIP, why));
        assertNotEquals(w, EarlyWarning.of(WarningKind.NEWLY_REGISTERED, "X1", Fixtures.TOWNSHIP_2, why));
        assertNotEquals(w, EarlyWarning.of(WarningKind.NEWLY_REGISTERED, "X1", Fixtures.TOWNSHIP, why.with("x", 1)));
        assertNotEquals(w, (Object) "X1");
        assertEquals("NEWLY_REGISTERED X1 (430102001)", w.toString());
    }

    @Test
    void ledgerWithHostsRoundTripsThroughJsonAndOmittedListsReadAsEmpty() {
        Host park = Host.of("P1", "科技园",
                HostKind.INDUSTRIAL_PARK, Fixtures.TOWNSHIP);
        NewOrganization in = org(16, OrganizationSubKind.PRIVATE_ENTERPRISE, 20, 3).addHosts(park).build();
        Ledger withHost = Ledger.of(Fixtures.COUNTY, List.of(in), List.of(Fixtures.own("B-P", in)), List.of(park));
        assertEquals(withHost, DangjianJson.read(DangjianJson.write(withHost),
                Ledger.class));
        Ledger bare = DangjianJson.read("{\"area\":\"430102\"}", Ledger.class);
        assertEquals(Ledger.of(Fixtures.COUNTY, List.of(), List.of(), List.of()), bare);
    }

    @Test
    void fiveClearSummaryCountsOnlyUnitsWithAnOrganizationAsCovered() {
        Ledger l = Ledger.of(Fixtures.COUNTY, List.of(a, b, c, e), List.of(ownA, jointBc), List.of());
        FiveClearSummary s = FiveClearSummary.of(l, Fixtures.national()).value();
        assertEquals(4, s.organizations());
        assertEquals(3, s.unitsCovered());
    }

    @Test
    void ledgerReadsAsItsSizesAndHashesConsistently() {
        assertEquals("Ledger[430102, 7 organizations, 2 Party organizations, 0 hosts]", ledger.toString());
        Ledger same = Ledger.of(Fixtures.COUNTY, List.of(a, b, c, d, e, f, g), List.of(ownA, jointBc), List.of());
        assertEquals(ledger, same);
        assertEquals(ledger.hashCode(), same.hashCode());
        Ledger other = Ledger.of(Fixtures.COUNTY, List.of(a, b, c, d, e, f), List.of(ownA, jointBc), List.of());
        assertNotEquals(ledger, other);
        assertNotEquals(ledger.hashCode(), other.hashCode());
        assertNotEquals(ledger, (Object) "Ledger");
    }

    // ------------------------------------------------------------ labels and bands

    @Test
    void sizeBandsStartAtTenThirtyFiftyAndHundred() {
        assertEquals(SizeBand.UNDER_10, SizeBand.of(9));
        assertEquals(SizeBand.FROM_10_TO_29, SizeBand.of(10));
        assertEquals(SizeBand.FROM_10_TO_29, SizeBand.of(29));
        assertEquals(SizeBand.FROM_30_TO_49, SizeBand.of(30));
        assertEquals(SizeBand.FROM_50_TO_99, SizeBand.of(50));
        assertEquals(SizeBand.FROM_100, SizeBand.of(100));
        assertEquals(30, SizeBand.FROM_30_TO_49.from());
        assertEquals("100人以上", SizeBand.FROM_100.label());
    }

    @Test
    void ledgerKindsCarryTheirChineseLabels() {
        assertEquals("新增", DiffKind.ADDED.label());
        assertEquals("联合党支部超过单位上限", WarningKind.JOINT_OVER_LIMIT.label());
        assertEquals("组织覆盖率", RateKind.ORGANIZATIONAL_COVERAGE.label());
        assertEquals("应建尽建率", TargetMetric.FORMATION_COMPLIANCE.label());
    }
}
