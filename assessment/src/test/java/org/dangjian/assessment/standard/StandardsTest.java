package org.dangjian.assessment.standard;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.Set;
import org.dangjian.assessment.AssessmentParameters;
import org.dangjian.assessment.life.OrganizationalLifePolicyTest;
import org.dangjian.core.decision.Decision;
import org.dangjian.core.decision.Outcome;
import org.dangjian.core.i18n.Language;
import org.dangjian.core.money.Money;
import org.dangjian.core.parameter.LocalProfile;
import org.dangjian.core.parameter.PolicyParameters;
import org.junit.jupiter.api.Test;

class StandardsTest {
    static final LocalDate AS_OF = LocalDate.of(2026, 12, 31);

    @Test
    void aLocalityMayListFewerVenueItems() {
        PolicyParameters p = PolicyParameters.nationalBaseline().override(OrganizationalLifePolicyTest.COUNTY,
                LocalDate.of(2020, 1, 1), AssessmentParameters.VENUE_REQUIRED_ITEMS,
                Set.copyOf(EnumSet.of(VenueItem.PLACE, VenueItem.FLAG)));
        Decision<Set<VenueItem>> d = VenueStandardPolicy.of(p.resolve(OrganizationalLifePolicyTest.COUNTY, AS_OF))
                .assess(EnumSet.of(VenueItem.PLACE));
        assertEquals(Outcome.NON_COMPLIANT, d.outcome());
        assertEquals(Set.of(VenueItem.FLAG), d.value());
        assertTrue(d.explain(Language.ZH).contains("缺少：有党旗"), d.explain(Language.ZH));
    }

    @Test
    void staffingRejectsANegativeCount() {
        StaffingPolicy p = StaffingPolicy.of(PolicyParameters.nationalBaseline()
                .adopt(OrganizationalLifePolicyTest.COUNTY, LocalProfile.SEED_004, LocalDate.of(2022, 1, 1))
                .resolve(OrganizationalLifePolicyTest.COUNTY, AS_OF));
        assertThrows(IllegalArgumentException.class, () -> p.assess(StaffedUnit.NATIONAL_PARK, -1));
        assertTrue(p.assess(StaffedUnit.NATIONAL_PARK, 6).explain(Language.ZH).contains("多于一般标准5名"));
    }

    @Test
    void fundsCeilingOfZeroPayrollIsZero() {
        PartyFundsPolicy p = PartyFundsPolicy.of(PolicyParameters.nationalBaseline()
                .resolve(OrganizationalLifePolicyTest.COUNTY, AS_OF));
        assertEquals(Money.ZERO, p.deductibleCeiling(Money.ZERO).value());
        assertThrows(IllegalArgumentException.class, () -> p.deductibleCeiling(Money.parse("-1.00")));
        assertThrows(IllegalArgumentException.class, () -> p.assessSpending(Money.ZERO, Money.parse("-1.00")));
    }

    @Test
    void fundsShareIsTheNationalOnePercentBeforeTheNoticeToo() {
        PartyFundsPolicy p = PartyFundsPolicy.of(PolicyParameters.nationalBaseline()
                .resolve(OrganizationalLifePolicyTest.COUNTY, LocalDate.of(2014, 1, 1)));
        assertEquals(Money.parse("100.00"), p.deductibleCeiling(Money.parse("10000.00")).value());
    }
}
