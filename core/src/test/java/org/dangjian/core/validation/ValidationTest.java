package org.dangjian.core.validation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import org.junit.jupiter.api.Test;

class ValidationTest {
    static final class Facts {
        private final String identityNumber;
        private final int income;
        private final String branch;

        Facts(String identityNumber, int income, String branch) {
            this.identityNumber = identityNumber;
            this.income = income;
            this.branch = branch;
        }

        @Size(min = 18, max = 18, message = "an identity number has 18 characters")
        public String getIdentityNumber() {
            return identityNumber;
        }

        @PositiveOrZero
        public int getIncome() {
            return income;
        }

        @NotBlank
        public String getBranch() {
            return branch;
        }
    }

    @Test
    void listsEveryViolatedConstraintAtOnce() {
        InvalidInputException e = assertThrows(InvalidInputException.class,
                () -> Validation.validate(new Facts("11010519491231002X", -5, " ")));
        assertEquals(2, e.violations().size(), e.getMessage());
        assertEquals("branch", e.violations().get(0).path());
        assertTrue(e.getMessage().contains("income"));
    }

    @Test
    void masksPersonalValuesInViolations() {
        InvalidInputException e = assertThrows(InvalidInputException.class,
                () -> Validation.validate(new Facts("11010519491231002", 1, "b")));
        assertEquals("identityNumber", e.violations().get(0).path());
        assertFalse(e.getMessage().contains("11010519491231002"), e.getMessage());
        assertTrue(e.getMessage().contains("1101"), e.getMessage());
    }

    @Test
    void passesValidFactsThrough() {
        Facts f = new Facts("11010519491231002X", 0, "b");
        assertEquals(f, Validation.validate(f));
    }

    @Test
    void masksByKind() {
        assertEquals("1101************2X", Masking.mask("11010519491231002X"));
        assertEquals("张*", Masking.name("张三"));
        assertEquals("司**", Masking.name("司马光"));
        assertEquals("", Masking.mask(""));
    }

    @Test
    void collectorThrowsOnlyWhenSomethingWasFound() {
        new Violations().check(true, "a", "fine", 1).throwIfAny();
        Violations v = new Violations().check(false, "a", "bad", 1).check(false, "b", "worse", 2);
        InvalidInputException e = assertThrows(InvalidInputException.class, v::throwIfAny);
        assertEquals(2, e.violations().size());
        assertEquals("x.a", e.under("x").violations().get(0).path());
    }
}
