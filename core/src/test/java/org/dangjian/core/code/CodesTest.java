package org.dangjian.core.code;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import org.dangjian.core.validation.InvalidInputException;
import org.junit.jupiter.api.Test;

class CodesTest {
    // GB 11643-1999's own worked example.
    private static final String ID = "11010519491231002X";

    @Test
    void acceptsTheStandardsWorkedIdentityNumber() {
        IdentityNumber id = IdentityNumber.parse(ID);
        assertEquals(LocalDate.of(1949, 12, 31), id.birthDate());
        assertEquals("110105", id.addressCode());
        assertFalse(id.isMale());
    }

    @Test
    void masksIdentityNumberInToString() {
        IdentityNumber id = IdentityNumber.parse(ID);
        assertEquals("1101************2X", id.toString());
        assertFalse(id.toString().contains("19491231"));
    }

    @Test
    void rejectsIdentityNumberWithWrongCheckCharacterWithoutPrintingIt() {
        InvalidInputException e = assertThrows(InvalidInputException.class, () -> IdentityNumber.parse("110105194912310021"));
        assertTrue(e.getMessage().contains("check character"), e.getMessage());
        assertFalse(e.getMessage().contains("110105194912310021"), e.getMessage());
    }

    @Test
    void rejectsLowerCaseX() {
        assertThrows(InvalidInputException.class, () -> IdentityNumber.parse("11010519491231002x"));
    }

    @Test
    void rejectsImpossibleBirthDate() {
        InvalidInputException e = assertThrows(InvalidInputException.class,
                () -> IdentityNumber.withCheckCharacter("11010519490230002"));
        assertTrue(e.getMessage().contains("birth date"), e.getMessage());
    }

    @Test
    void rejectsSeventeenCharacters() {
        assertThrows(InvalidInputException.class, () -> IdentityNumber.parse(ID.substring(1)));
    }

    @Test
    void turnsEighteenOnTheBirthdayNotTheDayBefore() {
        IdentityNumber id = IdentityNumber.withCheckCharacter("43010220080315001");
        assertEquals(17, id.ageOn(LocalDate.of(2026, 3, 14)));
        assertEquals(18, id.ageOn(LocalDate.of(2026, 3, 15)));
    }

    @Test
    void leapDayBirthdayCountsFromFirstMarchInCommonYears() {
        IdentityNumber id = IdentityNumber.withCheckCharacter("43010220080229001");
        assertEquals(17, id.ageOn(LocalDate.of(2026, 2, 28)));
        assertEquals(18, id.ageOn(LocalDate.of(2026, 3, 1)));
    }

    @Test
    void acceptsAPublishedCreditCode() {
        CreditCode c = CreditCode.parse("91350100M000100Y43");
        assertEquals("350100", c.divisionCode());
        assertEquals('9', c.registrationAuthority());
    }

    @Test
    void rejectsCreditCodeWithWrongCheckCharacter() {
        InvalidInputException e = assertThrows(InvalidInputException.class, () -> CreditCode.parse("91350100M000100Y44"));
        assertTrue(e.getMessage().contains("'3'"), e.getMessage());
    }

    @Test
    void rejectsCreditCodeWithLetterOutsideTheSet() {
        InvalidInputException e = assertThrows(InvalidInputException.class, () -> CreditCode.parse("91350100I000100Y43"));
        assertTrue(e.getMessage().contains("character 9"), e.getMessage());
    }

    @Test
    void rejectsCreditCodeOfSeventeenCharacters() {
        assertThrows(InvalidInputException.class, () -> CreditCode.parse("91350100M000100Y4"));
    }

    @Test
    void readsJurisdictionLevels() {
        assertEquals(JurisdictionLevel.PROVINCE, Jurisdiction.of("430000").level());
        assertEquals(JurisdictionLevel.CITY, Jurisdiction.of("430100").level());
        assertEquals(JurisdictionLevel.COUNTY, Jurisdiction.of("430102").level());
        assertEquals(JurisdictionLevel.TOWNSHIP, Jurisdiction.of("430102001").level());
        assertEquals(JurisdictionLevel.VILLAGE, Jurisdiction.of("430102001002").level());
    }

    @Test
    void walksUpFromVillageToProvince() {
        Jurisdiction v = Jurisdiction.of("430102001002");
        assertEquals(Jurisdiction.of("430102001"), v.parent().orElseThrow());
        assertEquals(Jurisdiction.of("430102"), v.at(JurisdictionLevel.COUNTY));
        assertEquals(Jurisdiction.of("430100"), v.at(JurisdictionLevel.CITY));
        assertEquals(Jurisdiction.of("430000"), v.at(JurisdictionLevel.PROVINCE));
        assertTrue(Jurisdiction.of("430000").parent().isEmpty());
    }

    @Test
    void containsIsAncestorOrSelf() {
        Jurisdiction county = Jurisdiction.of("430102");
        assertTrue(county.contains(county));
        assertTrue(county.contains(Jurisdiction.of("430102001")));
        assertFalse(county.contains(Jurisdiction.of("430103001")));
        assertFalse(Jurisdiction.of("430102001").contains(county));
        assertTrue(Jurisdiction.of("430000").contains(Jurisdiction.of("430102001002")));
    }

    @Test
    void rejectsMalformedDivisionCodes() {
        for (String bad : new String[] {"990000", "430002", "43010", "4301020", "43a102", "430100001", "430102000"}) {
            assertThrows(InvalidInputException.class, () -> Jurisdiction.of(bad), bad);
        }
    }

    @Test
    void mapsDivisionsToIndustrySections() {
        assertEquals(Industry.C, Industry.ofDivision("39"));
        assertEquals(Industry.I, Industry.ofDivision("65"));
        assertEquals(Industry.T, Industry.ofDivision("97"));
        assertThrows(InvalidInputException.class, () -> Industry.ofDivision("98"));
        assertThrows(InvalidInputException.class, () -> Industry.parse("U"));
    }

    @Test
    void masksNames() {
        assertEquals("张*", PersonName.of("张三").toString());
        assertEquals("欧**", PersonName.of("欧阳修").toString());
        assertThrows(InvalidInputException.class, () -> PersonName.of("  "));
    }
}
