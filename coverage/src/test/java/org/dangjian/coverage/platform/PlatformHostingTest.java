package org.dangjian.coverage.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.util.List;
import org.dangjian.core.decision.Decision;
import org.dangjian.core.decision.Reason;
import org.dangjian.coverage.CoverageRules;
import org.dangjian.coverage.Fixtures;
import org.junit.jupiter.api.Test;

/** The hosting decision's reasons and the hosting value. */
class PlatformHostingTest {

    @Test
    void aSetHostIsCitedWithTheParameterItWasReadFrom() {
        PlatformPolicy local = PlatformPolicy.of(Fixtures.NATIONAL
                .override(Fixtures.COUNTY, Fixtures.AS_OF, CoverageRules.PLATFORM_HOST_COURIER, "市快递行业党委")
                .resolve(Fixtures.COUNTY, Fixtures.AS_OF));
        Decision<PlatformHosting> d = local.decideHosting(PlatformWorkerGroup.COURIER);
        assertEquals(List.of("plat.department", "plat.host"), d.reasons().stream().map(Reason::messageKey).toList());
        Reason host = d.reasons().get(1);
        assertEquals("市快递行业党委", host.arguments().get("host"));
        assertEquals("快递员", host.arguments().get("group"));
        assertEquals("市快递行业党委", host.parameters().get(CoverageRules.PLATFORM_HOST_COURIER.name()));
        assertEquals("邮政管理部门", d.reasons().get(0).arguments().get("department"));
    }

    @Test
    void aMissingHostNamesTheParameterToSet() {
        Decision<PlatformHosting> d = PlatformPolicy.of(Fixtures.national()).decideHosting(PlatformWorkerGroup.COURIER);
        Reason host = d.reasons().get(1);
        assertEquals("plat.host.missing", host.messageKey());
        assertEquals(CoverageRules.PLATFORM_HOST_COURIER.name(), host.arguments().get("parameter"));
    }

    @Test
    void hostingsAreEqualOnlyWithTheSameGroupDepartmentAndHost() {
        PlatformHosting h = PlatformHosting.of(PlatformWorkerGroup.STREAMER, SupervisingDepartment.CYBERSPACE, "网信办");
        assertEquals(PlatformWorkerGroup.STREAMER, h.group());
        assertEquals(h, PlatformHosting.of(PlatformWorkerGroup.STREAMER, SupervisingDepartment.CYBERSPACE, "网信办"));
        assertEquals(h.hashCode(),
                PlatformHosting.of(PlatformWorkerGroup.STREAMER, SupervisingDepartment.CYBERSPACE, "网信办").hashCode());
        assertNotEquals(h, PlatformHosting.of(PlatformWorkerGroup.COURIER, SupervisingDepartment.CYBERSPACE, "网信办"));
        assertNotEquals(h.hashCode(),
                PlatformHosting.of(PlatformWorkerGroup.STREAMER, SupervisingDepartment.CYBERSPACE, null).hashCode());
        assertNotEquals(h, PlatformHosting.of(PlatformWorkerGroup.STREAMER, SupervisingDepartment.COMMERCE, "网信办"));
        assertNotEquals(h, PlatformHosting.of(PlatformWorkerGroup.STREAMER, SupervisingDepartment.CYBERSPACE, null));
        assertNotEquals(h, (Object) "STREAMER");
        assertEquals("STREAMER→CYBERSPACE@网信办", h.toString());
        assertEquals("STREAMER→CYBERSPACE",
                PlatformHosting.of(PlatformWorkerGroup.STREAMER, SupervisingDepartment.CYBERSPACE, null).toString());
    }

    @Test
    void groupsAndDepartmentsCarryTheirChineseLabels() {
        assertEquals("网约车司机", PlatformWorkerGroup.RIDE_HAILING_DRIVER.label());
        assertEquals("文化和旅游部门", SupervisingDepartment.CULTURE_AND_TOURISM.label());
    }
}
