package org.dangjian.core.parameter;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.time.Period;
import java.util.Set;
import org.dangjian.core.decision.Outcome;
import org.dangjian.core.money.Fraction;
import org.dangjian.core.money.Money;
import org.dangjian.core.validation.InvalidInputException;
import org.junit.jupiter.api.Test;

class ParameterTypeTest {
    private static <T> void roundTrips(ParameterType<T> type, String text, T value) {
        assertEquals(value, type.parse(text));
        assertEquals(text, type.format(value));
        assertEquals(value, type.parse(" " + text + " "), "text is trimmed");
    }

    @Test
    void everyBuiltInTypeParsesWhatItFormats() {
        roundTrips(ParameterType.INTEGER, "3", 3);
        roundTrips(ParameterType.MONEY, "1000.00", Money.ofYuan(1000));
        roundTrips(ParameterType.FRACTION, "4/5", Fraction.of(4, 5));
        roundTrips(ParameterType.BOOLEAN, "true", true);
        roundTrips(ParameterType.BOOLEAN, "false", false);
        roundTrips(ParameterType.PERIOD, "P6M", Period.ofMonths(6));
        roundTrips(ParameterType.DATE, "2026-12-31", LocalDate.of(2026, 12, 31));
        roundTrips(ParameterType.TEXT, "好", "好");
        roundTrips(ParameterType.enumValue(Outcome.class), "COMPLIANT", Outcome.COMPLIANT);
        roundTrips(ParameterType.enumSet(Outcome.class), "COMPLIANT,NOT_APPLICABLE",
                Set.of(Outcome.COMPLIANT, Outcome.NOT_APPLICABLE));
        assertEquals(Outcome.DETERMINED, ParameterType.enumValue(Outcome.class).parse("determined"));
        assertEquals(Set.of(), ParameterType.enumSet(Outcome.class).parse(""));
    }

    @Test
    void namesWhatIsWrong() {
        assertTrue(assertThrows(InvalidInputException.class, () -> ParameterType.INTEGER.parse("3.5"))
                .getMessage().contains("whole number"));
        assertTrue(assertThrows(InvalidInputException.class, () -> ParameterType.BOOLEAN.parse("yes"))
                .getMessage().contains("true or false"));
        assertTrue(assertThrows(InvalidInputException.class, () -> ParameterType.PERIOD.parse("6 months"))
                .getMessage().contains("P6M"));
        assertTrue(assertThrows(InvalidInputException.class, () -> ParameterType.PERIOD.parse("P-6M"))
                .getMessage().contains("negative"));
        assertTrue(assertThrows(InvalidInputException.class, () -> ParameterType.DATE.parse("2026-02-30"))
                .getMessage().contains("2026-12-31"));
        assertTrue(assertThrows(InvalidInputException.class, () -> ParameterType.TEXT.parse("x".repeat(201)))
                .getMessage().contains("200"));
        assertTrue(assertThrows(InvalidInputException.class, () -> ParameterType.enumValue(Outcome.class).parse("MAYBE"))
                .getMessage().contains("COMPLIANT"));
        ParameterType<Integer> exploding = ParameterType.of("exploding", Integer.class, s -> {
            throw new IllegalStateException("boom");
        }, String::valueOf);
        assertTrue(assertThrows(InvalidInputException.class, () -> exploding.parse("1")).getMessage()
                .contains("not a exploding: boom"));
        assertEquals("exploding", exploding.toString());
        assertEquals(Integer.class, exploding.javaType());
        assertEquals("money bands of rate", ParameterType.moneyBands(ParameterType.RATE).name());
    }

    @Test
    void definitionsCheckBaselinesAndRefuseDuplicateDates() {
        ParameterKey<Integer> k = ParameterKey.of("a.b", ParameterType.INTEGER);
        ParameterDefinition<Integer> d = ParameterDefinition.of(k, "甲", "A").requiring(n -> n > 0, "positive");
        assertThrows(InvalidInputException.class, () -> d.baseline(LocalDate.of(2020, 1, 1), 0,
                org.dangjian.core.CoreRules.TIME_LIMITS.citation()));
        ParameterDefinition<Integer> one = d.baseline(LocalDate.of(2020, 1, 1), 1,
                org.dangjian.core.CoreRules.TIME_LIMITS.citation());
        assertThrows(IllegalArgumentException.class, () -> one.baseline(LocalDate.of(2020, 1, 1), 2,
                org.dangjian.core.CoreRules.TIME_LIMITS.citation()));
        ParameterDefinition<Integer> two = one.baseline(LocalDate.of(2010, 1, 1), 2,
                org.dangjian.core.CoreRules.TIME_LIMITS.citation());
        assertEquals(LocalDate.of(2010, 1, 1), two.baseline().get(0).effectiveFrom(), "versions are kept in date order");
        assertEquals("positive", two.constraintText());
        assertEquals("甲", two.titleZh());
        assertEquals("A", two.titleEn());
        assertEquals("a.b (integer)", two.toString());
        assertTrue(two.citation().isPresent());
        assertTrue(d.citation().isEmpty());
    }
}
