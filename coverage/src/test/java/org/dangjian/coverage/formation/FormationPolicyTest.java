package org.dangjian.coverage.formation;

import static org.dangjian.coverage.Fixtures.enterprise;
import static org.dangjian.coverage.Fixtures.org;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.dangjian.core.decision.Approver;
import org.dangjian.core.decision.Decision;
import org.dangjian.core.decision.Outcome;
import org.dangjian.core.i18n.Language;
import org.dangjian.core.money.Money;
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
import org.dangjian.core.organization.RegistrationLevel;
import org.dangjian.core.validation.InvalidInputException;
import org.dangjian.coverage.CoverageRules;
import org.dangjian.coverage.Fixtures;
import org.junit.jupiter.api.Test;

class FormationPolicyTest {
    private final FormationPolicy national = FormationPolicy.of(Fixtures.national());
    private final FormationPolicy seed = FormationPolicy.of(Fixtures.seed002());

    // ------------------------------------------------------------ scope 9/10, 29/30

    @Test
    void enterpriseWithNineEmployeesIsOutsideTheSurveyScope() {
        Decision<Boolean> d = national.decideScope(enterprise(1, 9, 0));
        assertEquals(Outcome.NOT_APPLICABLE, d.outcome());
        assertEquals(List.of("COV-SCOPE-001"), d.ruleIds());
    }

    @Test
    void enterpriseWithTenEmployeesIsInsideTheSurveyScope() {
        assertEquals(Outcome.DETERMINED, national.decideScope(enterprise(1, 10, 0)).outcome());
    }

    @Test
    void socialOrganizationWithTwentyNineStaffIsOutsideAndThirtyInside() {
        NewOrganization a = org(1, OrganizationSubKind.SOCIAL_GROUP, 29, 0).build();
        NewOrganization b = org(2, OrganizationSubKind.SOCIAL_GROUP, 30, 0).build();
        assertFalse(national.decideScope(a).value());
        assertTrue(national.decideScope(b).value());
    }

    @Test
    void suspendedUnitIsNotCounted() {
        NewOrganization o = org(1, OrganizationSubKind.PRIVATE_ENTERPRISE, 500, 9).status(OperatingStatus.SUSPENDED).build();
        assertEquals(List.of("COV-SCOPE-002"), national.decideScope(o).ruleIds());
        assertEquals(Outcome.NOT_APPLICABLE, national.decideRequirement(o).outcome());
    }

    // ------------------------------------------------------------ requirement 2/3, 49/50, 99/100, 29/30

    @Test
    void twoFullMembersDoNotRequireAnOwnOrganization() {
        Set<Obligation> ob = national.decideRequirement(enterprise(1, 20, 2)).value();
        assertEquals(Set.of(Obligation.WORK_COVERAGE), ob);
    }

    @Test
    void threeFullMembersRequireAnOwnOrganization() {
        Set<Obligation> ob = national.decideRequirement(enterprise(1, 20, 3)).value();
        assertEquals(Set.of(Obligation.OWN_ORGANIZATION), ob);
    }

    @Test
    void probationaryMembersDoNotCountTowardTheBranch() {
        NewOrganization o = org(1, OrganizationSubKind.PRIVATE_ENTERPRISE, 20, 2).probationaryMembers(5).build();
        assertFalse(national.decideRequirement(o).value().contains(Obligation.OWN_ORGANIZATION));
    }

    @Test
    void nationalBaselineExpectsNoMembersByStaff() {
        assertFalse(national.decideRequirement(enterprise(1, 500, 0)).value().contains(Obligation.MEMBERS));
    }

    @Test
    void seedExpectsMembersFromFiftyStaff() {
        assertFalse(seed.decideRequirement(enterprise(1, 49, 0)).value().contains(Obligation.MEMBERS));
        assertTrue(seed.decideRequirement(enterprise(1, 50, 0)).value().contains(Obligation.MEMBERS));
    }

    @Test
    void seedExpectsAnOrganizationFromHundredStaff() {
        assertFalse(seed.decideRequirement(enterprise(1, 99, 0)).value().contains(Obligation.ORGANIZATION));
        Decision<Set<Obligation>> d = seed.decideRequirement(enterprise(1, 100, 0));
        assertTrue(d.value().contains(Obligation.ORGANIZATION));
        assertTrue(d.ruleIds().contains("COV-REQ-003"));
    }

    @Test
    void seedExpectsListedSocialKindsFromThirtyStaff() {
        NewOrganization law29 = org(1, OrganizationSubKind.LAW_FIRM, 29, 0).build();
        NewOrganization law30 = org(2, OrganizationSubKind.LAW_FIRM, 30, 0).build();
        NewOrganization foundation = org(3, OrganizationSubKind.FOUNDATION, 300, 0).build();
        NewOrganization cityGroup = org(4, OrganizationSubKind.SOCIAL_GROUP, 30, 0)
                .registrationLevel(RegistrationLevel.MUNICIPAL).build();
        NewOrganization countyGroup = org(5, OrganizationSubKind.SOCIAL_GROUP, 30, 0)
                .registrationLevel(RegistrationLevel.COUNTY).build();
        assertFalse(seed.decideRequirement(law29).value().contains(Obligation.ORGANIZATION));
        assertTrue(seed.decideRequirement(law30).value().contains(Obligation.ORGANIZATION));
        assertFalse(seed.decideRequirement(foundation).value().contains(Obligation.ORGANIZATION));
        assertTrue(seed.decideRequirement(cityGroup).value().contains(Obligation.ORGANIZATION));
        assertFalse(seed.decideRequirement(countyGroup).value().contains(Obligation.ORGANIZATION));
    }

    // ------------------------------------------------------------ compliance

    @Test
    void unitWithThreeFullMembersCoveredJointlyIsNotCompliant() {
        NewOrganization a = enterprise(1, 20, 3);
        NewOrganization b = enterprise(2, 20, 1);
        Decision<CoverageState> d = national.assessCoverage(a, List.of(Fixtures.joint("J1", a, b)));
        assertEquals(Outcome.NON_COMPLIANT, d.outcome());
        assertEquals(CoverageState.JOINT_ORGANIZATION, d.value());
        assertTrue(d.ruleIds().contains("COV-COVER-003"));
    }

    @Test
    void unitWithTwoFullMembersCoveredJointlyIsCompliant() {
        NewOrganization a = enterprise(1, 20, 2);
        NewOrganization b = enterprise(2, 20, 1);
        assertEquals(Outcome.COMPLIANT, national.assessCoverage(a, List.of(Fixtures.joint("J1", a, b))).outcome());
    }

    @Test
    void unitWithOnlyAUnionHasWorkCoverage() {
        NewOrganization a = org(1, OrganizationSubKind.PRIVATE_ENTERPRISE, 20, 0)
                .addMassOrganizations(MassOrganization.TRADE_UNION).build();
        Decision<CoverageState> d = national.assessCoverage(a, List.of());
        assertEquals(CoverageState.WORK_COVERAGE, d.value());
        assertEquals(Outcome.COMPLIANT, d.outcome());
    }

    @Test
    void uncoveredUnitInScopeIsNotCompliant() {
        Decision<CoverageState> d = national.assessCoverage(enterprise(1, 20, 0), List.of());
        assertEquals(Outcome.NON_COMPLIANT, d.outcome());
        assertEquals(CoverageState.NONE, d.value());
    }

    @Test
    void smallUncoveredUnitHasNothingRequired() {
        assertEquals(Outcome.NOT_APPLICABLE, national.assessCoverage(enterprise(1, 5, 0), List.of()).outcome());
    }

    @Test
    void seedUnitWithFiftyStaffAndNoMemberIsNotCompliantEvenWithAnInstructor() {
        NewOrganization o = org(1, OrganizationSubKind.PRIVATE_ENTERPRISE, 50, 0).instructorAssigned(true).build();
        Decision<CoverageState> d = seed.assessCoverage(o, List.of());
        assertEquals(Outcome.NON_COMPLIANT, d.outcome());
        assertTrue(d.ruleIds().contains("COV-REQ-002"));
    }

    @Test
    void rejectsACoveringOrganizationThatDoesNotListTheUnit() {
        NewOrganization a = enterprise(1, 20, 3);
        PartyOrganization other = Fixtures.own("B2", enterprise(2, 20, 3));
        InvalidInputException e = assertThrows(InvalidInputException.class,
                () -> national.assessCoverage(a, List.of(other)));
        assertEquals(1, e.violations().size());
    }

    // ------------------------------------------------------------ level 2/3, 6/7, 49/50, 99/100

    @Test
    void twoFullMembersCallForNoBranchOfTheirOwn() {
        Decision<LevelRecommendation> d = national.decideLevel(2, 2);
        assertEquals(Outcome.NOT_APPLICABLE, d.outcome());
    }

    @Test
    void threeFullMembersCallForABranchWithASecretary() {
        LevelRecommendation r = national.decideLevel(3, 3).value();
        assertEquals(PartyOrganizationLevel.BRANCH, r.level());
        assertFalse(r.hasCommittee());
    }

    @Test
    void sixFullMembersHaveNoCommitteeAndSevenHaveOne() {
        assertFalse(national.decideLevel(6, 6).value().hasCommittee());
        LevelRecommendation seven = national.decideLevel(7, 7).value();
        assertTrue(seven.hasCommittee());
        assertEquals(3, seven.committeeMinSize());
        assertEquals(5, seven.committeeUsualMaxSize());
        assertEquals(7, seven.committeeCap());
    }

    @Test
    void sixFullMembersAndOneProbationaryHaveNoCommittee() {
        assertFalse(national.decideLevel(6, 7).value().hasCommittee());
    }

    @Test
    void fortyNineMembersCallForABranchAndFiftyForAGeneralBranch() {
        assertEquals(PartyOrganizationLevel.BRANCH, national.decideLevel(40, 49).value().level());
        assertEquals(PartyOrganizationLevel.GENERAL_BRANCH, national.decideLevel(40, 50).value().level());
    }

    @Test
    void ninetyNineMembersCallForAGeneralBranchAndHundredForAPrimaryCommittee() {
        assertEquals(PartyOrganizationLevel.GENERAL_BRANCH, national.decideLevel(90, 99).value().level());
        LevelRecommendation pc = national.decideLevel(90, 100).value();
        assertEquals(PartyOrganizationLevel.PRIMARY_COMMITTEE, pc.level());
        assertEquals(java.time.Period.ofYears(5), pc.term());
    }

    @Test
    void generalBranchBelowFiftyRequiresTheHigherOrganizationsApproval() {
        Decision<LevelRecommendation> d = national.decideLevel(40, 49, PartyOrganizationLevel.GENERAL_BRANCH);
        assertEquals(Outcome.REQUIRES_APPROVAL, d.outcome());
        assertEquals(Approver.HIGHER_PARTY_ORGANIZATION, d.approver().orElseThrow());
        assertEquals(Outcome.COMPLIANT, national.decideLevel(40, 50, PartyOrganizationLevel.GENERAL_BRANCH).outcome());
    }

    @Test
    void primaryCommitteeBelowHundredRequiresApproval() {
        assertEquals(Outcome.REQUIRES_APPROVAL,
                national.decideLevel(90, 99, PartyOrganizationLevel.PRIMARY_COMMITTEE).outcome());
        assertEquals(Outcome.COMPLIANT, national.decideLevel(90, 100, PartyOrganizationLevel.PRIMARY_COMMITTEE).outcome());
    }

    @Test
    void branchOfFiftyMembersHasNoWarningAndOfFiftyOneHasOne() {
        assertFalse(national.decideLevel(45, 50, PartyOrganizationLevel.BRANCH).ruleIds().contains("COV-LEVEL-005"));
        Decision<LevelRecommendation> d = national.decideLevel(45, 51, PartyOrganizationLevel.BRANCH);
        assertEquals(Outcome.COMPLIANT, d.outcome());
        assertTrue(d.ruleIds().contains("COV-LEVEL-005"));
    }

    @Test
    void rejectsMoreFullMembersThanMembers() {
        assertThrows(InvalidInputException.class, () -> national.decideLevel(5, 4));
    }

    // ------------------------------------------------------------ term

    private static PartyOrganization branchFrom(LocalDate start) {
        return PartyOrganization.builder().id("B1").name("党支部").level(PartyOrganizationLevel.BRANCH)
                .formationMethod(FormationMethod.STANDALONE).jurisdiction(Fixtures.TOWNSHIP)
                .addCoveredOrganizations(Fixtures.code(1)).fullMembers(5).termStart(start).build();
    }

    @Test
    void branchTermExpiresOnTheThirdAnniversary() {
        PartyOrganization po = branchFrom(LocalDate.of(2023, 6, 1));
        Decision<TermStatus> before = national.decideTerm(po, LocalDate.of(2026, 5, 31));
        assertEquals(Outcome.COMPLIANT, before.outcome());
        assertFalse(before.value().isExpired());
        assertTrue(before.ruleIds().contains("COV-TERM-002"), "inside the advance window");
        Decision<TermStatus> on = national.decideTerm(po, LocalDate.of(2026, 6, 1));
        assertTrue(on.value().isExpired());
        assertEquals(Outcome.REQUIRES_APPROVAL, on.outcome());
        assertEquals(LocalDate.of(2025, 6, 1), on.value().earliestRenewal());
        assertEquals(LocalDate.of(2027, 6, 1), on.value().latestRenewal());
    }

    @Test
    void termOverduePastTheOneYearWindowIsNotCompliant() {
        PartyOrganization po = branchFrom(LocalDate.of(2023, 6, 1));
        assertEquals(Outcome.REQUIRES_APPROVAL, national.decideTerm(po, LocalDate.of(2027, 6, 1)).outcome());
        assertEquals(Outcome.NON_COMPLIANT, national.decideTerm(po, LocalDate.of(2027, 6, 2)).outcome());
    }

    @Test
    void termBeforeTheWindowHasNoAdvanceReason() {
        Decision<TermStatus> d = national.decideTerm(branchFrom(LocalDate.of(2024, 6, 1)), LocalDate.of(2025, 1, 1));
        assertEquals(List.of("COV-TERM-001"), d.ruleIds());
    }

    @Test
    void termWithoutStartIsInsufficientData() {
        PartyOrganization po = PartyOrganization.builder().id("B1").name("党支部").level(PartyOrganizationLevel.BRANCH)
                .formationMethod(FormationMethod.STANDALONE).jurisdiction(Fixtures.TOWNSHIP)
                .addCoveredOrganizations(Fixtures.code(1)).fullMembers(5).build();
        assertEquals(Outcome.INSUFFICIENT_DATA, national.decideTerm(po, Fixtures.AS_OF).outcome());
    }

    // ------------------------------------------------------------ joint limit 4/5/6

    private PartyOrganization jointOf(int units) {
        NewOrganization[] us = new NewOrganization[units];
        for (int i = 0; i < units; i++) {
            us[i] = enterprise(i + 1, 12, 1);
        }
        return Fixtures.joint("J", us);
    }

    @Test
    void jointBranchOfFourOrFiveUnitsIsWithinTheLimitAndSixIsOver() {
        assertEquals(Outcome.COMPLIANT, national.assessJointLimit(jointOf(4)).outcome());
        assertEquals(Outcome.COMPLIANT, national.assessJointLimit(jointOf(5)).outcome());
        assertEquals(Outcome.NON_COMPLIANT, national.assessJointLimit(jointOf(6)).outcome());
    }

    // ------------------------------------------------------------ methods

    @Test
    void threeFullMembersFormStandalone() {
        List<MethodOption> options = national.rankMethods(enterprise(1, 20, 3), FormationContext.empty()).value();
        assertEquals(List.of(FormationMethod.STANDALONE), methods(options));
    }

    @Test
    void twoFullMembersGetAHintThatOneMoreAllowsStandalone() {
        Decision<List<MethodOption>> d = national.rankMethods(enterprise(1, 20, 2), FormationContext.empty());
        assertEquals(List.of(FormationMethod.FALLBACK), methods(d.value()));
        assertTrue(d.ruleIds().contains("COV-METH-009"));
        String hint = d.reasons().get(d.reasons().size() - 1).render(Language.EN);
        assertEquals("1 more full members (now 2) would allow standalone formation", hint);
    }

    @Test
    void parkWithAnOrganizationRanksFirstThenJointThenFallback() {
        Host park = Host.of("P1", "科技园", HostKind.INDUSTRIAL_PARK, Fixtures.TOWNSHIP);
        NewOrganization o = org(1, OrganizationSubKind.PRIVATE_ENTERPRISE, 20, 1).addHosts(park).build();
        FormationContext ctx = FormationContext.builder().addHostsWithOrganization("P1")
                .addNeighbours(Neighbour.of(Fixtures.code(2), 1), Neighbour.of(Fixtures.code(3), 1))
                .instructorAvailable(true).build();
        List<MethodOption> options = national.rankMethods(o, ctx).value();
        assertEquals(List.of(FormationMethod.PARK, FormationMethod.JOINT, FormationMethod.DISPATCHED,
                FormationMethod.FALLBACK), methods(options));
        assertEquals(1, options.get(0).rank());
    }

    @Test
    void jointNeedsNeighboursWithinTheUnitLimit() {
        NewOrganization o = enterprise(1, 20, 0);
        FormationContext.Builder b = FormationContext.builder();
        for (int i = 2; i <= 7; i++) {
            b.addNeighbours(Neighbour.of(Fixtures.code(i), 0));
        }
        Decision<List<MethodOption>> d = national.rankMethods(o, b.build());
        assertFalse(methods(d.value()).contains(FormationMethod.JOINT));
        assertTrue(d.reasons().stream().anyMatch(r -> r.messageKey().equals("meth.joint.short")));
    }

    @Test
    void jointOfFiveUnitsWithOneMemberEachIsPossible() {
        NewOrganization o = enterprise(1, 20, 1);
        FormationContext.Builder b = FormationContext.builder();
        for (int i = 2; i <= 7; i++) {
            b.addNeighbours(Neighbour.of(Fixtures.code(i), i <= 3 ? 1 : 0));
        }
        assertTrue(methods(national.rankMethods(o, b.build()).value()).contains(FormationMethod.JOINT));
    }

    @Test
    void leadEnterpriseAndIndustryBodyAndPlatformAreOffered() {
        NewOrganization o = org(1, OrganizationSubKind.PLATFORM_ENTERPRISE, 20, 0).industryChain("新能源汽车").build();
        FormationContext ctx = FormationContext.builder().leadEnterpriseHasOrganization(true)
                .industryBodyHasOrganization(true).affiliationAvailable(true).build();
        assertEquals(List.of(FormationMethod.LEAD_ENTERPRISE, FormationMethod.PLATFORM, FormationMethod.INDUSTRY_WIDE,
                FormationMethod.AFFILIATED, FormationMethod.FALLBACK), methods(national.rankMethods(o, ctx).value()));
    }

    private static List<FormationMethod> methods(List<MethodOption> options) {
        return options.stream().map(MethodOption::method).collect(Collectors.toList());
    }

    // ------------------------------------------------------------ social organizations, scale, parks, projects

    @Test
    void decoupledTradeAssociationIsToldToRehomeItsAffiliation() {
        NewOrganization o = org(1, OrganizationSubKind.TRADE_ASSOCIATION, 40, 3).decoupled(true).principalMember(true)
                .build();
        Set<SocialRecommendation> r = national.recommendForSocialOrganization(o,
                SocialOrganizationFacts.builder().charterClause(true).build(), true).value();
        assertEquals(Set.of(SocialRecommendation.POLITICAL_REVIEW, SocialRecommendation.SECRETARY_ALSO_HEAD,
                SocialRecommendation.REHOME_AFFILIATION), r);
    }

    @Test
    void enterprisesGetNoSocialRecommendations() {
        assertEquals(Outcome.NOT_APPLICABLE, national.recommendForSocialOrganization(enterprise(1, 20, 3),
                SocialOrganizationFacts.none(), true).outcome());
    }

    @Test
    void aboveScaleNeedsTheLocalDefinition() {
        assertEquals(Outcome.INSUFFICIENT_DATA, national.decideAboveScale(enterprise(1, 100, 0)).outcome());
        FormationPolicy local = FormationPolicy.of(Fixtures.NATIONAL.adopt(Fixtures.COUNTY,
                CoverageRules.ABOVE_SCALE_PROFILE, LocalDate.of(2020, 1, 1)).resolve(Fixtures.COUNTY, Fixtures.AS_OF));
        assertTrue(local.decideAboveScale(enterprise(1, 100, 0)).value());
        assertFalse(local.decideAboveScale(org(1, OrganizationSubKind.PRIVATE_ENTERPRISE, 99, 0)
                .annualRevenue(Money.parse("19999999.99")).build()).value());
        assertTrue(local.decideAboveScale(org(1, OrganizationSubKind.PRIVATE_ENTERPRISE, 99, 0)
                .annualRevenue(Money.parse("20000000.00")).build()).value());
        assertEquals(Outcome.INSUFFICIENT_DATA, local.decideAboveScale(enterprise(1, 99, 0)).outcome());
    }

    @Test
    void nationalParkNeedsThreeFullTimeStaffUnderSeed004() {
        FormationPolicy s4 = FormationPolicy.of(Fixtures.NATIONAL.adopt(Fixtures.CITY,
                org.dangjian.core.parameter.LocalProfile.SEED_004, LocalDate.of(2022, 1, 1)).resolve(Fixtures.COUNTY,
                Fixtures.AS_OF));
        Host park = Host.of("P1", "高新区", HostKind.INDUSTRIAL_PARK, Fixtures.TOWNSHIP).withLevel(HostLevel.NATIONAL);
        assertEquals(Outcome.NON_COMPLIANT, s4.assessParkStaffing(park, 2).outcome());
        assertEquals(Outcome.COMPLIANT, s4.assessParkStaffing(park, 3).outcome());
        Host provincial = park.withLevel(HostLevel.PROVINCIAL);
        assertEquals(Outcome.NON_COMPLIANT, s4.assessParkStaffing(provincial, 1).outcome());
        assertEquals(Outcome.COMPLIANT, s4.assessParkStaffing(provincial, 2).outcome());
        assertEquals(Outcome.INSUFFICIENT_DATA, national.assessParkStaffing(park, 3).outcome());
    }

    @Test
    void projectOfSixMonthsWithThreeFullMembersSetsUpABranch() {
        LocalDate start = LocalDate.of(2026, 1, 31);
        assertEquals(ProjectBranch.BRANCH, national.decideProjectBranch(start, LocalDate.of(2026, 7, 31), 3).value());
        assertEquals(ProjectBranch.TEMPORARY_BRANCH,
                national.decideProjectBranch(start, LocalDate.of(2026, 7, 30), 3).value());
        assertEquals(ProjectBranch.TEMPORARY_BRANCH,
                national.decideProjectBranch(start, LocalDate.of(2026, 12, 31), 2).value());
    }

    @Test
    void applicationIsAnsweredWithinOneMonth() {
        assertEquals(LocalDate.of(2026, 2, 28), national.decideAnswerDeadline(LocalDate.of(2026, 1, 31)).value());
    }

    @Test
    void committeeMeetingNeedsMoreThanHalfItsMembers() {
        assertEquals(Outcome.NON_COMPLIANT, national.decideCommitteeQuorum(4, 2).outcome());
        assertEquals(Outcome.COMPLIANT, national.decideCommitteeQuorum(4, 3).outcome());
        assertEquals(Outcome.NON_COMPLIANT, national.decideCommitteeQuorum(5, 2).outcome());
        assertEquals(Outcome.COMPLIANT, national.decideCommitteeQuorum(5, 3).outcome());
        assertThrows(InvalidInputException.class, () -> national.decideCommitteeQuorum(3, 4));
    }
}
