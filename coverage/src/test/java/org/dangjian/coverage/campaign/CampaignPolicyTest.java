package org.dangjian.coverage.campaign;

import static org.dangjian.coverage.Fixtures.enterprise;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.dangjian.core.decision.Decision;
import org.dangjian.core.decision.Outcome;
import org.dangjian.core.money.Rate;
import org.dangjian.core.organization.NewOrganization;
import org.dangjian.core.organization.PartyOrganization;
import org.dangjian.core.parameter.PolicyParameters;
import org.dangjian.coverage.CoverageRules;
import org.dangjian.coverage.Fixtures;
import org.dangjian.coverage.ledger.Ledger;
import org.junit.jupiter.api.Test;

/** Each milestone of the campaign, done or not, and the campaign's values. */
class CampaignPolicyTest {
    private static final LocalDate DEADLINE = LocalDate.of(2026, 12, 31);
    private final NewOrganization a = enterprise(1, 40, 3);
    private final NewOrganization b = enterprise(2, 20, 2);
    private final NewOrganization c = enterprise(3, 15, 1);
    private final PartyOrganization ownA = Fixtures.own("B-A", a);
    private final PartyOrganization jointBc = Fixtures.joint("J-BC", b, c);
    private final Ledger ledger = Ledger.of(Fixtures.COUNTY, List.of(a, b, c), List.of(ownA, jointBc), List.of());

    private static MilestoneStatus status(PolicyParameters p, MilestoneKind kind, Ledger ledger, CampaignFacts facts) {
        Decision<List<MilestoneResult>> d = CampaignPolicy.of(p).evaluate(List.of(Milestone.of(kind, DEADLINE)), ledger,
                facts, Fixtures.AS_OF);
        return d.findValue().map(l -> l.get(0).status()).orElse(MilestoneStatus.UNKNOWN);
    }

    private static CampaignFacts trained(String... ids) {
        return CampaignFacts.of(Optional.empty(), Set.of(ids));
    }

    @Test
    void ledgerBuiltAfterTheAsOfDateIsNotYetBuilt() {
        CampaignFacts later = CampaignFacts.of(Optional.of(Fixtures.AS_OF.plusDays(1)), Set.of());
        CampaignFacts sameDay = CampaignFacts.of(Optional.of(Fixtures.AS_OF), Set.of());
        assertEquals(MilestoneStatus.PENDING, status(Fixtures.NATIONAL, MilestoneKind.LEDGER_BUILT, ledger, later));
        assertEquals(MilestoneStatus.DONE, status(Fixtures.NATIONAL, MilestoneKind.LEDGER_BUILT, ledger, sameDay));
        assertEquals(MilestoneStatus.PENDING, status(Fixtures.NATIONAL, MilestoneKind.LEDGER_BUILT, ledger, trained()));
    }

    @Test
    void secretariesAreTrainedOnlyWhenEveryOrganizationsSecretaryIs() {
        assertEquals(MilestoneStatus.DONE,
                status(Fixtures.NATIONAL, MilestoneKind.SECRETARIES_TRAINED, ledger, trained("B-A", "J-BC")));
        assertEquals(MilestoneStatus.PENDING,
                status(Fixtures.NATIONAL, MilestoneKind.SECRETARIES_TRAINED, ledger, trained("B-A")));
        assertEquals(MilestoneStatus.PENDING,
                status(Fixtures.NATIONAL, MilestoneKind.SECRETARIES_TRAINED, ledger, trained("J-BC")));
    }

    @Test
    void targetsAreMetWhenEverySetTargetIsMet() {
        PolicyParameters p = Fixtures.NATIONAL.override(Fixtures.COUNTY, LocalDate.of(2025, 1, 1),
                CoverageRules.TARGET_ORGANIZATIONAL, Rate.percent(100));
        assertEquals(MilestoneStatus.DONE, status(p, MilestoneKind.TARGETS_MET, ledger, trained()));
    }

    @Test
    void targetsAreNotMetWhenOneSetTargetFallsShort() {
        NewOrganization bare = enterprise(4, 30, 0);
        Ledger withBare = Ledger.of(Fixtures.COUNTY, List.of(a, b, c, bare), List.of(ownA, jointBc), List.of());
        PolicyParameters p = Fixtures.NATIONAL.override(Fixtures.COUNTY, LocalDate.of(2025, 1, 1),
                CoverageRules.TARGET_ORGANIZATIONAL, Rate.percent(100));
        assertEquals(MilestoneStatus.PENDING, status(p, MilestoneKind.TARGETS_MET, withBare, trained()));
        Decision<List<MilestoneResult>> d = CampaignPolicy.of(p).evaluate(
                List.of(Milestone.of(MilestoneKind.TARGETS_MET, Fixtures.AS_OF.minusDays(1))), withBare, trained(),
                Fixtures.AS_OF);
        assertEquals(Outcome.NON_COMPLIANT, d.outcome());
        assertEquals(MilestoneStatus.OVERDUE, d.value().get(0).status());
    }

    @Test
    void everyMilestoneDoneIsCompliant() {
        Decision<List<MilestoneResult>> d = CampaignPolicy.of(Fixtures.NATIONAL).evaluate(
                List.of(Milestone.of(MilestoneKind.STANDALONE_FORMED, DEADLINE),
                        Milestone.of(MilestoneKind.SECRETARIES_TRAINED, DEADLINE)),
                ledger, trained("B-A", "J-BC"), Fixtures.AS_OF);
        assertEquals(Outcome.COMPLIANT, d.outcome());
        assertEquals(List.of(MilestoneResult.of(Milestone.of(MilestoneKind.STANDALONE_FORMED, DEADLINE),
                MilestoneStatus.DONE), MilestoneResult.of(Milestone.of(MilestoneKind.SECRETARIES_TRAINED, DEADLINE),
                MilestoneStatus.DONE)), d.value());
        assertEquals("已完成", d.reasons().get(0).arguments().get("status"));
        assertEquals("应建尽建", d.reasons().get(0).arguments().get("milestone"));
    }

    @Test
    void milestonesAreEqualOnlyWithTheSameKindAndDeadline() {
        Milestone m = Milestone.of(MilestoneKind.LEDGER_BUILT, DEADLINE);
        assertEquals(m, Milestone.of(MilestoneKind.LEDGER_BUILT, DEADLINE));
        assertEquals(m.hashCode(), Milestone.of(MilestoneKind.LEDGER_BUILT, DEADLINE).hashCode());
        assertNotEquals(m, Milestone.of(MilestoneKind.TARGETS_MET, DEADLINE));
        assertNotEquals(m.hashCode(), Milestone.of(MilestoneKind.LEDGER_BUILT, DEADLINE.minusDays(1)).hashCode());
        assertNotEquals(m, Milestone.of(MilestoneKind.LEDGER_BUILT, DEADLINE.minusDays(1)));
        assertNotEquals(m, (Object) "LEDGER_BUILT");
        assertEquals("LEDGER_BUILT by 2026-12-31", m.toString());
    }

    @Test
    void milestoneResultsAreEqualOnlyWithTheSameMilestoneAndStatus() {
        Milestone m = Milestone.of(MilestoneKind.LEDGER_BUILT, DEADLINE);
        MilestoneResult r = MilestoneResult.of(m, MilestoneStatus.PENDING);
        assertEquals(m, r.milestone());
        assertEquals(r, MilestoneResult.of(m, MilestoneStatus.PENDING));
        assertEquals(r.hashCode(), MilestoneResult.of(m, MilestoneStatus.PENDING).hashCode());
        assertNotEquals(r, MilestoneResult.of(m, MilestoneStatus.DONE));
        assertNotEquals(r.hashCode(), MilestoneResult.of(m, MilestoneStatus.DONE).hashCode());
        assertNotEquals(r, MilestoneResult.of(Milestone.of(MilestoneKind.TARGETS_MET, DEADLINE), MilestoneStatus.PENDING));
        assertNotEquals(r, (Object) m);
        assertEquals("LEDGER_BUILT by 2026-12-31: PENDING", r.toString());
    }

    @Test
    void campaignFactsAreEqualOnlyWithTheSameDateAndSecretaries() {
        CampaignFacts f = CampaignFacts.of(Optional.of(DEADLINE), Set.of("B-A", "J-BC"));
        assertEquals(Set.of("B-A", "J-BC"), f.trainedSecretaries());
        assertEquals(f, CampaignFacts.of(Optional.of(DEADLINE), Set.of("J-BC", "B-A")));
        assertEquals(f.hashCode(), CampaignFacts.of(Optional.of(DEADLINE), Set.of("J-BC", "B-A")).hashCode());
        assertNotEquals(f, CampaignFacts.of(Optional.empty(), Set.of("B-A", "J-BC")));
        assertNotEquals(f, CampaignFacts.of(Optional.of(DEADLINE), Set.of("B-A")));
        assertNotEquals(f.hashCode(), CampaignFacts.of(Optional.of(DEADLINE), Set.of("B-A")).hashCode());
        assertNotEquals(f, (Object) DEADLINE);
        assertEquals("CampaignFacts[ledgerBuiltOn=2026-12-31, trained=2]", f.toString());
    }

    @Test
    void campaignKindsCarryTheirChineseLabels() {
        assertEquals("目标达标", MilestoneKind.TARGETS_MET.label());
        assertEquals("逾期未完成", MilestoneStatus.OVERDUE.label());
    }
}
