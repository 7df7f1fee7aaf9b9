package org.dangjian.coverage.ledger;

import static org.dangjian.coverage.Fixtures.enterprise;
import static org.dangjian.coverage.Fixtures.org;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.dangjian.core.code.Jurisdiction;
import org.dangjian.core.code.JurisdictionLevel;
import org.dangjian.core.decision.Decision;
import org.dangjian.core.decision.Outcome;
import org.dangjian.core.money.Fraction;
import org.dangjian.core.money.Rate;
import org.dangjian.core.organization.FormationMethod;
import org.dangjian.core.organization.Host;
import org.dangjian.core.organization.HostKind;
import org.dangjian.core.organization.MassOrganization;
import org.dangjian.core.organization.NewOrganization;
import org.dangjian.core.organization.OperatingStatus;
import org.dangjian.core.organization.OrganizationKind;
import org.dangjian.core.organization.OrganizationSubKind;
import org.dangjian.core.organization.PartyOrganization;
import org.dangjian.core.organization.PartyOrganizationLevel;
import org.dangjian.core.parameter.PolicyParameters;
import org.dangjian.core.validation.InvalidInputException;
import org.dangjian.coverage.CoverageRules;
import org.dangjian.coverage.Fixtures;
import org.dangjian.coverage.campaign.CampaignFacts;
import org.dangjian.coverage.campaign.CampaignPolicy;
import org.dangjian.coverage.campaign.Milestone;
import org.dangjian.coverage.campaign.MilestoneKind;
import org.dangjian.coverage.campaign.MilestoneResult;
import org.dangjian.coverage.campaign.MilestoneStatus;
import org.dangjian.coverage.formation.CoverageState;
import org.junit.jupiter.api.Test;

class LedgerTest {
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

    @Test
    void reportCountsNumeratorsAndDenominators() {
        CoverageCounts t = CoverageReport.of(ledger, Fixtures.national()).total();
        assertEquals(6, t.units());
        assertEquals(1, t.ownOrganization());
        assertEquals(2, t.jointlyCovered());
        assertEquals(1, t.workCoveredOnly());
        assertEquals(Fraction.of(3, 6), t.organizationalCoverageRate());
        assertEquals(Fraction.of(1, 6), t.standaloneRate());
        assertEquals(Fraction.of(4, 6), t.workCoverageRate());
        assertEquals(2, t.mustForm());
        assertEquals(Fraction.of(1, 2), t.formationComplianceRate());
        assertEquals(Fraction.of(4, 6), t.memberShare());
        assertEquals("50.00%", t.organizationalCoverageRate().toPercent(2));
    }

    @Test
    void reportRollsTownshipsUpToTheCounty() {
        CoverageReport r = CoverageReport.of(ledger, Fixtures.national());
        CoverageCounts t1 = r.counts(Fixtures.TOWNSHIP).orElseThrow();
        CoverageCounts t2 = r.counts(Fixtures.TOWNSHIP_2).orElseThrow();
        assertEquals(5, t1.units());
        assertEquals(1, t2.units());
        assertEquals(r.counts(Fixtures.COUNTY).orElseThrow(), t1.plus(t2));
        assertEquals(r.total(), r.counts(Fixtures.COUNTY).orElseThrow());
        assertEquals(List.of(Fixtures.TOWNSHIP, Fixtures.TOWNSHIP_2), r.children(Fixtures.COUNTY));
        assertEquals(1, r.notOperating());
    }

    @Test
    void reportBreaksDownByKindSizeAndHost() {
        CoverageReport r = CoverageReport.of(ledger, Fixtures.national());
        assertEquals(5, r.byKind().get(OrganizationKind.NON_PUBLIC_ENTERPRISE).units());
        assertEquals(1, r.byKind().get(OrganizationKind.SOCIAL_ORGANIZATION).units());
        assertEquals(1, r.bySubKind().get(OrganizationSubKind.LAW_FIRM).units());
        assertEquals(1, r.bySizeBand().get(SizeBand.FROM_50_TO_99).units());
        assertEquals(3, r.bySizeBand().get(SizeBand.FROM_10_TO_29).units());
        assertEquals(6, r.withoutHost().units());
    }

    @Test
    void provinceLedgerRollsUpEveryLevel() {
        Jurisdiction province = Jurisdiction.of("430000");
        NewOrganization x = org(10, OrganizationSubKind.PRIVATE_ENTERPRISE, 20, 3)
                .jurisdiction(Jurisdiction.of("430203001")).build();
        Ledger l = Ledger.of(province, List.of(a, x), List.of(), List.of());
        CoverageReport r = CoverageReport.of(l, Fixtures.NATIONAL.resolve(province, Fixtures.AS_OF));
        assertEquals(List.of(Jurisdiction.of("430100"), Jurisdiction.of("430200")), r.at(JurisdictionLevel.CITY));
        assertEquals(2, r.counts(province).orElseThrow().units());
        assertEquals(1, r.counts(Jurisdiction.of("430203")).orElseThrow().units());
    }

    @Test
    void rejectsEveryInconsistencyAtOnce() {
        NewOrganization outside = org(20, OrganizationSubKind.PRIVATE_ENTERPRISE, 20, 0)
                .jurisdiction(Jurisdiction.of("430103001")).build();
        PartyOrganization coversUnknown = Fixtures.own("B-X", enterprise(99, 20, 3));
        PartyOrganization secondOwn = Fixtures.own("B-A2", a);
        InvalidInputException ex = assertThrows(InvalidInputException.class, () -> Ledger.of(Fixtures.COUNTY,
                List.of(a, a, outside), List.of(ownA, coversUnknown, secondOwn), List.of()));
        assertEquals(4, ex.violations().size(), ex.getMessage());
    }

    @Test
    void rejectsAJointBranchListingAUnitTwice() {
        assertThrows(InvalidInputException.class, () -> PartyOrganization.builder().id("J").name("联合党支部")
                .level(PartyOrganizationLevel.BRANCH).formationMethod(FormationMethod.JOINT)
                .jurisdiction(Fixtures.TOWNSHIP).addCoveredOrganizations(b.getCreditCode(), b.getCreditCode())
                .fullMembers(3).build());
    }

    @Test
    void rejectsMoreFullMembersThanStaff() {
        assertThrows(InvalidInputException.class, () -> enterprise(30, 2, 3));
    }

    @Test
    void ledgerKnowsHowEachUnitIsCovered() {
        assertEquals(CoverageState.OWN_ORGANIZATION, ledger.coverageOf(a));
        assertEquals(CoverageState.JOINT_ORGANIZATION, ledger.coverageOf(c));
        assertEquals(CoverageState.WORK_COVERAGE, ledger.coverageOf(d));
        assertEquals(CoverageState.NONE, ledger.coverageOf(e));
    }

    // ------------------------------------------------------------ targets

    @Test
    void organizationalTargetIsInsufficientDataUntilSet() {
        CoverageReport r = CoverageReport.of(ledger, Fixtures.national());
        Decision<TargetResult> d = TargetPolicy.of(Fixtures.NATIONAL, Fixtures.AS_OF)
                .evaluate(r, Fixtures.COUNTY, TargetMetric.ORGANIZATIONAL_COVERAGE);
        assertEquals(Outcome.INSUFFICIENT_DATA, d.outcome());
    }

    @Test
    void countyShortOfItsTargetBySomeUnits() {
        PolicyParameters p = Fixtures.NATIONAL.override(Fixtures.COUNTY, LocalDate.of(2025, 1, 1),
                CoverageRules.TARGET_ORGANIZATIONAL, Rate.percent(80));
        CoverageReport r = CoverageReport.of(ledger, p.resolve(Fixtures.COUNTY, Fixtures.AS_OF));
        Decision<TargetResult> d = TargetPolicy.of(p, Fixtures.AS_OF).evaluate(r, Fixtures.COUNTY,
                TargetMetric.ORGANIZATIONAL_COVERAGE);
        assertEquals(Outcome.NON_COMPLIANT, d.outcome());
        assertEquals(2, d.value().shortBy(), "80% of 6 is 4.8 → 5 units; 3 covered");
    }

    @Test
    void seedFormationTargetIsHundredPercent() {
        CoverageReport r = CoverageReport.of(ledger, Fixtures.seed002());
        Decision<TargetResult> d = TargetPolicy.of(Fixtures.SEED_002, Fixtures.AS_OF).evaluate(r, Fixtures.COUNTY,
                TargetMetric.FORMATION_COMPLIANCE);
        assertEquals(1, d.value().shortBy());
        assertEquals(List.of("COV-TGT-002"), d.ruleIds());
    }

    @Test
    void townshipsAreRankedByCoverage() {
        CoverageReport r = CoverageReport.of(ledger, Fixtures.national());
        List<RankEntry> ranking = TargetPolicy.of(Fixtures.NATIONAL, Fixtures.AS_OF)
                .rank(r, r.children(Fixtures.COUNTY), TargetMetric.ORGANIZATIONAL_COVERAGE).value();
        assertEquals(Fixtures.TOWNSHIP, ranking.get(0).jurisdiction());
        assertEquals(1, ranking.get(0).rank());
        assertEquals(2, ranking.get(1).rank());
    }

    // ------------------------------------------------------------ gap list, warnings

    @Test
    void gapListNamesEveryFailingUnitWithAMethod() {
        GapList gaps = GapList.of(ledger, Fixtures.national(), Optional.empty());
        List<String> codes = gaps.gaps().stream().map(x -> x.creditCode().code()).toList();
        assertEquals(List.of(e.getCreditCode().code(), f.getCreditCode().code()), codes);
        assertEquals(FormationMethod.STANDALONE, gaps.gaps().get(1).recommended().orElseThrow());
        assertEquals(Outcome.NON_COMPLIANT, gaps.decision().outcome());
    }

    @Test
    void warningsCoverEveryKind() {
        NewOrganization shrunk = enterprise(40, 30, 2);
        PartyOrganization ownShrunk = Fixtures.own("B-S", shrunk);
        NewOrganization[] six = new NewOrganization[6];
        for (int i = 0; i < 6; i++) {
            six[i] = enterprise(50 + i, 12, 0);
        }
        PartyOrganization big = Fixtures.joint("J-6", six);
        PartyOrganization old = PartyOrganization.builder().from(ownA).id("B-A").termStart(LocalDate.of(2021, 1, 1))
                .build();
        PartyOrganization crowded = PartyOrganization.builder().from(ownShrunk).level(PartyOrganizationLevel.BRANCH)
                .fullMembers(2).probationaryMembers(0).build();
        NewOrganization fresh = org(60, OrganizationSubKind.PRIVATE_ENTERPRISE, 20, 0)
                .registeredOn(LocalDate.of(2025, 6, 1)).build();
        List<NewOrganization> orgs = new java.util.ArrayList<>(List.of(a, e, shrunk, fresh));
        orgs.addAll(List.of(six));
        Ledger l = Ledger.of(Fixtures.COUNTY, orgs, List.of(old, crowded, big), List.of());
        GapList gaps = GapList.of(l, Fixtures.seed002(), Optional.of(LocalDate.of(2025, 1, 1)));
        assertEquals(1, gaps.warnings(WarningKind.NO_MEMBER_AT_STAFF).size());
        assertEquals(1, gaps.warnings(WarningKind.BELOW_MINIMUM_MEMBERS).size());
        assertEquals(1, gaps.warnings(WarningKind.JOINT_OVER_LIMIT).size());
        assertEquals(1, gaps.warnings(WarningKind.TERM_EXPIRED).size());
        assertEquals(1, gaps.warnings(WarningKind.NEWLY_REGISTERED).size());
    }

    @Test
    void branchOverFiftyMembersIsWarned() {
        NewOrganization big = enterprise(70, 300, 51);
        PartyOrganization po = Fixtures.own("B-BIG", big);
        GapList gaps = GapList.of(Ledger.of(Fixtures.COUNTY, List.of(big), List.of(po), List.of()), Fixtures.national(),
                Optional.empty());
        assertEquals(1, gaps.warnings(WarningKind.BRANCH_OVER_SOFT_CAP).size());
    }

    @Test
    void uncoveredUnitInAParkWithAnOrganizationIsSentToThePark() {
        Host park = Host.of("P1", "科技园", HostKind.INDUSTRIAL_PARK, Fixtures.TOWNSHIP);
        NewOrganization in1 = org(80, OrganizationSubKind.PRIVATE_ENTERPRISE, 20, 2).addHosts(park).build();
        NewOrganization in2 = org(81, OrganizationSubKind.PRIVATE_ENTERPRISE, 20, 1).addHosts(park).build();
        NewOrganization loner = org(82, OrganizationSubKind.PRIVATE_ENTERPRISE, 20, 0).addHosts(park).build();
        PartyOrganization parkOrg = PartyOrganization.builder().from(Fixtures.joint("P-J", in1, in2))
                .formationMethod(FormationMethod.PARK).build();
        Ledger l = Ledger.of(Fixtures.COUNTY, List.of(in1, in2, loner), List.of(parkOrg), List.of(park));
        GapList gaps = GapList.of(l, Fixtures.national(), Optional.empty());
        assertEquals(FormationMethod.PARK, gaps.gaps().get(0).recommended().orElseThrow());
    }

    // ------------------------------------------------------------ five clear, diff, campaign

    @Test
    void fiveClearSummaryCountsTheFiveThings() {
        FiveClearSummary s = FiveClearSummary.of(ledger, Fixtures.national()).value();
        assertEquals(6, s.organizations());
        assertEquals(2, s.partyOrganizations());
        assertEquals(6, s.members());
        assertEquals(3, s.unitsCovered());
        assertEquals(2, s.functioning());
    }

    @Test
    void diffFindsAddedDissolvedCrossingAndLostCoverage() {
        NewOrganization bGrown = NewOrganization.builder().from(b).fullMembers(3).build();
        NewOrganization dClosed = NewOrganization.builder().from(d).status(OperatingStatus.SUSPENDED).build();
        NewOrganization h = enterprise(90, 20, 0);
        Ledger after = Ledger.of(Fixtures.COUNTY, List.of(a, bGrown, c, dClosed, e, h), List.of(ownA), List.of());
        LedgerDiff diff = LedgerDiff.between(ledger, after, Fixtures.national()).value();
        assertEquals(1, diff.entries(DiffKind.ADDED).size());
        assertEquals(3, diff.entries(DiffKind.DISSOLVED).size(), diff.entries().toString());
        assertEquals(1, diff.entries(DiffKind.CROSSED_UP).size());
        assertEquals(2, diff.entries(DiffKind.LOST_COVERAGE).size());
    }

    @Test
    void campaignMilestonesAreDonePendingOrOverdue() {
        List<Milestone> ms = List.of(Milestone.of(MilestoneKind.LEDGER_BUILT, LocalDate.of(2026, 1, 31)),
                Milestone.of(MilestoneKind.STANDALONE_FORMED, LocalDate.of(2026, 2, 28)),
                Milestone.of(MilestoneKind.SECRETARIES_TRAINED, LocalDate.of(2026, 12, 31)));
        Decision<List<MilestoneResult>> d = CampaignPolicy.of(Fixtures.NATIONAL).evaluate(ms, ledger,
                CampaignFacts.of(Optional.of(LocalDate.of(2026, 1, 20)), Set.of("B-A")), Fixtures.AS_OF);
        assertEquals(Outcome.NON_COMPLIANT, d.outcome());
        assertEquals(List.of(MilestoneStatus.DONE, MilestoneStatus.OVERDUE, MilestoneStatus.PENDING),
                d.value().stream().map(MilestoneResult::status).toList());
    }

    @Test
    void targetsMilestoneIsUnknownWithoutTargets() {
        Decision<List<MilestoneResult>> d = CampaignPolicy.of(Fixtures.NATIONAL).evaluate(
                List.of(Milestone.of(MilestoneKind.TARGETS_MET, LocalDate.of(2026, 12, 31))), ledger,
                CampaignFacts.of(Optional.empty(), Set.of()), Fixtures.AS_OF);
        assertEquals(Outcome.INSUFFICIENT_DATA, d.outcome());
        assertFalse(d.reasons().isEmpty());
        assertTrue(d.ruleIds().contains("COV-CAMP-001"));
    }

    @Test
    void reportWritesToJsonWithCountsAndExactRates() {
        String json = org.dangjian.core.json.DangjianJson.write(CoverageReport.of(ledger, Fixtures.national()));
        assertTrue(json.contains("\"units\":6"), json);
        assertTrue(json.contains("\"organizationalCoverageRate\":\"1/2\""), json);
        assertTrue(json.contains("\"430102001\""), json);
    }

    @Test
    void ledgerRoundTripsThroughJson() {
        String json = org.dangjian.core.json.DangjianJson.write(ledger);
        assertEquals(ledger, org.dangjian.core.json.DangjianJson.read(json, Ledger.class));
    }

    @Test
    void ledgerFromJsonWithAnOrganizationOutsideTheCountyIsRejected() {
        String json = org.dangjian.core.json.DangjianJson.write(Ledger.of(Fixtures.CITY, List.of(a,
                org(21, OrganizationSubKind.PRIVATE_ENTERPRISE, 20, 0).jurisdiction(Jurisdiction.of("430103001")).build()),
                List.of(), List.of()));
        String narrowed = json.replace("\"430100\"", "\"430102\"");
        InvalidInputException ex = assertThrows(InvalidInputException.class,
                () -> org.dangjian.core.json.DangjianJson.read(narrowed, Ledger.class));
        assertEquals(1, ex.violations().size(), ex.getMessage());
    }
}
