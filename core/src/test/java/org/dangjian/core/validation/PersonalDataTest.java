package org.dangjian.core.validation;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.validation.constraints.Pattern;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.dangjian.core.code.IdentityNumber;
import org.dangjian.core.code.PersonName;
import org.dangjian.core.testing.CoreArbitraries;
import org.junit.jupiter.api.Test;

/** Identity numbers and names never appear in full in a toString, an exception message or a log line. */
class PersonalDataTest {

    static final class Applicant {
        private final IdentityNumber identityNumber;
        private final PersonName fullName;

        Applicant(IdentityNumber identityNumber, PersonName fullName) {
            this.identityNumber = identityNumber;
            this.fullName = fullName;
        }

        @Pattern(regexp = "^$", message = "must not be set in this test")
        public String getIdentityNumber() {
            return identityNumber.value();
        }

        @Pattern(regexp = "^$", message = "must not be set in this test")
        public String getFullName() {
            return fullName.value();
        }
    }

    private static String captureStandardError(Runnable r) {
        PrintStream original = System.err;
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        System.setErr(new PrintStream(out, true, StandardCharsets.UTF_8));
        try {
            r.run();
        } finally {
            System.setErr(original);
        }
        return out.toString(StandardCharsets.UTF_8);
    }

    @Property(tries = 200)
    void neverInToStringExceptionOrLog(@ForAll("ids") IdentityNumber id, @ForAll("names") PersonName name) {
        Applicant a = new Applicant(id, name);
        String[] message = new String[1];
        String log = captureStandardError(() -> message[0] = assertThrows(InvalidInputException.class,
                () -> Validation.validate(a)).getMessage());
        assertTrue(log.contains("rejected Applicant"), "the SDK logged the rejection: " + log);
        for (String text : List.of(message[0], log, id.toString(), name.toString())) {
            assertFalse(text.contains(id.value()), text);
            if (name.value().length() > 1) {
                assertFalse(text.contains(name.value()), text);
            }
        }
    }

    @Test
    void malformedIdentityNumbersAreMaskedInTheException() {
        String bad = "43010220080315001Y";
        InvalidInputException e = assertThrows(InvalidInputException.class, () -> IdentityNumber.parse(bad));
        assertFalse(e.getMessage().contains(bad));
        assertFalse(e.getMessage().contains("20080315"));
    }

    @Provide
    net.jqwik.api.Arbitrary<IdentityNumber> ids() {
        return CoreArbitraries.identityNumbers();
    }

    @Provide
    net.jqwik.api.Arbitrary<PersonName> names() {
        return CoreArbitraries.personNames();
    }
}
