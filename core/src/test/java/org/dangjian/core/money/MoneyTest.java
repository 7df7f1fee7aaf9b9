package org.dangjian.core.money;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.RoundingMode;
import org.dangjian.core.validation.InvalidInputException;
import org.junit.jupiter.api.Test;

class MoneyTest {
    @Test
    void appliesTheBandRateToTheWholeBase() {
        // 党费规定 Art 2 and the official Q&A: 5100 → 76.50, 4900 → 49.00.
        assertEquals(Money.parse("76.50"), Money.parse("5100.00").times(Rate.parse("1.5%"), RoundingMode.HALF_UP));
        assertEquals(Money.parse("49.00"), Money.parse("4900.00").times(Rate.parse("1%"), RoundingMode.HALF_UP));
    }

    @Test
    void roundsHalfAFenUpOrEvenAsDeclared() {
        Money m = Money.parse("3000.10"); // × 0.5% = 15.0005 → 15.00 either way
        assertEquals(Money.parse("15.00"), m.times(Rate.parse("0.5%"), RoundingMode.HALF_UP));
        Money half = Money.parse("1.00"); // × 0.5% = 0.005
        assertEquals(Money.parse("0.01"), half.times(Rate.parse("0.5%"), RoundingMode.HALF_UP));
        assertEquals(Money.parse("0.00"), half.times(Rate.parse("0.5%"), RoundingMode.HALF_EVEN));
        assertEquals(Money.parse("0.00"), half.times(Rate.parse("0.5%"), RoundingMode.DOWN));
        assertThrows(ArithmeticException.class, () -> half.times(Rate.parse("0.5%"), RoundingMode.UNNECESSARY));
    }

    @Test
    void equalityIgnoresHowManyDecimalsWereWritten() {
        assertEquals(Money.parse("6800"), Money.parse("6800.00"));
        assertEquals(Money.parse("6800.5"), Money.parse("6800.50"));
        assertEquals("6800.50", Money.parse("6800.5").toString());
        assertEquals("-0.05", Money.ofFen(-5).toString());
    }

    @Test
    void rejectsMalformedAmounts() {
        for (String bad : new String[] {"", "-", "1.", ".5", "1.234", "1,000.00", "¥5", "1e3", " 5", "12345678901234567.00"}) {
            assertThrows(InvalidInputException.class, () -> Money.parse(bad), bad);
        }
    }

    @Test
    void arithmeticReturnsThisWhenNothingChanges() {
        Money m = Money.parse("12.34");
        assertSame(m, m.plus(Money.ZERO));
        assertSame(m, m.minus(Money.ZERO));
        assertSame(m, m.times(1));
    }

    @Test
    void overflowIsAnErrorNotAWrapAround() {
        Money big = Money.ofFen(Long.MAX_VALUE);
        assertThrows(ArithmeticException.class, () -> big.plus(Money.ofFen(1)));
        assertThrows(ArithmeticException.class, () -> big.times(2));
    }

    @Test
    void averagesRoundToTheFen() {
        assertEquals(Money.parse("3333.33"), Money.parse("10000.00").dividedBy(3, RoundingMode.HALF_UP));
    }

    @Test
    void ratesParseWhatToStringWrites() {
        assertEquals("1.5%", Rate.parse("1.5%").toString());
        assertEquals("2%", Rate.parse("2.00%").toString());
        assertEquals(15_000, Rate.parse("1.5%").millionths());
        assertThrows(InvalidInputException.class, () -> Rate.parse("1.5"));
        assertThrows(InvalidInputException.class, () -> Rate.parse("-1%"));
        assertThrows(InvalidInputException.class, () -> Rate.parse("0.00001%"));
    }

    @Test
    void moreThanHalfIsStrict() {
        assertFalse(Fraction.HALF.isExceededBy(5, 10));
        assertTrue(Fraction.HALF.isExceededBy(6, 10));
        assertTrue(Fraction.HALF.isExceededBy(5, 9));
        assertTrue(Fraction.of(4, 5).isExceededBy(9, 11));
        assertFalse(Fraction.of(4, 5).isExceededBy(8, 10));
    }

    @Test
    void fractionsReduceAndRender() {
        assertEquals(Fraction.HALF, Fraction.of(2, 4));
        assertEquals("91.50%", Fraction.of(183, 200).toPercent(2));
        assertEquals("—", Fraction.rate(0, 0).toPercent(2));
        assertEquals(6, Fraction.of(6, 5).ceilingOf(5));
        assertEquals(4, Fraction.of(6, 5).ceilingOf(3));
        assertThrows(InvalidInputException.class, () -> Fraction.rate(3, 2));
        assertThrows(InvalidInputException.class, () -> Fraction.of(1, 0));
    }
}
