package org.dangjian.assessment.scorecard;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.math.BigDecimal;
import java.math.RoundingMode;
import org.dangjian.core.validation.InvalidInputException;

/**
 * A number of points on a scorecard, exact to the hundredth, such as {@code 87.5}; also used for the measured
 * values a scorecard reads (a count of items, a percentage).
 *
 * <pre>{@code
 * Points.parse("87.5").plus(Points.of(2));   // 89.5
 * Points.parse("-3").isNegative();            // true
 * }</pre>
 *
 * <p>Kept as a {@code long} of hundredths so that scoring many records allocates little. {@link #parse}
 * reads what {@link #toString()} writes; JSON reads and writes a number. This class is immutable and
 * thread-safe.
 */
public final class Points implements Comparable<Points> {
    /** Zero points. */
    public static final Points ZERO = new Points(0);
    /** The largest magnitude accepted: a billion points. */
    private static final long LIMIT = 100_000_000_000L;

    private final long hundredths;

    private Points(long hundredths) {
        this.hundredths = hundredths;
    }

    /**
     * Points from hundredths.
     *
     * @param hundredths the hundredths, such as {@code 8750} for 87.5
     * @return the points, not null
     * @throws InvalidInputException beyond a billion points either way
     */
    public static Points ofHundredths(long hundredths) {
        if (hundredths > LIMIT || hundredths < -LIMIT) {
            throw InvalidInputException.of("", "points are at most a billion either way", hundredths / 100);
        }
        return hundredths == 0 ? ZERO : new Points(hundredths);
    }

    /**
     * Whole points.
     *
     * @param points the points
     * @return the points, not null
     */
    public static Points of(long points) {
        if (points > LIMIT / 100 || points < -LIMIT / 100) {
            throw InvalidInputException.of("", "points are at most a billion either way", points);
        }
        return ofHundredths(points * 100);
    }

    /**
     * Points from a decimal with at most two places.
     *
     * @param value the value, not null
     * @return the points, not null
     * @throws InvalidInputException with more than two decimal places or out of range
     */
    @JsonCreator
    public static Points of(BigDecimal value) {
        try {
            return ofHundredths(value.setScale(2, RoundingMode.UNNECESSARY).unscaledValue().longValueExact());
        } catch (ArithmeticException e) {
            throw InvalidInputException.of("", "points have at most two decimal places and a billion either way",
                    value.toPlainString());
        }
    }

    /**
     * Reads a decimal such as {@code 87.5} or {@code -3}.
     *
     * @param text the text, not null
     * @return the points, not null
     * @throws InvalidInputException when malformed
     */
    public static Points parse(CharSequence text) {
        try {
            return of(new BigDecimal(text.toString().strip()));
        } catch (NumberFormatException e) {
            throw InvalidInputException.of("", "points are written as a decimal such as 87.5", text.toString());
        }
    }

    /** @return the hundredths */
    public long hundredths() {
        return hundredths;
    }

    /** @return the value as a decimal, not null */
    @JsonValue
    public BigDecimal toBigDecimal() {
        BigDecimal d = BigDecimal.valueOf(hundredths, 2).stripTrailingZeros();
        return d.scale() < 0 ? d.setScale(0) : d;
    }

    /**
     * Adds points.
     *
     * @param other the points to add, not null
     * @return the sum, not null
     */
    public Points plus(Points other) {
        return other.hundredths == 0 ? this : ofHundredths(hundredths + other.hundredths);
    }

    /**
     * Subtracts points.
     *
     * @param other the points to subtract, not null
     * @return the difference, not null
     */
    public Points minus(Points other) {
        return other.hundredths == 0 ? this : ofHundredths(hundredths - other.hundredths);
    }

    /**
     * The smaller of two.
     *
     * @param other the other points, not null
     * @return the smaller, not null
     */
    public Points min(Points other) {
        return compareTo(other) <= 0 ? this : other;
    }

    /**
     * The larger of two.
     *
     * @param other the other points, not null
     * @return the larger, not null
     */
    public Points max(Points other) {
        return compareTo(other) >= 0 ? this : other;
    }

    /** @return the negated points, not null */
    public Points negated() {
        return ofHundredths(-hundredths);
    }

    /** @return whether below zero */
    public boolean isNegative() {
        return hundredths < 0;
    }

    /** @return whether above zero */
    public boolean isPositive() {
        return hundredths > 0;
    }

    /** @return whether zero */
    public boolean isZero() {
        return hundredths == 0;
    }

    /** @return whether a whole number of points */
    public boolean isWhole() {
        return hundredths % 100 == 0;
    }

    @Override
    public int compareTo(Points o) {
        return Long.compare(hundredths, o.hundredths);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Points p && p.hundredths == hundredths;
    }

    @Override
    public int hashCode() {
        return Long.hashCode(hundredths);
    }

    /** @return the plain decimal without trailing zeros, such as {@code 87.5}, {@code 90} or {@code -3.25} */
    @Override
    public String toString() {
        return format(hundredths);
    }

    /**
     * Writes hundredths as {@link #toString()} would, without creating a value.
     *
     * @param hundredths the hundredths
     * @return the text, not null
     */
    public static String format(long hundredths) {
        long abs = Math.abs(hundredths);
        StringBuilder sb = new StringBuilder(12);
        if (hundredths < 0) {
            sb.append('-');
        }
        sb.append(abs / 100);
        long frac = abs % 100;
        if (frac != 0) {
            sb.append('.');
            sb.append(frac / 10);
            if (frac % 10 != 0) {
                sb.append(frac % 10);
            }
        }
        return sb.toString();
    }
}
