package org.dangjian.core.parameter;

import java.time.LocalDate;
import java.util.Objects;

/**
 * A parameter value and the date from which it is in force.
 *
 * <p>This class is immutable and thread-safe if its value is.
 *
 * @param <T> the value type
 */
public final class DatedValue<T> {
    private final LocalDate effectiveFrom;
    private final T value;

    private DatedValue(LocalDate effectiveFrom, T value) {
        this.effectiveFrom = Objects.requireNonNull(effectiveFrom, "effectiveFrom");
        this.value = Objects.requireNonNull(value, "value");
    }

    /**
     * A dated value.
     *
     * @param <T> the value type
     * @param effectiveFrom the first day in force, not null
     * @param value the value, not null
     * @return the dated value, not null
     */
    public static <T> DatedValue<T> of(LocalDate effectiveFrom, T value) {
        return new DatedValue<>(effectiveFrom, value);
    }

    /** @return the first day in force, not null */
    public LocalDate effectiveFrom() {
        return effectiveFrom;
    }

    /** @return the value, not null */
    public T value() {
        return value;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof DatedValue<?> d && d.effectiveFrom.equals(effectiveFrom) && d.value.equals(value);
    }

    @Override
    public int hashCode() {
        return Objects.hash(effectiveFrom, value);
    }

    @Override
    public String toString() {
        return value + " from " + effectiveFrom;
    }
}
