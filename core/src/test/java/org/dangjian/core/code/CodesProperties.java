package org.dangjian.core.code;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import org.dangjian.core.testing.CoreArbitraries;
import org.dangjian.core.validation.InvalidInputException;

class CodesProperties {

    @Property
    void creditCodeParsesWhatToStringWrites(@ForAll("creditCodes") CreditCode c) {
        assertEquals(c, CreditCode.parse(c.toString()));
    }

    @Property
    void creditCodeRejectsEveryOtherCheckCharacter(@ForAll("creditCodes") CreditCode c,
            @ForAll @IntRange(min = 1, max = 30) int shift) {
        String s = c.code();
        int v = CreditCode.CHARSET.indexOf(s.charAt(17));
        char other = CreditCode.CHARSET.charAt((v + shift) % 31);
        assertThrows(InvalidInputException.class, () -> CreditCode.parse(s.substring(0, 17) + other));
    }

    @Property
    void creditCodeDetectsAnySingleCharacterChange(@ForAll("creditCodes") CreditCode c,
            @ForAll @IntRange(min = 0, max = 16) int position, @ForAll @IntRange(min = 1, max = 30) int shift) {
        String s = c.code();
        int v = CreditCode.CHARSET.indexOf(s.charAt(position));
        String changed = s.substring(0, position) + CreditCode.CHARSET.charAt((v + shift) % 31) + s.substring(position + 1);
        assertThrows(InvalidInputException.class, () -> CreditCode.parse(changed));
    }

    @Property
    void identityNumberParsesWhatValueGives(@ForAll("identityNumbers") IdentityNumber id) {
        assertEquals(id, IdentityNumber.parse(id.value()));
    }

    @Property
    void identityNumberNeverPrintsInFull(@ForAll("identityNumbers") IdentityNumber id) {
        assertFalse(id.toString().contains(id.value()));
        assertFalse(id.toString().contains(id.value().substring(6, 14)), "birth date hidden");
    }

    @Property
    void identityNumberDetectsAnySingleDigitChange(@ForAll("identityNumbers") IdentityNumber id,
            @ForAll @IntRange(min = 0, max = 16) int position, @ForAll @IntRange(min = 1, max = 9) int shift) {
        String s = id.value();
        char changed = (char) ('0' + (s.charAt(position) - '0' + shift) % 10);
        String bad = s.substring(0, position) + changed + s.substring(position + 1);
        InvalidInputException e = assertThrows(InvalidInputException.class, () -> IdentityNumber.parse(bad));
        assertFalse(e.getMessage().contains(bad), "the rejected number is masked");
    }

    @Property
    void jurisdictionParsesWhatToStringWrites(@ForAll("jurisdictions") Jurisdiction j) {
        assertEquals(j, Jurisdiction.parse(j.toString()));
    }

    @Property
    void everyAncestorContainsTheJurisdiction(@ForAll("jurisdictions") Jurisdiction j) {
        for (Jurisdiction p = j; ; p = p.parent().orElseThrow()) {
            assertTrue(p.contains(j));
            if (p.parent().isEmpty()) {
                break;
            }
            assertFalse(j.equals(p.parent().orElseThrow()));
        }
    }

    @Property
    void namesAreNeverPrintedInFull(@ForAll("names") PersonName n) {
        assertFalse(n.toString().equals(n.value()) && n.value().length() > 1);
        assertTrue(n.toString().startsWith(n.value().substring(0, 1)));
    }

    @Provide
    Arbitrary<CreditCode> creditCodes() {
        return CoreArbitraries.creditCodes();
    }

    @Provide
    Arbitrary<IdentityNumber> identityNumbers() {
        return CoreArbitraries.identityNumbers();
    }

    @Provide
    Arbitrary<Jurisdiction> jurisdictions() {
        return CoreArbitraries.jurisdictions();
    }

    @Provide
    Arbitrary<PersonName> names() {
        return CoreArbitraries.personNames();
    }
}
