package org.dangjian.core.money;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.math.RoundingMode;
import org.dangjian.core.validation.InvalidInputException;
import org.junit.jupiter.api.Test;

class MoneyMoreTest {
    static final Money A = Money.parse("1.00");
    static final Money B = Money.parse("2.00");

    @Test
    void comparesAndPicks() {
        assertTrue(B.isGreaterThan(A));
        assertFalse(A.isGreaterThan(A));
        assertTrue(A.isLessThan(B));
        assertFalse(A.isLessThan(A));
        assertSame(B, A.max(B));
        assertSame(A, A.max(A));
        assertSame(A, A.min(B));
        assertSame(A, A.min(A));
        assertTrue(A.compareTo(B) < 0);
        assertEquals(0, A.compareTo(Money.ofFen(100)));
        assertTrue(Money.ZERO.isZero());
        assertFalse(A.isZero());
        assertTrue(Money.ofFen(-1).isNegative());
        assertFalse(Money.ZERO.isNegative());
        assertTrue(A.isPositive());
        assertFalse(Money.ZERO.isPositive());
        assertNotEquals(A, B);
        assertNotEquals(A, "1.00");
        assertEquals(A.hashCode(), Money.ofFen(100).hashCode());
    }

    @Test
    void convertsExactly() {
        assertEquals(Money.ofFen(123_456), Money.from(new BigDecimal("1234.56")));
        assertEquals(Money.ofFen(123_456), Money.from(new BigDecimal("1234.5600")));
        assertThrows(InvalidInputException.class, () -> Money.from(new BigDecimal("0.001")));
        assertEquals(Money.ofFen(500), Money.ofYuan(5));
        assertSame(Money.ZERO, Money.ofFen(0));
        assertEquals(new BigDecimal("12.30"), Money.parse("12.3").toBigDecimal());
        assertEquals(Money.ofFen(-1234), Money.parse("-12.34"));
        assertEquals(Money.ofFen(-1230), Money.yuan("-12.3"));
        assertEquals(3, Money.parse("0.03").fen());
        assertEquals("0.03", Money.ofFen(3).toString());
        assertEquals("0.30", Money.ofFen(30).toString());
        assertThrows(ArithmeticException.class, () -> Money.ofYuan(Long.MAX_VALUE));
        assertThrows(ArithmeticException.class, () -> Money.ofFen(Long.MIN_VALUE).minus(A));
    }

    @Test
    void dividesWithTheDeclaredRounding() {
        assertEquals(Money.parse("0.67"), Money.parse("2.00").dividedBy(3, RoundingMode.HALF_UP));
        assertEquals(Money.parse("0.66"), Money.parse("2.00").dividedBy(3, RoundingMode.DOWN));
        assertEquals(Money.parse("-0.67"), Money.parse("-2.00").dividedBy(3, RoundingMode.HALF_UP));
        assertEquals(Money.parse("-0.66"), Money.parse("-2.00").dividedBy(3, RoundingMode.CEILING));
        assertEquals(Money.parse("-0.67"), Money.parse("-2.00").dividedBy(3, RoundingMode.FLOOR));
        assertEquals(Money.parse("0.02"), Money.parse("0.05").dividedBy(2, RoundingMode.HALF_EVEN));
        assertEquals(Money.parse("0.04"), Money.parse("0.07").dividedBy(2, RoundingMode.HALF_EVEN));
        assertEquals(Money.parse("0.02"), Money.parse("0.05").dividedBy(2, RoundingMode.HALF_DOWN));
        assertEquals(Money.parse("0.03"), Money.parse("0.05").dividedBy(2, RoundingMode.UP));
        assertEquals(A, A.dividedBy(1, RoundingMode.UNNECESSARY));
        assertThrows(IllegalArgumentException.class, () -> A.dividedBy(0, RoundingMode.HALF_UP));
        assertThrows(ArithmeticException.class, () -> A.dividedBy(3, RoundingMode.UNNECESSARY));
    }

    @Test
    void ratesAndFractions() {
        assertEquals(Rate.percent(2), Rate.parse("2%"));
        assertSame(Rate.ZERO, Rate.ofMillionths(0));
        assertThrows(InvalidInputException.class, () -> Rate.ofMillionths(-1));
        assertThrows(InvalidInputException.class, () -> Rate.parse("%"));
        assertThrows(InvalidInputException.class, () -> Rate.parse("abc%"));
        assertEquals(Fraction.of(3, 200), Rate.parse("1.5%").toFraction());
        assertTrue(Rate.parse("1%").compareTo(Rate.parse("2%")) < 0);
        assertNotEquals(Rate.parse("1%"), Rate.parse("2%"));
        assertNotEquals(Rate.parse("1%"), "1%");
        assertEquals(Rate.parse("1%").hashCode(), Rate.parse("1.00%").hashCode());
        assertEquals(" 100%".strip(), Rate.ONE_HUNDRED_PERCENT.toString());
        assertEquals(Fraction.of(7, 1), Fraction.parse("7"));
        assertThrows(InvalidInputException.class, () -> Fraction.parse("a/b"));
        assertThrows(InvalidInputException.class, () -> Fraction.of(-1, 2));
        assertThrows(InvalidInputException.class, () -> Fraction.of(1, -2));
        assertSame(Fraction.UNDEFINED, Fraction.of(0, 0));
        assertFalse(Fraction.UNDEFINED.isDefined());
        assertTrue(Fraction.ONE.isDefined());
        assertEquals(1, Fraction.of(3, 6).numerator());
        assertEquals(2, Fraction.of(3, 6).denominator());
        assertTrue(Fraction.HALF.isReachedBy(5, 10));
        assertFalse(Fraction.HALF.isReachedBy(4, 10));
        assertEquals(5, Fraction.HALF.ceilingOf(10));
        assertEquals(6, Fraction.HALF.ceilingOf(11));
        assertEquals(0, Fraction.HALF.ceilingOf(0));
        assertTrue(Fraction.UNDEFINED.compareTo(Fraction.ZERO) < 0);
        assertTrue(Fraction.ZERO.compareTo(Fraction.UNDEFINED) > 0);
        assertEquals(0, Fraction.UNDEFINED.compareTo(Fraction.UNDEFINED));
        assertTrue(Fraction.of(1, 3).compareTo(Fraction.HALF) < 0);
        assertTrue(Fraction.of(2, 3).compareTo(Fraction.HALF) > 0);
        assertEquals(new BigDecimal("0.333"), Fraction.of(1, 3).toBigDecimal(3));
        assertThrows(ArithmeticException.class, () -> Fraction.UNDEFINED.toBigDecimal(2));
        assertEquals("33.3%", Fraction.of(1, 3).toPercent(1));
        assertEquals("100%", Fraction.ONE.toPercent(0));
        assertNotEquals(Fraction.of(1, 3), Fraction.of(1, 4));
        assertNotEquals(Fraction.of(1, 3), Fraction.of(2, 3));
        assertNotEquals(Fraction.HALF, "1/2");
        assertNotEquals(Fraction.of(1, 3).hashCode(), Fraction.of(3, 1).hashCode());
    }
}
