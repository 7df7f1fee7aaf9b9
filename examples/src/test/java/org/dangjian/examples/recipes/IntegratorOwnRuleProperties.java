package org.dangjian.examples.recipes;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.dangjian.core.decision.Decision;
import org.dangjian.core.i18n.Language;
import org.dangjian.core.i18n.Messages;
import org.dangjian.core.organization.NewOrganization;
import org.dangjian.core.testing.CoreArbitraries;

/**
 * Recipe, the test half: property tests of an integrator's own rule ({@link IntegratorOwnRule}) with the SDK's
 * published generators. {@code CoreArbitraries.newOrganizations()} gives valid organizations of every sub-kind
 * and size, members never above head count; the properties say what must hold for all of them.
 */
class IntegratorOwnRuleProperties {

    @Provide
    Arbitrary<NewOrganization> organizations() {
        return CoreArbitraries.newOrganizations();
    }

    @Property(tries = 200)
    void aVisitIsNeverDueWhereThereAreMembers(@ForAll("organizations") NewOrganization o) {
        if (o.members() > 0) {
            assertFalse(IntegratorOwnRule.decideLiaisonVisit(o).value());
        }
    }

    @Property(tries = 200)
    void moreStaffNeverCancelsAVisit(@ForAll("organizations") NewOrganization o) {
        NewOrganization bigger = NewOrganization.builder().from(o).headCount(o.getHeadCount() + 50).build();
        if (IntegratorOwnRule.decideLiaisonVisit(o).value()) {
            assertTrue(IntegratorOwnRule.decideLiaisonVisit(bigger).value());
        }
    }

    @Property(tries = 200)
    void theThresholdIsOnTheRightSide(@ForAll("organizations") NewOrganization o) {
        NewOrganization atEdge = NewOrganization.builder().from(o).headCount(IntegratorOwnRule.THRESHOLD)
                .fullMembers(0).probationaryMembers(0).massOrganizations(java.util.Set.of()).build();
        NewOrganization below = NewOrganization.builder().from(atEdge).headCount(IntegratorOwnRule.THRESHOLD - 1).build();
        assertEquals(o.isOperating(), IntegratorOwnRule.decideLiaisonVisit(atEdge).value());
        assertFalse(IntegratorOwnRule.decideLiaisonVisit(below).value());
    }

    @Property(tries = 200)
    void everyDecisionCitesTheRuleInBothLanguages(@ForAll("organizations") NewOrganization o) {
        Decision<Boolean> d = IntegratorOwnRule.decideLiaisonVisit(o);
        assertEquals(java.util.List.of("PTL-VISIT-001"), d.ruleIds());
        for (Language l : Language.values()) {
            assertTrue(Messages.has(IntegratorOwnRule.LIAISON_VISIT.bundle(), d.reasons().get(0).messageKey(), l));
            assertFalse(d.explain(l).contains("{"), d.explain(l));
        }
    }
}
