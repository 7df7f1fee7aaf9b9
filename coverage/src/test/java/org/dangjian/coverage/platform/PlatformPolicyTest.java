package org.dangjian.coverage.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.dangjian.core.decision.Decision;
import org.dangjian.core.decision.Outcome;
import org.dangjian.coverage.CoverageRules;
import org.dangjian.coverage.Fixtures;
import org.junit.jupiter.api.Test;

class PlatformPolicyTest {
    private final PlatformPolicy national = PlatformPolicy.of(Fixtures.national());

    @Test
    void couriersAreLedByThePostalAdministration() {
        Decision<PlatformHosting> d = national.decideHosting(PlatformWorkerGroup.COURIER);
        assertEquals(SupervisingDepartment.POSTAL_ADMINISTRATION, d.value().department());
        assertTrue(d.value().host().isEmpty());
    }

    @Test
    void driversAreLedByTransport() {
        assertEquals(SupervisingDepartment.TRANSPORT,
                national.decideHosting(PlatformWorkerGroup.TRUCK_DRIVER).value().department());
        assertEquals(SupervisingDepartment.TRANSPORT,
                national.decideHosting(PlatformWorkerGroup.RIDE_HAILING_DRIVER).value().department());
    }

    @Test
    void ridersHaveNoNationalDefault() {
        assertEquals(Outcome.INSUFFICIENT_DATA, national.decideHosting(PlatformWorkerGroup.FOOD_DELIVERY_RIDER).outcome());
        assertEquals(Outcome.INSUFFICIENT_DATA, national.decideHosting(PlatformWorkerGroup.STREAMER).outcome());
    }

    @Test
    void aJurisdictionSetsTheRidersDepartmentAndHost() {
        PlatformPolicy local = PlatformPolicy.of(Fixtures.NATIONAL
                .override(Fixtures.COUNTY, Fixtures.AS_OF, CoverageRules.PLATFORM_DEPARTMENT_FOOD_DELIVERY,
                        SupervisingDepartment.MARKET_REGULATION)
                .override(Fixtures.COUNTY, Fixtures.AS_OF, CoverageRules.PLATFORM_HOST_FOOD_DELIVERY, "区外卖配送行业党委")
                .resolve(Fixtures.COUNTY, Fixtures.AS_OF));
        PlatformHosting h = local.decideHosting(PlatformWorkerGroup.FOOD_DELIVERY_RIDER).value();
        assertEquals(SupervisingDepartment.MARKET_REGULATION, h.department());
        assertEquals("区外卖配送行业党委", h.host().orElseThrow());
    }
}
