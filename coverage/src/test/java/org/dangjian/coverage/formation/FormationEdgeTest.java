package org.dangjian.coverage.formation;

import static org.dangjian.coverage.Fixtures.code;
import static org.dangjian.coverage.Fixtures.enterprise;
import static org.dangjian.coverage.Fixtures.org;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.time.Period;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.dangjian.core.decision.Decision;
import org.dangjian.core.decision.Outcome;
import org.dangjian.core.decision.Reason;
import org.dangjian.core.organization.FormationMethod;
import org.dangjian.core.organization.Host;
import org.dangjian.core.organization.HostKind;
import org.dangjian.core.organization.HostLevel;
import org.dangjian.core.organization.MassOrganization;
import org.dangjian.core.organization.NewOrganization;
import org.dangjian.core.organization.OperatingStatus;
import org.dangjian.core.organization.OrganizationSubKind;
import org.dangjian.core.organization.PartyOrganization;
import org.dangjian.core.organization.PartyOrganizationLevel;
import org.dangjian.core.parameter.LocalProfile;
import org.dangjian.core.parameter.ResolvedParameters;
import org.dangjian.core.validation.InvalidInputException;
import org.dangjian.coverage.CoverageRules;
import org.dangjian.coverage.Fixtures;
import org.junit.jupiter.api.Test;

/** Edges of the formation rules not pinned elsewhere, and the formation values. */
class FormationEdgeTest {
    private final FormationPolicy national = FormationPolicy.of(Fixtures.national());
    private final FormationPolicy seed002 = FormationPolicy.of(Fixtures.seed002());
    /** Before 2012, when none of the catalog's national figures was in force. */
    private final FormationPolicy before = FormationPolicy.of(Fixtures.NATIONAL.resolve(Fixtures.COUNTY,
            LocalDate.of(2010, 1, 1)));

    private static List<String> keys(Decision<?> d) {
        return d.reasons().stream().map(Reason::messageKey).toList();
    }

    // ------------------------------------------------------------ missing figures

    @Test
    void everyRuleAnswersInsufficientDataBeforeItsFiguresWereInForce() {
        NewOrganization o = enterprise(1, 40, 3);
        PartyOrganization po = Fixtures.own("B-1", o);
        PartyOrganization joint = Fixtures.joint("J-1", enterprise(2, 20, 1), enterprise(3, 20, 1));
        assertEquals(Outcome.INSUFFICIENT_DATA, before.decideScope(o).outcome());
        assertEquals(List.of("parameter.missing"), keys(before.decideScope(o)));
        assertFalse(before.isInScope(o));
        assertEquals(Outcome.INSUFFICIENT_DATA, before.decideRequirement(o).outcome());
        assertEquals(Set.of(), before.obligationsOf(o));
        assertFalse(before.failsRequirement(o, CoverageState.NONE));
        assertEquals(Outcome.INSUFFICIENT_DATA, before.assessCoverage(o, CoverageState.NONE).outcome());
        assertEquals(Outcome.INSUFFICIENT_DATA, before.decideLevel(3, 3).outcome());
        assertEquals(Outcome.INSUFFICIENT_DATA, before.decideLevel(3, 3, PartyOrganizationLevel.BRANCH).outcome());
        assertEquals(Outcome.INSUFFICIENT_DATA, before.decideCommitteeQuorum(5, 3).outcome());
        assertEquals(Outcome.INSUFFICIENT_DATA, before.decideTerm(po, Fixtures.AS_OF).outcome());
        assertEquals(Outcome.INSUFFICIENT_DATA, before.assessJointLimit(joint).outcome());
        assertEquals(Outcome.INSUFFICIENT_DATA, before.decideAnswerDeadline(Fixtures.AS_OF).outcome());
        assertEquals(Outcome.INSUFFICIENT_DATA,
                before.decideProjectBranch(Fixtures.AS_OF, Fixtures.AS_OF.plusYears(1), 3).outcome());
        assertEquals(Outcome.INSUFFICIENT_DATA, before.rankMethods(o, FormationContext.empty()).outcome());
        assertEquals(Outcome.INSUFFICIENT_DATA, national.decideAboveScale(o).outcome(),
                "the above-scale definition is local");
    }

    @Test
    void policyKeepsTheParametersItWasBuiltFrom() {
        ResolvedParameters p = Fixtures.national();
        assertSame(p, FormationPolicy.of(p).parameters());
    }

    // ------------------------------------------------------------ scope and requirement

    @Test
    void scopeReasonNamesTheFigureOfTheOrganizationsKind() {
        NewOrganization firm = org(4, OrganizationSubKind.LAW_FIRM, 30, 0).build();
        Decision<Boolean> in = national.decideScope(firm);
        assertTrue(in.value());
        assertEquals(List.of("scope.in"), keys(in));
        assertEquals(Map.of(CoverageRules.SCOPE_SOCIAL_STAFF.name(), "30"), in.reasons().get(0).parameters());
        Decision<Boolean> out = national.decideScope(enterprise(5, 9, 0));
        assertEquals(List.of("scope.out"), keys(out));
        assertEquals(Map.of(CoverageRules.SCOPE_ENTERPRISE_EMPLOYEES.name(), "10"), out.reasons().get(0).parameters());
    }

    @Test
    void aClosedUnitIsNeverInScope() {
        NewOrganization closed = org(6, OrganizationSubKind.PRIVATE_ENTERPRISE, 40, 0)
                .status(OperatingStatus.SUSPENDED).build();
        assertFalse(national.isInScope(closed));
        assertTrue(national.isInScope(enterprise(7, 10, 0)));
    }

    @Test
    void requirementReasonSaysHowManyFullMembersAreStillNeeded() {
        Decision<Set<Obligation>> two = national.decideRequirement(enterprise(8, 20, 2));
        assertEquals("req.branch.notRequired", two.reasons().get(0).messageKey());
        assertEquals("1", two.reasons().get(0).arguments().get("needed"));
        Decision<Set<Obligation>> three = national.decideRequirement(enterprise(9, 20, 3));
        assertEquals("req.branch.required", three.reasons().get(0).messageKey());
        assertEquals("0", three.reasons().get(0).arguments().get("needed"));
    }

    @Test
    void seedStaffObligationsStartExactlyAtTheirFigures() {
        assertEquals(Set.of(Obligation.WORK_COVERAGE), seed002.obligationsOf(enterprise(10, 49, 0)));
        assertEquals(Set.of(Obligation.MEMBERS, Obligation.WORK_COVERAGE), seed002.obligationsOf(enterprise(11, 50, 0)));
        assertEquals(Set.of(Obligation.MEMBERS, Obligation.WORK_COVERAGE), seed002.obligationsOf(enterprise(12, 99, 0)));
        assertEquals(Set.of(Obligation.MEMBERS, Obligation.ORGANIZATION, Obligation.WORK_COVERAGE),
                seed002.obligationsOf(enterprise(13, 100, 0)));
        assertEquals(Set.of(Obligation.ORGANIZATION, Obligation.WORK_COVERAGE),
                seed002.obligationsOf(org(15, OrganizationSubKind.LAW_FIRM, 30, 0).build()));
        assertEquals(Set.of(), seed002.obligationsOf(org(16, OrganizationSubKind.LAW_FIRM, 29, 0).build()));
    }

    @Test
    void anEnterpriseExpectedToHaveAnOrganizationFailsWithWorkCoverageOnly() {
        NewOrganization hundred = org(73, OrganizationSubKind.PRIVATE_ENTERPRISE, 100, 1)
                .addMassOrganizations(MassOrganization.TRADE_UNION).build();
        assertTrue(seed002.failsRequirement(hundred, CoverageState.WORK_COVERAGE));
        assertEquals(Outcome.NON_COMPLIANT, seed002.assessCoverage(hundred, CoverageState.WORK_COVERAGE).outcome());
        assertFalse(seed002.failsRequirement(hundred, CoverageState.JOINT_ORGANIZATION));
        assertEquals(Outcome.COMPLIANT, seed002.assessCoverage(hundred, CoverageState.JOINT_ORGANIZATION).outcome());
    }

    // ------------------------------------------------------------ level and committee

    @Test
    void belowThreeFullMembersTheLevelReasonSaysHowManyAreMissing() {
        Decision<LevelRecommendation> d = national.decideLevel(1, 1);
        assertEquals(Outcome.NOT_APPLICABLE, d.outcome());
        assertEquals("2", d.reasons().get(0).arguments().get("needed"));
        assertEquals(Outcome.NOT_APPLICABLE, national.decideLevel(0, 0).outcome());
        assertEquals(Outcome.NOT_APPLICABLE, national.decideLevel(1, 1, PartyOrganizationLevel.BRANCH).outcome());
    }

    @Test
    void rejectsNegativeFullMembersOrFewerMembersThanFullMembers() {
        assertThrows(InvalidInputException.class, () -> national.decideLevel(-1, 0));
        assertThrows(InvalidInputException.class, () -> national.decideLevel(5, 4));
    }

    @Test
    void committeeQuorumBoundsAreOneMemberAndNoMorePresentThanMembers() {
        assertEquals(Outcome.COMPLIANT, national.decideCommitteeQuorum(1, 1).outcome());
        assertEquals(Outcome.NON_COMPLIANT, national.decideCommitteeQuorum(1, 0).outcome());
        assertEquals(List.of("level.quorum.met"), keys(national.decideCommitteeQuorum(5, 3)));
        assertEquals(List.of("level.quorum.missed"), keys(national.decideCommitteeQuorum(4, 2)));
        assertEquals(3L, national.decideCommitteeQuorum(4, 2).value());
        assertThrows(InvalidInputException.class, () -> national.decideCommitteeQuorum(0, 0));
        assertThrows(InvalidInputException.class, () -> national.decideCommitteeQuorum(3, -1));
        InvalidInputException ex = assertThrows(InvalidInputException.class,
                () -> national.decideCommitteeQuorum(3, 4));
        assertEquals("present", ex.violations().get(0).path());
    }

    @Test
    void levelRecommendationsAreEqualOnlyWithEveryFigureEqual() {
        LevelRecommendation r = LevelRecommendation.of(PartyOrganizationLevel.BRANCH, true, 3, 5, 7, Period.ofYears(3));
        assertEquals(r, LevelRecommendation.of(PartyOrganizationLevel.BRANCH, true, 3, 5, 7, Period.ofYears(3)));
        assertEquals(r.hashCode(),
                LevelRecommendation.of(PartyOrganizationLevel.BRANCH, true, 3, 5, 7, Period.ofYears(3)).hashCode());
        assertNotEquals(r, LevelRecommendation.of(PartyOrganizationLevel.GENERAL_BRANCH, true, 3, 5, 7, Period.ofYears(3)));
        assertNotEquals(r, LevelRecommendation.of(PartyOrganizationLevel.BRANCH, false, 3, 5, 7, Period.ofYears(3)));
        assertNotEquals(r.hashCode(),
                LevelRecommendation.of(PartyOrganizationLevel.BRANCH, true, 3, 5, 6, Period.ofYears(3)).hashCode());
        assertNotEquals(r, LevelRecommendation.of(PartyOrganizationLevel.BRANCH, true, 2, 5, 7, Period.ofYears(3)));
        assertNotEquals(r, LevelRecommendation.of(PartyOrganizationLevel.BRANCH, true, 3, 4, 7, Period.ofYears(3)));
        assertNotEquals(r, LevelRecommendation.of(PartyOrganizationLevel.BRANCH, true, 3, 5, 6, Period.ofYears(3)));
        assertNotEquals(r, LevelRecommendation.of(PartyOrganizationLevel.BRANCH, true, 3, 5, 7, Period.ofYears(5)));
        assertNotEquals(r, (Object) "BRANCH");
    }

    // ------------------------------------------------------------ term, joint limit, project

    @Test
    void primaryCommitteeTermIsReadFromItsOwnParameter() {
        NewOrganization o = enterprise(17, 300, 120);
        PartyOrganization committee = PartyOrganization.builder().from(Fixtures.own("C-1", o))
                .level(PartyOrganizationLevel.PRIMARY_COMMITTEE).termStart(LocalDate.of(2024, 6, 1)).build();
        Decision<TermStatus> d = national.decideTerm(committee, Fixtures.AS_OF);
        assertEquals(Map.of(CoverageRules.TERM_PRIMARY_COMMITTEE.name(), "P5Y"), d.reasons().get(0).parameters());
        TermStatus t = d.value();
        assertEquals(LocalDate.of(2024, 6, 1), t.termStart());
        assertEquals(Period.ofYears(5), t.length());
        assertEquals(LocalDate.of(2029, 6, 1), t.expiresOn(), "TimeLimits.endOf: five years from the day after the start");
        assertFalse(t.isExpired());
    }

    @Test
    void termStatusesAreEqualOnlyWithEveryDateEqual() {
        LocalDate s = LocalDate.of(2024, 6, 1);
        LocalDate x = LocalDate.of(2027, 5, 31);
        LocalDate e = LocalDate.of(2026, 5, 31);
        LocalDate l = LocalDate.of(2028, 5, 31);
        TermStatus t = TermStatus.of(s, Period.ofYears(3), x, e, l, false);
        assertEquals(t, TermStatus.of(s, Period.ofYears(3), x, e, l, false));
        assertEquals(t.hashCode(), TermStatus.of(s, Period.ofYears(3), x, e, l, false).hashCode());
        assertNotEquals(t, TermStatus.of(s.plusDays(1), Period.ofYears(3), x, e, l, false));
        assertNotEquals(t, TermStatus.of(s, Period.ofYears(5), x, e, l, false));
        assertNotEquals(t, TermStatus.of(s, Period.ofYears(3), x.plusDays(1), e, l, false));
        assertNotEquals(t, TermStatus.of(s, Period.ofYears(3), x, e.plusDays(1), l, false));
        assertNotEquals(t, TermStatus.of(s, Period.ofYears(3), x, e, l.plusDays(1), false));
        assertNotEquals(t, TermStatus.of(s, Period.ofYears(3), x, e, l, true));
        assertNotEquals(t.hashCode(), TermStatus.of(s, Period.ofYears(3), x, e, l, true).hashCode());
        assertNotEquals(t, (Object) x);
        assertEquals("expires 2027-05-31 window [2026-05-31, 2028-05-31] current", t.toString());
        assertEquals("expires 2027-05-31 window [2026-05-31, 2028-05-31] expired",
                TermStatus.of(s, Period.ofYears(3), x, e, l, true).toString());
    }

    @Test
    void jointBranchOfFiveUnitsIsWithinTheLimitAndSixIsOver() {
        NewOrganization[] u = new NewOrganization[6];
        for (int i = 0; i < 6; i++) {
            u[i] = enterprise(20 + i, 12, 1);
        }
        Decision<Integer> five = national.assessJointLimit(Fixtures.joint("J-5", u[0], u[1], u[2], u[3], u[4]));
        assertEquals(Outcome.COMPLIANT, five.outcome());
        assertEquals(List.of("joint.within"), keys(five));
        Decision<Integer> six = national.assessJointLimit(Fixtures.joint("J-6", u));
        assertEquals(Outcome.NON_COMPLIANT, six.outcome());
        assertEquals(List.of("joint.over"), keys(six));
        assertEquals(6, six.value());
        Decision<Integer> own = national.assessJointLimit(Fixtures.own("B-0", u[0]));
        assertEquals(Outcome.NOT_APPLICABLE, own.outcome());
        assertEquals(1, own.value());
    }

    @Test
    void applicationIsAnsweredWithinOneMonth() {
        Decision<LocalDate> d = national.decideAnswerDeadline(LocalDate.of(2026, 1, 31));
        assertEquals(Outcome.DETERMINED, d.outcome());
        assertEquals(LocalDate.of(2026, 2, 28), d.value());
    }

    @Test
    void projectWithoutFullMembersSetsUpNothingAndANegativeCountIsRejected() {
        LocalDate start = LocalDate.of(2026, 1, 1);
        Decision<ProjectBranch> none = national.decideProjectBranch(start, start.plusYears(1), 0);
        assertEquals(Outcome.NOT_APPLICABLE, none.outcome());
        assertNull(none.findValue().orElse(null));
        assertThrows(InvalidInputException.class, () -> national.decideProjectBranch(start, start.plusYears(1), -1));
        assertThrows(InvalidInputException.class, () -> national.decideProjectBranch(start, start.minusDays(1), 3));
    }

    @Test
    void projectReasonSaysWhichBranchIsSetUp() {
        LocalDate start = LocalDate.of(2026, 1, 1);
        assertEquals(List.of("project.branch"), keys(national.decideProjectBranch(start, start.plusYears(1), 3)));
        assertEquals(List.of("project.temporary"), keys(national.decideProjectBranch(start, start.plusYears(1), 2)));
        assertEquals(ProjectBranch.TEMPORARY_BRANCH, national.decideProjectBranch(start, start.plusMonths(1), 3).value());
    }

    // ------------------------------------------------------------ methods

    @Test
    void jointPoolTakesTheNeighbourWithTheMostFullMembersFirst() {
        NewOrganization o = enterprise(30, 20, 0);
        FormationContext ctx = FormationContext.builder().addNeighbours(Neighbour.of(code(31), 1),
                Neighbour.of(code(32), 3)).build();
        Decision<List<MethodOption>> d = national.rankMethods(o, ctx);
        Reason joint = d.reasons().stream().filter(r -> r.messageKey().equals("meth.joint")).findFirst().orElseThrow();
        assertEquals("2", joint.arguments().get("units"), "the unit and the neighbour with 3");
        assertEquals("3", joint.arguments().get("fullMembers"));
    }

    @Test
    void jointPoolStopsAtTheUnitLimitAndSaysHowManyAreStillNeeded() {
        NewOrganization o = enterprise(40, 20, 1);
        FormationContext.Builder b = FormationContext.builder();
        for (int i = 0; i < 6; i++) {
            b.addNeighbours(Neighbour.of(code(41 + i), 0));
        }
        Decision<List<MethodOption>> d = national.rankMethods(o, b.build());
        Reason shortOf = d.reasons().stream().filter(r -> r.messageKey().equals("meth.joint.short")).findFirst()
                .orElseThrow();
        assertEquals("5", shortOf.arguments().get("units"));
        assertEquals("1", shortOf.arguments().get("fullMembers"));
        assertEquals("2", shortOf.arguments().get("needed"));
        assertFalse(d.value().stream().anyMatch(m -> m.method() == FormationMethod.JOINT));
    }

    @Test
    void theUnitItselfIsNoNeighbour() {
        NewOrganization o = enterprise(50, 20, 2);
        FormationContext ctx = FormationContext.builder().addNeighbours(Neighbour.of(o.getCreditCode(), 2)).build();
        Decision<List<MethodOption>> d = national.rankMethods(o, ctx);
        assertEquals(List.of(FormationMethod.FALLBACK), d.value().stream().map(MethodOption::method).toList());
        assertFalse(keys(d).contains("meth.joint.short"));
    }

    @Test
    void aPlatformInAParkWithoutOrganizationIsRankedBeforeFormingOneInThePark() {
        Host park = Host.of("P9", "软件园", HostKind.INDUSTRIAL_PARK, Fixtures.TOWNSHIP);
        NewOrganization o = org(60, OrganizationSubKind.PLATFORM_ENTERPRISE, 20, 0).addHosts(park).build();
        Decision<List<MethodOption>> d = national.rankMethods(o, FormationContext.empty());
        assertEquals(List.of(FormationMethod.PLATFORM, FormationMethod.PARK, FormationMethod.FALLBACK),
                d.value().stream().map(MethodOption::method).toList());
        assertEquals(List.of(1, 2, 3), d.value().stream().map(MethodOption::rank).toList());
        assertEquals("meth.host.form", d.value().get(1).reasons().get(0).messageKey());
        MethodOption joined = national.rankMethods(o, FormationContext.builder().addHostsWithOrganization("P9").build())
                .value().get(0);
        assertEquals(FormationMethod.PARK, joined.method());
        assertEquals("meth.host.join", joined.reasons().get(0).messageKey());
    }

    @Test
    void aChainWithoutAnOrganizedLeadOffersNoLeadEnterprise() {
        NewOrganization o = org(61, OrganizationSubKind.PRIVATE_ENTERPRISE, 20, 0).industryChain("新能源汽车").build();
        assertEquals(List.of(FormationMethod.FALLBACK), national.rankMethods(o, FormationContext.empty()).value()
                .stream().map(MethodOption::method).toList());
        assertEquals(FormationMethod.LEAD_ENTERPRISE, national.rankMethods(o, FormationContext.builder()
                .leadEnterpriseHasOrganization(true).build()).value().get(0).method());
    }

    @Test
    void aNeighbourListedTwiceOrWithNegativeMembersIsRejected() {
        assertThrows(InvalidInputException.class, () -> FormationContext.builder()
                .addNeighbours(Neighbour.of(code(70), 1), Neighbour.of(code(70), 2)).build());
        assertThrows(InvalidInputException.class, () -> Neighbour.of(code(71), -1));
    }

    @Test
    void methodOptionsAreEqualOnlyWithTheSameMethodRankAndReasons() {
        Reason r = Reason.of(CoverageRules.METH_FALLBACK, "meth.fallback");
        MethodOption m = MethodOption.of(FormationMethod.FALLBACK, 2, List.of(r));
        assertEquals(List.of(r), m.reasons());
        assertEquals(m, MethodOption.of(FormationMethod.FALLBACK, 2, List.of(r)));
        assertEquals(m.hashCode(), MethodOption.of(FormationMethod.FALLBACK, 2, List.of(r)).hashCode());
        assertNotEquals(m, MethodOption.of(FormationMethod.JOINT, 2, List.of(r)));
        assertNotEquals(m.hashCode(), MethodOption.of(FormationMethod.FALLBACK, 1, List.of(r)).hashCode());
        assertNotEquals(m, MethodOption.of(FormationMethod.FALLBACK, 1, List.of(r)));
        assertNotEquals(m, MethodOption.of(FormationMethod.FALLBACK, 2, List.of()));
        assertNotEquals(m, (Object) "FALLBACK");
    }

    @Test
    void aUnitInTwoParksIsOfferedItsParksOnceWithBothReasons() {
        Host p1 = Host.of("P1", "科技园", HostKind.INDUSTRIAL_PARK, Fixtures.TOWNSHIP);
        Host p2 = Host.of("P2", "物流园", HostKind.INDUSTRIAL_PARK, Fixtures.TOWNSHIP);
        NewOrganization o = org(64, OrganizationSubKind.PRIVATE_ENTERPRISE, 20, 0).addHosts(p1, p2).build();
        List<MethodOption> options = national.rankMethods(o, FormationContext.builder().addHostsWithOrganization("P2")
                .build()).value();
        assertEquals(List.of(FormationMethod.PARK, FormationMethod.FALLBACK),
                options.stream().map(MethodOption::method).toList());
        assertEquals(List.of("meth.host.form", "meth.host.join"),
                options.get(0).reasons().stream().map(Reason::messageKey).toList());
    }

    @Test
    void marketsAndBusinessDistrictsLeadToTheirOwnMethods() {
        Host market = Host.of("M1", "小商品市场", HostKind.SPECIALISED_MARKET, Fixtures.TOWNSHIP);
        Host district = Host.of("D1", "步行街商圈", HostKind.BUSINESS_DISTRICT, Fixtures.TOWNSHIP);
        Host tower = Host.of("T1", "金融大厦", HostKind.OFFICE_BUILDING, Fixtures.TOWNSHIP);
        assertEquals(FormationMethod.MARKET, national.rankMethods(org(65, OrganizationSubKind.PRIVATE_ENTERPRISE, 20, 0)
                .addHosts(market).build(), FormationContext.empty()).value().get(0).method());
        assertEquals(FormationMethod.REGIONAL_JOINT, national.rankMethods(org(66, OrganizationSubKind.PRIVATE_ENTERPRISE,
                20, 0).addHosts(district).build(), FormationContext.empty()).value().get(0).method());
        assertEquals(FormationMethod.BUILDING, national.rankMethods(org(67, OrganizationSubKind.PRIVATE_ENTERPRISE,
                20, 0).addHosts(tower).build(), FormationContext.empty()).value().get(0).method());
    }

    @Test
    void coverageStateFollowsTheOrganizationsThatListTheUnit() {
        NewOrganization a = enterprise(68, 20, 3);
        NewOrganization b = enterprise(69, 20, 1);
        PartyOrganization own = Fixtures.own("B-A", a);
        PartyOrganization joint = Fixtures.joint("J-AB", a, b);
        assertEquals(CoverageState.OWN_ORGANIZATION, FormationPolicy.coverageState(a, List.of(joint, own)));
        assertEquals(CoverageState.JOINT_ORGANIZATION, FormationPolicy.coverageState(b, List.of(joint)));
        assertEquals(CoverageState.NONE, FormationPolicy.coverageState(b, List.of()));
        assertEquals(CoverageState.WORK_COVERAGE, FormationPolicy.coverageState(org(72,
                OrganizationSubKind.PRIVATE_ENTERPRISE, 20, 0).addMassOrganizations(MassOrganization.TRADE_UNION).build(), List.of()));
        InvalidInputException ex = assertThrows(InvalidInputException.class,
                () -> FormationPolicy.coverageState(b, List.of(own)));
        assertEquals("covering[0]", ex.violations().get(0).path());
    }

    // ------------------------------------------------------------ parks and scale

    @Test
    void parkStaffingByLevel() {
        FormationPolicy seed004 = FormationPolicy.of(Fixtures.NATIONAL.adopt(Fixtures.CITY, LocalProfile.SEED_004,
                LocalDate.of(2020, 1, 1)).resolve(Fixtures.COUNTY, Fixtures.AS_OF));
        Host park = Host.of("P1", "高新区", HostKind.INDUSTRIAL_PARK, Fixtures.TOWNSHIP);
        Decision<Integer> none = seed004.assessParkStaffing(park.withLevel(HostLevel.NATIONAL), 0);
        assertEquals(Outcome.NON_COMPLIANT, none.outcome());
        assertEquals(List.of("park.short"), keys(none));
        Decision<Integer> two = seed004.assessParkStaffing(park.withLevel(HostLevel.PROVINCIAL), 2);
        assertEquals(Outcome.COMPLIANT, two.outcome());
        assertEquals(List.of("park.met"), keys(two));
        assertEquals(Map.of(CoverageRules.PARK_PROVINCIAL_STAFF_MIN.name(), "2",
                CoverageRules.PARK_PROVINCIAL_STAFF_MAX.name(), "3"), two.reasons().get(0).parameters());
        assertEquals(Outcome.NOT_APPLICABLE, seed004.assessParkStaffing(park.withLevel(HostLevel.LOCAL), 1).outcome());
        assertEquals(Outcome.INSUFFICIENT_DATA, seed004.assessParkStaffing(park, 1).outcome());
        assertEquals(Outcome.NOT_APPLICABLE, seed004.assessParkStaffing(
                Host.of("T1", "大厦", HostKind.OFFICE_BUILDING, Fixtures.TOWNSHIP), 1).outcome());
        assertThrows(InvalidInputException.class, () -> seed004.assessParkStaffing(park, -1));
    }

    @Test
    void aSocialOrganizationIsNeverAboveScale() {
        Decision<Boolean> d = national.decideAboveScale(org(62, OrganizationSubKind.LAW_FIRM, 500, 0).build());
        assertEquals(Outcome.NOT_APPLICABLE, d.outcome());
        assertFalse(d.value());
    }

    @Test
    void aSocialOrganizationThatHasDoneNothingIsAskedForTheCharterClauseAndTheReview() {
        Decision<Set<SocialRecommendation>> d = national.recommendForSocialOrganization(
                org(63, OrganizationSubKind.LAW_FIRM, 40, 0).build(), SocialOrganizationFacts.none(), false);
        assertEquals(Set.of(SocialRecommendation.CHARTER_CLAUSE, SocialRecommendation.POLITICAL_REVIEW), d.value());
        assertEquals(List.of("soc.charter", "soc.review"), keys(d));
    }

    @Test
    void formationKindsCarryTheirChineseLabels() {
        assertEquals("未覆盖", CoverageState.NONE.label());
        assertEquals("应有党员", Obligation.MEMBERS.label());
        assertEquals("临时党支部", ProjectBranch.TEMPORARY_BRANCH.label());
        assertEquals("党建工作写入章程", SocialRecommendation.CHARTER_CLAUSE.label());
    }
}
