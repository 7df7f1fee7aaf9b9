package org.dangjian.core.money;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.RoundingMode;
import org.dangjian.core.validation.InvalidInputException;

/**
 * An exact non-negative fraction, such as a coverage rate {@code 183/200} or a quorum {@code 1/2}.
 *
 * <p>Rates are kept exact and only rendered as percentages ({@link #toPercent(int)}). {@link #parse} reads
 * what {@link #toString()} writes ({@code 3/4}). Equality is by value ({@code 2/4} equals {@code 1/2});
 * a zero denominator is allowed only as {@code 0/0}, the rate of an empty set, which {@link #isDefined()}
 * reports as undefined.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class Fraction implements Comparable<Fraction> {
    /** Zero. */
    public static final Fraction ZERO = new Fraction(0, 1);
    /** One. */
    public static final Fraction ONE = new Fraction(1, 1);
    /** One half: the majority and quorum threshold of the regulations. */
    public static final Fraction HALF = new Fraction(1, 2);
    /** The rate of an empty set: undefined. */
    public static final Fraction UNDEFINED = new Fraction(0, 0);

    private final long numerator;
    private final long denominator;

    private Fraction(long numerator, long denominator) {
        this.numerator = numerator;
        this.denominator = denominator;
    }

    /**
     * A fraction, reduced.
     *
     * @param numerator not negative
     * @param denominator positive, or 0 only with a zero numerator (undefined)
     * @return the fraction, not null
     * @throws InvalidInputException when negative or when the denominator is zero and the numerator is not
     */
    public static Fraction of(long numerator, long denominator) {
        if (numerator < 0 || denominator < 0) {
            throw InvalidInputException.of("", "a fraction's parts must not be negative", numerator + "/" + denominator);
        }
        if (denominator == 0) {
            if (numerator != 0) {
                throw InvalidInputException.of("", "a fraction's denominator must not be zero", numerator + "/0");
            }
            return UNDEFINED;
        }
        long g = gcd(numerator, denominator);
        return new Fraction(numerator / g, denominator / g);
    }

    /**
     * The rate of a part in a whole: {@code part / whole}, undefined when the whole is empty.
     *
     * @param part not negative, not above whole
     * @param whole not negative
     * @return the fraction, not null
     */
    public static Fraction rate(long part, long whole) {
        if (part > whole) {
            throw InvalidInputException.of("", "a part cannot exceed its whole", part + "/" + whole);
        }
        return of(part, whole);
    }

    /**
     * Parses {@code n/d} or a whole number.
     *
     * @param text the fraction, not null
     * @return the fraction, not null
     * @throws InvalidInputException when malformed
     */
    public static Fraction parse(CharSequence text) {
        String s = text.toString().strip();
        try {
            int slash = s.indexOf('/');
            if (slash < 0) {
                return of(Long.parseLong(s), 1);
            }
            return of(Long.parseLong(s.substring(0, slash)), Long.parseLong(s.substring(slash + 1)));
        } catch (NumberFormatException e) {
            throw InvalidInputException.of("", "a fraction is written such as 4/5", s);
        }
    }

    private static long gcd(long a, long b) {
        while (b != 0) {
            long t = a % b;
            a = b;
            b = t;
        }
        return a == 0 ? 1 : a;
    }

    /** @return the numerator (reduced) */
    public long numerator() {
        return numerator;
    }

    /** @return the denominator (reduced); 0 only when undefined */
    public long denominator() {
        return denominator;
    }

    /** @return false only for {@code 0/0}, the rate of an empty set */
    public boolean isDefined() {
        return denominator != 0;
    }

    /**
     * Whether {@code count / of} is strictly greater than this fraction, computed without rounding: “more
     * than half of 9” is {@code HALF.isExceededBy(5, 9)}.
     *
     * @param count the count
     * @param of the whole, positive
     * @return {@code count/of > this}
     */
    public boolean isExceededBy(long count, long of) {
        return BigInteger.valueOf(count).multiply(BigInteger.valueOf(denominator))
                .compareTo(BigInteger.valueOf(numerator).multiply(BigInteger.valueOf(of))) > 0;
    }

    /**
     * Whether {@code count / of} is at least this fraction.
     *
     * @param count the count
     * @param of the whole, positive
     * @return {@code count/of >= this}
     */
    public boolean isReachedBy(long count, long of) {
        return BigInteger.valueOf(count).multiply(BigInteger.valueOf(denominator))
                .compareTo(BigInteger.valueOf(numerator).multiply(BigInteger.valueOf(of))) >= 0;
    }

    /**
     * The smallest whole count {@code c} with {@code c / of >= this}: the count needed to reach a target.
     *
     * @param of the whole, not negative
     * @return the count needed
     */
    public long ceilingOf(long of) {
        BigInteger[] qr = BigInteger.valueOf(numerator).multiply(BigInteger.valueOf(of))
                .divideAndRemainder(BigInteger.valueOf(denominator));
        return qr[0].longValueExact() + (qr[1].signum() > 0 ? 1 : 0);
    }

    /**
     * Renders as a percentage, such as {@code 91.50%}; an undefined fraction renders as {@code —}.
     *
     * @param decimals digits after the point, half-up
     * @return the percentage, not null
     */
    public String toPercent(int decimals) {
        if (!isDefined()) {
            return "—";
        }
        return toBigDecimal(decimals + 2).movePointRight(2).setScale(decimals, RoundingMode.HALF_UP).toPlainString()
                + "%";
    }

    /**
     * The value as a decimal.
     *
     * @param scale digits after the point, half-up
     * @return the decimal, not null
     * @throws ArithmeticException when undefined
     */
    public BigDecimal toBigDecimal(int scale) {
        if (!isDefined()) {
            throw new ArithmeticException("undefined fraction 0/0");
        }
        return BigDecimal.valueOf(numerator).divide(BigDecimal.valueOf(denominator), scale, RoundingMode.HALF_UP);
    }

    /** An undefined fraction sorts before every defined one. */
    @Override
    public int compareTo(Fraction o) {
        if (!isDefined() || !o.isDefined()) {
            return Boolean.compare(isDefined(), o.isDefined());
        }
        return BigInteger.valueOf(numerator).multiply(BigInteger.valueOf(o.denominator))
                .compareTo(BigInteger.valueOf(o.numerator).multiply(BigInteger.valueOf(denominator)));
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Fraction f && f.numerator == numerator && f.denominator == denominator;
    }

    @Override
    public int hashCode() {
        return Long.hashCode(numerator) * 31 + Long.hashCode(denominator);
    }

    /** @return {@code n/d} */
    @Override
    public String toString() {
        return numerator + "/" + denominator;
    }
}
