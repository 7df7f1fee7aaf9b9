package org.dangjian.coverage.formation;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Map;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.dangjian.core.decision.Outcome;
import org.dangjian.core.organization.NewOrganization;
import org.dangjian.core.organization.OrganizationSubKind;
import org.dangjian.core.organization.PartyOrganizationLevel;
import org.dangjian.coverage.Fixtures;
import org.dangjian.coverage.election.Ballot;
import org.dangjian.coverage.election.ElectionPolicy;

class ThresholdProperties {
    private static final FormationPolicy NATIONAL = FormationPolicy.of(Fixtures.national());
    private static final FormationPolicy SEED = FormationPolicy.of(Fixtures.seed002());
    private static final ElectionPolicy ELECTION = ElectionPolicy.of(Fixtures.national());

    @Property
    void anOwnOrganizationIsRequiredExactlyFromThreeFullMembers(@ForAll @IntRange(max = 200) int full) {
        NewOrganization o = Fixtures.enterprise(1, 300, full);
        assertEquals(full >= 3, NATIONAL.decideRequirement(o).value().contains(Obligation.OWN_ORGANIZATION));
    }

    @Property
    void scopeStartsAtTenEmployeesAndThirtyStaff(@ForAll @IntRange(max = 100) int head) {
        assertEquals(head >= 10, NATIONAL.isInScope(Fixtures.enterprise(1, head, 0)));
        NewOrganization social = Fixtures.org(2, OrganizationSubKind.FOUNDATION, head, 0).build();
        assertEquals(head >= 30, NATIONAL.isInScope(social));
        assertEquals(head >= 10 ? Outcome.DETERMINED : Outcome.NOT_APPLICABLE,
                NATIONAL.decideScope(Fixtures.enterprise(1, head, 0)).outcome());
    }

    @Property
    void seedExpectationsStartAtFiftyAndHundredStaff(@ForAll @IntRange(max = 300) int head) {
        var ob = SEED.decideRequirement(Fixtures.enterprise(1, head, 0)).value();
        assertEquals(head >= 50, ob.contains(Obligation.MEMBERS));
        assertEquals(head >= 100, ob.contains(Obligation.ORGANIZATION));
    }

    @Property
    void levelFollowsTheMemberThresholds(@ForAll @IntRange(min = 3, max = 300) int full,
            @ForAll @IntRange(max = 50) int probationary) {
        int members = full + probationary;
        var rec = NATIONAL.decideLevel(full, members).value();
        PartyOrganizationLevel expected = members >= 100 ? PartyOrganizationLevel.PRIMARY_COMMITTEE
                : members >= 50 ? PartyOrganizationLevel.GENERAL_BRANCH : PartyOrganizationLevel.BRANCH;
        assertEquals(expected, rec.level());
        if (expected == PartyOrganizationLevel.BRANCH) {
            assertEquals(full >= 7, rec.hasCommittee());
        }
    }

    @Property
    void aHigherLevelThanCalledForAlwaysNeedsApproval(@ForAll @IntRange(min = 3, max = 120) int full,
            @ForAll PartyOrganizationLevel wanted) {
        var called = NATIONAL.decideLevel(full, full).value().level();
        Outcome o = NATIONAL.decideLevel(full, full, wanted).outcome();
        assertEquals(wanted.ordinal() > called.ordinal(), o == Outcome.REQUIRES_APPROVAL);
    }

    @Property
    void jointLimitIsFiveUnits(@ForAll @IntRange(min = 2, max = 12) int units) {
        NewOrganization[] us = new NewOrganization[units];
        for (int i = 0; i < units; i++) {
            us[i] = Fixtures.enterprise(i + 1, 12, 0);
        }
        assertEquals(units <= 5 ? Outcome.COMPLIANT : Outcome.NON_COMPLIANT,
                NATIONAL.assessJointLimit(Fixtures.joint("J", us)).outcome());
    }

    @Property
    void quorumIsStrictlyMoreThanFourFifths(@ForAll @IntRange(min = 1, max = 600) int expected,
            @ForAll @IntRange(max = 600) int present) {
        int p = Math.min(present, expected);
        assertEquals(p * 5 > expected * 4, ELECTION.decideQuorum(expected, p).isCompliant());
    }

    @Property
    void electedExactlyWhenYesVotesExceedHalfOfThosePresent(@ForAll @IntRange(min = 1, max = 300) int present,
            @ForAll @IntRange(max = 300) int yes) {
        int y = Math.min(yes, present);
        var d = ELECTION.decideResult(Ballot.of(present, present, 1, Map.of("C1", y)));
        assertEquals(y * 2 > present, d.value().elected().contains("C1"));
    }

    @Property
    void candidatesAtLeastSeatsTimesOnePointTwoRoundedUp(@ForAll @IntRange(min = 1, max = 99) int seats) {
        long needed = ELECTION.decideCandidates(seats, 0).value();
        assertEquals((long) Math.ceil(seats * 12 / 10.0 - 1e-9), needed);
        assertEquals(true, needed * 10 >= seats * 12L && (needed - 1) * 10 < seats * 12L);
    }

    @Property(tries = 200)
    void addingAFullMemberNeverWorsensAnOrganizationsCoverageState(@ForAll @IntRange(max = 20) int full,
            @ForAll boolean union) {
        NewOrganization o = Fixtures.org(1, OrganizationSubKind.PRIVATE_ENTERPRISE, 40, full)
                .instructorAssigned(union).build();
        NewOrganization more = NewOrganization.builder().from(o).fullMembers(full + 1).build();
        assertEquals(FormationPolicy.coverageState(o, java.util.List.of()),
                FormationPolicy.coverageState(more, java.util.List.of()));
    }

    @Property(tries = 300)
    void fastChecksAgreeWithTheExplainedDecisions(@ForAll @IntRange(max = 150) int head,
            @ForAll @IntRange(max = 10) int full, @ForAll OrganizationSubKind kind, @ForAll CoverageState state,
            @ForAll boolean seed, @ForAll boolean operating) {
        FormationPolicy policy = seed ? SEED : NATIONAL;
        NewOrganization o = Fixtures.org(1, kind, head, Math.min(full, head))
                .status(operating ? org.dangjian.core.organization.OperatingStatus.OPERATING
                        : org.dangjian.core.organization.OperatingStatus.SUSPENDED)
                .registrationLevel(org.dangjian.core.organization.RegistrationLevel.MUNICIPAL).build();
        assertEquals(policy.assessCoverage(o, state).outcome() == Outcome.NON_COMPLIANT, policy.failsRequirement(o, state));
        assertEquals(policy.decideRequirement(o).findValue().orElse(java.util.Set.of()), policy.obligationsOf(o));
    }
}
