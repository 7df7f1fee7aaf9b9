package org.dangjian.core.money;

import java.math.BigDecimal;
import org.dangjian.core.validation.InvalidInputException;

/**
 * A percentage rate, such as {@code 1.5%}, exact to a ten-thousandth of a percent (held in millionths).
 *
 * <p>{@link #parse(CharSequence)} reads what {@link #toString()} writes ({@code 0.5%}, {@code 2%},
 * {@code 12.3456%}). This class is immutable and thread-safe.
 */
public final class Rate implements Comparable<Rate> {
    static final long ONE_MILLION = 1_000_000L;

    /** Zero percent. */
    public static final Rate ZERO = new Rate(0);
    /** One hundred percent. */
    public static final Rate ONE_HUNDRED_PERCENT = new Rate(ONE_MILLION);

    private final long millionths;

    private Rate(long millionths) {
        this.millionths = millionths;
    }

    /**
     * A rate in millionths: {@code 15000} is 1.5%.
     *
     * @param millionths the rate in millionths, not negative
     * @return the rate, not null
     * @throws InvalidInputException when negative
     */
    public static Rate ofMillionths(long millionths) {
        if (millionths < 0) {
            throw InvalidInputException.of("", "a rate must not be negative", millionths);
        }
        return millionths == 0 ? ZERO : new Rate(millionths);
    }

    /**
     * Parses a percentage, such as {@code "1.5%"} (the {@code %} sign is required).
     *
     * @param text the percentage, not null
     * @return the rate, not null
     * @throws InvalidInputException when malformed, negative, or finer than 0.0001%
     */
    public static Rate parse(CharSequence text) {
        String s = text.toString().strip();
        if (!s.endsWith("%") || s.length() < 2 || s.length() > 24) {
            throw InvalidInputException.of("", "a rate is written as a percentage such as 1.5%", s);
        }
        try {
            BigDecimal pct = new BigDecimal(s.substring(0, s.length() - 1));
            return ofMillionths(pct.movePointRight(4).longValueExact());
        } catch (NumberFormatException | ArithmeticException e) {
            throw InvalidInputException.of("", "a rate is a percentage with at most four decimals, such as 1.5%", s);
        }
    }

    /**
     * A whole number of percent.
     *
     * @param percent the percent, not negative
     * @return the rate, not null
     */
    public static Rate percent(long percent) {
        return ofMillionths(Math.multiplyExact(percent, 10_000L));
    }

    /** @return the rate in millionths */
    public long millionths() {
        return millionths;
    }

    /** @return the rate as an exact fraction, not null */
    public Fraction toFraction() {
        return Fraction.of(millionths, ONE_MILLION);
    }

    @Override
    public int compareTo(Rate o) {
        return Long.compare(millionths, o.millionths);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Rate r && r.millionths == millionths;
    }

    @Override
    public int hashCode() {
        return Long.hashCode(millionths);
    }

    /** @return the percentage, such as {@code 1.5%} */
    @Override
    public String toString() {
        return BigDecimal.valueOf(millionths, 4).stripTrailingZeros().toPlainString() + "%";
    }
}
