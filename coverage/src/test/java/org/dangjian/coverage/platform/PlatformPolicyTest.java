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
    void ridersAreLedByMarketRegulation() {
        assertEquals(SupervisingDepartment.MARKET_REGULATION,
                national.decideHosting(PlatformWorkerGroup.FOOD_DELIVERY_RIDER).value().department());
    }

    @Test
    void streamersAndDomesticWorkersHaveNoNationalDefault() {
        assertEquals(Outcome.INSUFFICIENT_DATA, national.decideHosting(PlatformWorkerGroup.STREAMER).outcome());
        assertEquals(Outcome.INSUFFICIENT_DATA, national.decideHosting(PlatformWorkerGroup.DOMESTIC_WORKER).outcome());
    }

    @Test
    void driversHaveNoDepartmentBeforeTheTransportDeployment() {
        PlatformPolicy early = PlatformPolicy.of(Fixtures.NATIONAL.resolve(Fixtures.COUNTY,
                java.time.LocalDate.of(2025, 7, 28)));
        assertEquals(Outcome.INSUFFICIENT_DATA, early.decideHosting(PlatformWorkerGroup.TRUCK_DRIVER).outcome());
    }

    @Test
    void aJurisdictionSetsTheDomesticWorkersDepartmentAndHost() {
        PlatformPolicy local = PlatformPolicy.of(Fixtures.NATIONAL
                .override(Fixtures.COUNTY, Fixtures.AS_OF, CoverageRules.PLATFORM_DEPARTMENT_DOMESTIC,
                        SupervisingDepartment.MARKET_REGULATION)
                .override(Fixtures.COUNTY, Fixtures.AS_OF, CoverageRules.PLATFORM_HOST_DOMESTIC, "市网约家政员行业党委")
                .resolve(Fixtures.COUNTY, Fixtures.AS_OF));
        PlatformHosting h = local.decideHosting(PlatformWorkerGroup.DOMESTIC_WORKER).value();
        assertEquals(SupervisingDepartment.MARKET_REGULATION, h.department());
        assertEquals("市网约家政员行业党委", h.host().orElseThrow());
    }
}
