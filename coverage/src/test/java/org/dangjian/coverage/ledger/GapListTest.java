package org.dangjian.coverage.ledger;

import static org.dangjian.coverage.Fixtures.enterprise;
import static org.dangjian.coverage.Fixtures.org;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.dangjian.core.code.Industry;
import org.dangjian.core.code.Jurisdiction;
import org.dangjian.core.decision.Outcome;
import org.dangjian.core.decision.Reason;
import org.dangjian.core.organization.FormationMethod;
import org.dangjian.core.organization.Host;
import org.dangjian.core.organization.HostKind;
import org.dangjian.core.organization.NewOrganization;
import org.dangjian.core.organization.OrganizationSubKind;
import org.dangjian.core.organization.PartyOrganization;
import org.dangjian.core.organization.PartyOrganizationLevel;
import org.dangjian.coverage.Fixtures;
import org.dangjian.coverage.formation.MethodOption;
import org.junit.jupiter.api.Test;

/** The gap list: which organizations around a gap it offers, and each early-warning kind at its edge. */
class GapListTest {
    private static final Host PARK = Host.of("P1", "科技园", HostKind.INDUSTRIAL_PARK, Fixtures.TOWNSHIP);

    private static GapList gaps(List<NewOrganization> orgs, List<PartyOrganization> pos, List<Host> hosts) {
        return GapList.of(Ledger.of(Fixtures.COUNTY, orgs, pos, hosts), Fixtures.national(), Optional.empty());
    }

    private static Gap gapOf(GapList list, NewOrganization o) {
        return list.gaps().stream().filter(g -> g.creditCode().equals(o.getCreditCode())).findFirst().orElseThrow();
    }

    private static List<FormationMethod> methods(Gap g) {
        return g.methods().stream().map(MethodOption::method).toList();
    }

    private static List<WarningKind> kinds(GapList l) {
        return l.warnings().stream().map(EarlyWarning::kind).toList();
    }

    @Test
    void aHostCountsAsOrganizedOnlyThroughAParkBuildingMarketOrRegionalOrganization() {
        NewOrganization in1 = org(1, OrganizationSubKind.PRIVATE_ENTERPRISE, 20, 2).addHosts(PARK).build();
        NewOrganization in2 = org(2, OrganizationSubKind.PRIVATE_ENTERPRISE, 20, 1).addHosts(PARK).build();
        NewOrganization loner = org(3, OrganizationSubKind.PRIVATE_ENTERPRISE, 20, 0).addHosts(PARK).build();
        for (FormationMethod m : FormationMethod.values()) {
            if (m == FormationMethod.STANDALONE) {
                continue;
            }
            PartyOrganization po = PartyOrganization.builder().from(Fixtures.joint("P-J", in1, in2)).formationMethod(m)
                    .build();
            Gap g = gapOf(gaps(List.of(in1, in2, loner), List.of(po), List.of(PARK)), loner);
            boolean hostOrganization = m == FormationMethod.PARK || m == FormationMethod.BUILDING
                    || m == FormationMethod.MARKET || m == FormationMethod.REGIONAL_JOINT;
            MethodOption park = g.methods().stream().filter(o -> o.method() == FormationMethod.PARK).findFirst()
                    .orElseThrow();
            assertEquals(hostOrganization ? "meth.host.join" : "meth.host.form", park.reasons().get(0).messageKey(),
                    m.name());
        }
    }

    @Test
    void aChainWhoseLeadEnterpriseHasAnOrganizationIsOffered() {
        NewOrganization lead = org(10, OrganizationSubKind.PRIVATE_ENTERPRISE, 200, 2).industryChain("新能源汽车").build();
        NewOrganization other = org(11, OrganizationSubKind.PRIVATE_ENTERPRISE, 50, 1).build();
        NewOrganization supplier = org(12, OrganizationSubKind.PRIVATE_ENTERPRISE, 20, 0).industryChain("新能源汽车")
                .build();
        NewOrganization elsewhere = org(13, OrganizationSubKind.PRIVATE_ENTERPRISE, 20, 0).industryChain("光伏").build();
        PartyOrganization po = PartyOrganization.builder().from(Fixtures.joint("L-1", lead, other))
                .formationMethod(FormationMethod.LEAD_ENTERPRISE).build();
        GapList l = gaps(List.of(lead, other, supplier, elsewhere), List.of(po), List.of());
        assertEquals(FormationMethod.LEAD_ENTERPRISE, gapOf(l, supplier).recommended().orElseThrow());
        assertFalse(methods(gapOf(l, elsewhere)).contains(FormationMethod.LEAD_ENTERPRISE));
    }

    @Test
    void anIndustryBodyCountsAcrossTheTownshipsOfItsCounty() {
        NewOrganization m1 = org(20, OrganizationSubKind.PRIVATE_ENTERPRISE, 20, 2).jurisdiction(Fixtures.TOWNSHIP_2)
                .build();
        NewOrganization m2 = org(21, OrganizationSubKind.PRIVATE_ENTERPRISE, 20, 1).jurisdiction(Fixtures.TOWNSHIP_2)
                .build();
        NewOrganization sameIndustry = enterprise(22, 20, 0);
        NewOrganization otherIndustry = org(23, OrganizationSubKind.PRIVATE_ENTERPRISE, 20, 0).industry(Industry.F)
                .build();
        PartyOrganization po = PartyOrganization.builder().from(Fixtures.joint("I-1", m1, m2))
                .formationMethod(FormationMethod.INDUSTRY_WIDE).build();
        GapList l = gaps(List.of(m1, m2, sameIndustry, otherIndustry), List.of(po), List.of());
        assertEquals(FormationMethod.INDUSTRY_WIDE, gapOf(l, sameIndustry).recommended().orElseThrow());
        assertFalse(methods(gapOf(l, otherIndustry)).contains(FormationMethod.INDUSTRY_WIDE));
    }

    @Test
    void anIndustryBodyOfAnotherCountyIsNotOffered() {
        Jurisdiction otherCounty = Jurisdiction.of("430103001");
        NewOrganization m1 = org(24, OrganizationSubKind.PRIVATE_ENTERPRISE, 20, 2).jurisdiction(otherCounty).build();
        NewOrganization m2 = org(25, OrganizationSubKind.PRIVATE_ENTERPRISE, 20, 1).jurisdiction(otherCounty).build();
        NewOrganization sameIndustry = enterprise(26, 20, 0);
        PartyOrganization po = PartyOrganization.builder().from(Fixtures.joint("I-2", m1, m2))
                .formationMethod(FormationMethod.INDUSTRY_WIDE).build();
        GapList l = GapList.of(Ledger.of(Fixtures.CITY, List.of(m1, m2, sameIndustry), List.of(po), List.of()),
                Fixtures.NATIONAL.resolve(Fixtures.CITY, Fixtures.AS_OF), Optional.empty());
        assertEquals(List.of(FormationMethod.FALLBACK), methods(gapOf(l, sameIndustry)));
    }

    @Test
    void neighboursAreUncoveredOperatingUnitsOfTheSameTownshipIncludingItsCommunities() {
        NewOrganization loner = enterprise(30, 20, 0);
        NewOrganization inCommunity = org(31, OrganizationSubKind.PRIVATE_ENTERPRISE, 20, 2)
                .jurisdiction(Jurisdiction.of("430102001001")).build();
        NewOrganization pair = enterprise(32, 20, 1);
        NewOrganization otherTownship = org(33, OrganizationSubKind.PRIVATE_ENTERPRISE, 20, 2)
                .jurisdiction(Fixtures.TOWNSHIP_2).build();
        GapList l = gaps(List.of(loner, inCommunity, pair, otherTownship), List.of(), List.of());
        Gap g = gapOf(l, loner);
        assertEquals(FormationMethod.JOINT, g.recommended().orElseThrow());
        Reason joint = g.methods().get(0).reasons().get(0);
        assertEquals("3", joint.arguments().get("units"), "the unit, the community's unit with 2 and the one with 1");
        assertEquals("3", joint.arguments().get("fullMembers"));
    }

    @Test
    void coveredClosedOrStandaloneReadyUnitsAreNoNeighbours() {
        NewOrganization loner = enterprise(40, 20, 0);
        NewOrganization ready = enterprise(41, 20, 3);
        NewOrganization closed = org(42, OrganizationSubKind.PRIVATE_ENTERPRISE, 20, 2)
                .status(org.dangjian.core.organization.OperatingStatus.SUSPENDED).build();
        NewOrganization c1 = enterprise(43, 20, 2);
        NewOrganization c2 = enterprise(44, 20, 1);
        GapList l = gaps(List.of(loner, ready, closed, c1, c2), List.of(Fixtures.joint("J-1", c1, c2)), List.of());
        assertEquals(List.of(FormationMethod.FALLBACK), methods(gapOf(l, loner)));
        assertEquals(List.of(FormationMethod.STANDALONE), methods(gapOf(l, ready)));
    }

    @Test
    void theNeighboursWithTheMostFullMembersAreOfferedWhenThereAreMoreThanTwiceTheUnitLimit() {
        List<NewOrganization> orgs = new ArrayList<>();
        NewOrganization loner = enterprise(50, 20, 0);
        orgs.add(loner);
        for (int i = 0; i < 10; i++) {
            orgs.add(enterprise(51 + i, 20, 0));
        }
        orgs.add(enterprise(61, 20, 2));
        orgs.add(enterprise(62, 20, 1));
        Gap g = gapOf(gaps(orgs, List.of(), List.of()), loner);
        assertEquals(FormationMethod.JOINT, g.recommended().orElseThrow());
        assertEquals("3", g.methods().get(0).reasons().get(0).arguments().get("units"));
    }

    @Test
    void noMemberAtStaffIsWarnedFromExactlyTheSeedFigure() {
        NewOrganization fifty = enterprise(70, 50, 0);
        NewOrganization fortyNine = enterprise(71, 49, 0);
        GapList l = GapList.of(Ledger.of(Fixtures.COUNTY, List.of(fifty, fortyNine), List.of(), List.of()),
                Fixtures.seed002(), Optional.empty());
        assertEquals(List.of(fifty.getCreditCode().code()),
                l.warnings(WarningKind.NO_MEMBER_AT_STAFF).stream().map(EarlyWarning::subject).toList());
        assertEquals(Outcome.NON_COMPLIANT, l.decision(WarningKind.NO_MEMBER_AT_STAFF).outcome());
        assertEquals(1, l.decision(WarningKind.NO_MEMBER_AT_STAFF).value());
        assertEquals("warn.noMember", l.decision(WarningKind.NO_MEMBER_AT_STAFF).reasons().get(0).messageKey());
    }

    @Test
    void belowMinimumIsWarnedOnlyForAUnitsOwnOrganization() {
        NewOrganization shrunk = enterprise(80, 30, 2);
        NewOrganization j1 = enterprise(81, 30, 2);
        NewOrganization j2 = enterprise(82, 30, 1);
        GapList l = gaps(List.of(shrunk, j1, j2), List.of(Fixtures.own("B-S", shrunk), Fixtures.joint("J-1", j1, j2)),
                List.of());
        assertEquals(List.of(shrunk.getCreditCode().code()),
                l.warnings(WarningKind.BELOW_MINIMUM_MEMBERS).stream().map(EarlyWarning::subject).toList());
        assertEquals(List.of(WarningKind.BELOW_MINIMUM_MEMBERS), kinds(l));
    }

    @Test
    void termWarningsCoverThePostponedAndTheOverdueButNotTheCurrent() {
        NewOrganization a = enterprise(90, 30, 3);
        NewOrganization b = enterprise(91, 30, 3);
        NewOrganization c = enterprise(92, 30, 3);
        PartyOrganization postponed = PartyOrganization.builder().from(Fixtures.own("B-P", a))
                .termStart(LocalDate.of(2022, 6, 1)).build();
        PartyOrganization overdue = PartyOrganization.builder().from(Fixtures.own("B-O", b))
                .termStart(LocalDate.of(2020, 1, 1)).build();
        PartyOrganization current = PartyOrganization.builder().from(Fixtures.own("B-C", c))
                .termStart(LocalDate.of(2024, 1, 1)).build();
        GapList l = gaps(List.of(a, b, c), List.of(postponed, overdue, current), List.of());
        assertEquals(List.of("B-O", "B-P"),
                l.warnings(WarningKind.TERM_EXPIRED).stream().map(EarlyWarning::subject).toList());
    }

    @Test
    void aPrimaryCommitteeIsWarnedOnlyAfterItsFiveYearTerm() {
        NewOrganization big = enterprise(95, 400, 120);
        PartyOrganization committee = PartyOrganization.builder().from(Fixtures.own("C-1", big))
                .level(PartyOrganizationLevel.PRIMARY_COMMITTEE).termStart(LocalDate.of(2022, 6, 1)).build();
        assertEquals(List.of(), gaps(List.of(big), List.of(committee), List.of()).warnings(WarningKind.TERM_EXPIRED));
    }

    @Test
    void warningsAreListedByKindThenPlaceThenSubject() {
        NewOrganization fresh1 = org(99, OrganizationSubKind.PRIVATE_ENTERPRISE, 20, 0).jurisdiction(Fixtures.TOWNSHIP_2)
                .registeredOn(LocalDate.of(2025, 6, 1)).build();
        NewOrganization fresh2 = org(100, OrganizationSubKind.PRIVATE_ENTERPRISE, 20, 0)
                .registeredOn(LocalDate.of(2025, 6, 1)).build();
        NewOrganization old = org(102, OrganizationSubKind.PRIVATE_ENTERPRISE, 20, 0)
                .registeredOn(LocalDate.of(2024, 12, 31)).build();
        NewOrganization shrunk = enterprise(103, 30, 2);
        GapList l = GapList.of(Ledger.of(Fixtures.COUNTY, List.of(fresh1, fresh2, old, shrunk),
                List.of(Fixtures.own("B-S", shrunk)), List.of()), Fixtures.national(), Optional.of(LocalDate.of(2025, 1, 1)));
        assertEquals(List.of(WarningKind.BELOW_MINIMUM_MEMBERS, WarningKind.NEWLY_REGISTERED,
                WarningKind.NEWLY_REGISTERED), kinds(l));
        assertEquals(List.of(shrunk.getCreditCode().code(), fresh2.getCreditCode().code(), fresh1.getCreditCode().code()),
                l.warnings().stream().map(EarlyWarning::subject).toList());
        assertTrue(l.decision(WarningKind.JOINT_OVER_LIMIT).isCompliant());
        assertEquals(0, l.decision(WarningKind.JOINT_OVER_LIMIT).value());
    }
}
