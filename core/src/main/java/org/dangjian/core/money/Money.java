package org.dangjian.core.money;

import java.math.BigDecimal;
import java.math.RoundingMode;
import org.dangjian.core.validation.InvalidInputException;

/**
 * An exact amount of renminbi held as a whole number of fen, such as {@code 6800.00}.
 *
 * <p>{@link #parse(CharSequence)} reads what {@link #toString()} writes: an optional minus sign, yuan, and at
 * most two decimals ({@code 6800}, {@code 6800.5}, {@code 6800.50}); equality ignores how many decimals were
 * written. Arithmetic is exact and overflow-checked; percentages round by a declared {@link RoundingMode}.
 * No {@code double} is involved anywhere.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class Money implements Comparable<Money> {
    /** Zero yuan. */
    public static final Money ZERO = new Money(0);

    private final long fen;

    private Money(long fen) {
        this.fen = fen;
    }

    /**
     * An amount in fen.
     *
     * @param fen the amount in fen (1 yuan = 100 fen)
     * @return the amount, not null
     */
    public static Money ofFen(long fen) {
        return fen == 0 ? ZERO : new Money(fen);
    }

    /**
     * An amount in whole yuan.
     *
     * @param yuan the amount in yuan
     * @return the amount, not null
     * @throws ArithmeticException on overflow
     */
    public static Money ofYuan(long yuan) {
        return ofFen(Math.multiplyExact(yuan, 100L));
    }

    /**
     * Parses a yuan amount, such as {@code "6800.00"}; a synonym of {@link #parse(CharSequence)}.
     *
     * @param text the amount, not null
     * @return the amount, not null
     * @throws InvalidInputException when the text is not an amount with at most two decimals
     */
    public static Money yuan(String text) {
        return parse(text);
    }

    /**
     * Parses what {@link #toString()} writes.
     *
     * @param text an optional {@code -}, digits, optionally {@code .} and one or two digits; not null
     * @return the amount, not null
     * @throws InvalidInputException when the text is malformed, has more than two decimals or overflows
     */
    public static Money parse(CharSequence text) {
        String s = text.toString();
        int n = s.length();
        int i = 0;
        boolean negative = false;
        if (n > 0 && s.charAt(0) == '-') {
            negative = true;
            i = 1;
        }
        long yuan = 0;
        int intDigits = 0;
        while (i < n && s.charAt(i) >= '0' && s.charAt(i) <= '9') {
            if (intDigits >= 16) {
                throw InvalidInputException.of("", "amount out of range (at most 16 digits of yuan)", s);
            }
            yuan = yuan * 10 + (s.charAt(i) - '0');
            intDigits++;
            i++;
        }
        long cents = 0;
        int decimals = 0;
        if (i < n && s.charAt(i) == '.') {
            i++;
            while (i < n && s.charAt(i) >= '0' && s.charAt(i) <= '9') {
                if (decimals == 2) {
                    throw InvalidInputException.of("", "an amount has at most two decimals (fen)", s);
                }
                cents = cents * 10 + (s.charAt(i) - '0');
                decimals++;
                i++;
            }
            if (decimals == 0) {
                throw InvalidInputException.of("", "a decimal point must be followed by digits, such as 6800.00", s);
            }
        }
        if (i != n || intDigits == 0) {
            throw InvalidInputException.of("", "not a yuan amount; write it such as 6800.00", s);
        }
        if (decimals == 1) {
            cents *= 10;
        }
        long total = yuan * 100 + cents;
        return ofFen(negative ? -total : total);
    }

    /**
     * Converts an exact decimal of yuan.
     *
     * @param yuan the amount, with at most two decimals after stripping trailing zeros, not null
     * @return the amount, not null
     * @throws InvalidInputException when the amount has fractions of a fen or overflows
     */
    public static Money from(BigDecimal yuan) {
        try {
            return ofFen(yuan.movePointRight(2).longValueExact());
        } catch (ArithmeticException e) {
            throw InvalidInputException.of("", "an amount must be whole fen and within range", yuan.toPlainString());
        }
    }

    /** @return the amount in fen */
    public long fen() {
        return fen;
    }

    /** @return the amount as a decimal of yuan with scale 2, not null */
    public BigDecimal toBigDecimal() {
        return BigDecimal.valueOf(fen, 2);
    }

    /**
     * Adds.
     *
     * @param other the amount to add, not null
     * @return the sum (this when other is zero), not null
     * @throws ArithmeticException on overflow
     */
    public Money plus(Money other) {
        return other.fen == 0 ? this : ofFen(Math.addExact(fen, other.fen));
    }

    /**
     * Subtracts.
     *
     * @param other the amount to subtract, not null
     * @return the difference (this when other is zero), not null
     * @throws ArithmeticException on overflow
     */
    public Money minus(Money other) {
        return other.fen == 0 ? this : ofFen(Math.subtractExact(fen, other.fen));
    }

    /**
     * Multiplies by a whole number.
     *
     * @param factor the factor
     * @return the product (this when the factor is 1), not null
     * @throws ArithmeticException on overflow
     */
    public Money times(long factor) {
        return factor == 1 ? this : ofFen(Math.multiplyExact(fen, factor));
    }

    /**
     * Applies a rate, rounding to the fen: {@code 5100.00 × 1.5% = 76.50}.
     *
     * @param rate the rate, not null
     * @param rounding how a fraction of a fen rounds, not null; {@link RoundingMode#UNNECESSARY} throws when
     *     rounding is needed
     * @return the amount, not null
     * @throws ArithmeticException on overflow, or when rounding is UNNECESSARY and needed
     */
    public Money times(Rate rate, RoundingMode rounding) {
        return ofFen(divide(Math.multiplyExact(fen, rate.millionths()), Rate.ONE_MILLION, rounding));
    }

    /**
     * Divides by a whole number, rounding to the fen (an average).
     *
     * @param divisor the divisor, positive
     * @param rounding the rounding mode, not null
     * @return the quotient, not null
     */
    public Money dividedBy(long divisor, RoundingMode rounding) {
        if (divisor <= 0) {
            throw new IllegalArgumentException("divisor must be positive: " + divisor);
        }
        return ofFen(divide(fen, divisor, rounding));
    }

    /**
     * Exact long division with a rounding mode, as {@link BigDecimal} would round, without allocating.
     *
     * @param dividend the dividend
     * @param divisor the divisor, positive
     * @param mode the rounding mode, not null
     * @return the rounded quotient
     */
    static long divide(long dividend, long divisor, RoundingMode mode) {
        long q = dividend / divisor;
        long r = dividend % divisor;
        if (r == 0) {
            return q;
        }
        int sign = dividend < 0 ? -1 : 1;
        long twice = Math.abs(r) * 2;
        int cmpHalf = Long.compare(twice, divisor);
        boolean awayFromZero;
        switch (mode) {
            case UP:
                awayFromZero = true;
                break;
            case DOWN:
                awayFromZero = false;
                break;
            case CEILING:
                awayFromZero = sign > 0;
                break;
            case FLOOR:
                awayFromZero = sign < 0;
                break;
            case HALF_UP:
                awayFromZero = cmpHalf >= 0;
                break;
            case HALF_DOWN:
                awayFromZero = cmpHalf > 0;
                break;
            case HALF_EVEN:
                awayFromZero = cmpHalf > 0 || (cmpHalf == 0 && (q & 1) != 0);
                break;
            case UNNECESSARY:
            default:
                throw new ArithmeticException("rounding necessary: " + dividend + " / " + divisor);
        }
        return awayFromZero ? q + sign : q;
    }

    /** @return whether the amount is zero */
    public boolean isZero() {
        return fen == 0;
    }

    /** @return whether the amount is below zero */
    public boolean isNegative() {
        return fen < 0;
    }

    /** @return whether the amount is above zero */
    public boolean isPositive() {
        return fen > 0;
    }

    /**
     * The larger of two amounts.
     *
     * @param other the other amount, not null
     * @return the larger, not null
     */
    public Money max(Money other) {
        return fen >= other.fen ? this : other;
    }

    /**
     * The smaller of two amounts.
     *
     * @param other the other amount, not null
     * @return the smaller, not null
     */
    public Money min(Money other) {
        return fen <= other.fen ? this : other;
    }

    @Override
    public int compareTo(Money o) {
        return Long.compare(fen, o.fen);
    }

    /**
     * Whether this amount is greater than another.
     *
     * @param other the other amount, not null
     * @return {@code this > other}
     */
    public boolean isGreaterThan(Money other) {
        return fen > other.fen;
    }

    /**
     * Whether this amount is less than another.
     *
     * @param other the other amount, not null
     * @return {@code this < other}
     */
    public boolean isLessThan(Money other) {
        return fen < other.fen;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Money m && m.fen == fen;
    }

    @Override
    public int hashCode() {
        return Long.hashCode(fen);
    }

    /** @return yuan with two decimals, such as {@code 6800.00} or {@code -0.05} */
    @Override
    public String toString() {
        long abs = Math.abs(fen);
        long cents = abs % 100;
        String s = (abs / 100) + (cents < 10 ? ".0" : ".") + cents;
        return fen < 0 ? "-" + s : s;
    }
}
