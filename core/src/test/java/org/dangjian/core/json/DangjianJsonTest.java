package org.dangjian.core.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.dangjian.core.code.CreditCode;
import org.dangjian.core.code.Industry;
import org.dangjian.core.code.Jurisdiction;
import org.dangjian.core.organization.NewOrganization;
import org.dangjian.core.organization.OrganizationSubKind;
import org.dangjian.core.validation.InvalidInputException;
import org.junit.jupiter.api.Test;

class DangjianJsonTest {
    static final CreditCode CODE = CreditCode.withCheckCharacter("91430102MA4L12345");

    static NewOrganization organization() {
        return NewOrganization.builder().creditCode(CODE).name("长沙某科技有限公司")
                .subKind(OrganizationSubKind.PRIVATE_ENTERPRISE).jurisdiction(Jurisdiction.of("430102001"))
                .industry(Industry.I).headCount(120).fullMembers(4).probationaryMembers(1).build();
    }

    @Test
    void organizationRoundTrips() {
        NewOrganization o = organization();
        String json = DangjianJson.write(o);
        assertEquals(o, DangjianJson.read(json, NewOrganization.class));
        assertTrue(json.contains("\"creditCode\":\"" + CODE + "\""), json);
    }

    @Test
    void rejectsUnknownField() {
        String json = DangjianJson.write(organization()).replace("{", "{\"colour\":\"red\",");
        InvalidInputException e = assertThrows(InvalidInputException.class,
                () -> DangjianJson.read(json, NewOrganization.class));
        assertTrue(e.getMessage().contains("colour"), e.getMessage());
    }

    @Test
    void reportsEveryBrokenInvariantTogether() {
        String json = DangjianJson.write(organization()).replace("\"fullMembers\":4", "\"fullMembers\":400");
        InvalidInputException e = assertThrows(InvalidInputException.class,
                () -> DangjianJson.read(json, NewOrganization.class));
        assertEquals("fullMembers", e.violations().get(0).path());
    }

    @Test
    void rejectsWrongCheckCharacterWithPath() {
        String bad = CODE.code().substring(0, 17) + (CODE.code().charAt(17) == '0' ? '1' : '0');
        String json = DangjianJson.write(organization()).replace(CODE.code(), bad);
        InvalidInputException e = assertThrows(InvalidInputException.class,
                () -> DangjianJson.read(json, NewOrganization.class));
        assertEquals("creditCode", e.violations().get(0).path());
        assertFalse(e.violations().isEmpty());
    }
}
