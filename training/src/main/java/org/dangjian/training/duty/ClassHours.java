package org.dangjian.training.duty;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.math.BigDecimal;
import org.dangjian.core.validation.InvalidInputException;

/**
 * A number of class hours (学时), exact to a tenth of an hour, such as {@code 32} or {@code 1.5}.
 *
 * <p>{@link #parse(CharSequence)} reads what {@link #toString()} writes. Sums are exact, so hours add up
 * across roll-ups. This class is immutable and thread-safe.
 */
public final class ClassHours implements Comparable<ClassHours> {
    /** No hours. */
    public static final ClassHours ZERO = new ClassHours(0);
    /** The most hours one record may carry (a year of full days). */
    public static final long MAX_TENTHS = 366L * 24 * 10;

    private final long tenths;

    private ClassHours(long tenths) {
        this.tenths = tenths;
    }

    /**
     * Whole hours.
     *
     * @param hours the hours, not negative
     * @return the hours, not null
     * @throws InvalidInputException when negative
     */
    public static ClassHours of(long hours) {
        return ofTenths(Math.multiplyExact(hours, 10));
    }

    /**
     * Tenths of an hour.
     *
     * @param tenths the tenths, not negative
     * @return the hours, not null
     * @throws InvalidInputException when negative
     */
    public static ClassHours ofTenths(long tenths) {
        if (tenths < 0) {
            throw InvalidInputException.of("", "class hours must not be negative", tenths / 10.0);
        }
        return tenths == 0 ? ZERO : new ClassHours(tenths);
    }

    /**
     * Reads hours written as {@code 32} or {@code 1.5}.
     *
     * @param text the text, not null
     * @return the hours, not null
     * @throws InvalidInputException when not a non-negative number with at most one decimal
     */
    @JsonCreator
    public static ClassHours parse(CharSequence text) {
        String s = text.toString().strip();
        try {
            BigDecimal d = new BigDecimal(s);
            if (d.signum() < 0 || d.stripTrailingZeros().scale() > 1) {
                throw InvalidInputException.of("", "class hours are not negative and exact to a tenth, such as 1.5", s);
            }
            return ofTenths(d.movePointRight(1).longValueExact());
        } catch (NumberFormatException | ArithmeticException e) {
            throw InvalidInputException.of("", "class hours are written such as 32 or 1.5", s);
        }
    }

    /** @return the tenths of an hour */
    public long tenths() {
        return tenths;
    }

    /**
     * Adds hours.
     *
     * @param other the hours to add, not null
     * @return the sum, not null
     */
    public ClassHours plus(ClassHours other) {
        return other.tenths == 0 ? this : new ClassHours(Math.addExact(tenths, other.tenths));
    }

    /**
     * How many hours this falls short of a requirement.
     *
     * @param required the requirement, not null
     * @return the shortfall, zero when met, not null
     */
    public ClassHours shortOf(ClassHours required) {
        return required.tenths <= tenths ? ZERO : new ClassHours(required.tenths - tenths);
    }

    /**
     * Whether this meets a requirement (“不少于”: at least).
     *
     * @param required the requirement, not null
     * @return whether this is at least the requirement
     */
    public boolean meets(ClassHours required) {
        return tenths >= required.tenths;
    }

    @Override
    public int compareTo(ClassHours o) {
        return Long.compare(tenths, o.tenths);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof ClassHours h && h.tenths == tenths;
    }

    @Override
    public int hashCode() {
        return Long.hashCode(tenths);
    }

    /** @return such as {@code 32} or {@code 1.5} */
    @JsonValue
    @Override
    public String toString() {
        return tenths % 10 == 0 ? String.valueOf(tenths / 10) : (tenths / 10) + "." + (tenths % 10);
    }
}
