package org.dangjian.core.band;

import java.util.Objects;

/**
 * One end of a {@link Band}: a value, inclusive or exclusive, or unbounded.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param <K> the key type
 */
public final class Bound<K extends Comparable<? super K>> {
    private static final Bound<?> UNBOUNDED = new Bound<>(null, false);

    private final K value;
    private final boolean inclusive;

    private Bound(K value, boolean inclusive) {
        this.value = value;
        this.inclusive = inclusive;
    }

    /**
     * An inclusive bound (“以上”, “以下”, “含”).
     *
     * @param <K> the key type
     * @param value the value, not null
     * @return the bound, not null
     */
    public static <K extends Comparable<? super K>> Bound<K> inclusive(K value) {
        return new Bound<>(Objects.requireNonNull(value), true);
    }

    /**
     * An exclusive bound (“不足”, “低于”, “超过”).
     *
     * @param <K> the key type
     * @param value the value, not null
     * @return the bound, not null
     */
    public static <K extends Comparable<? super K>> Bound<K> exclusive(K value) {
        return new Bound<>(Objects.requireNonNull(value), false);
    }

    /**
     * No bound.
     *
     * @param <K> the key type
     * @return the unbounded end, not null
     */
    @SuppressWarnings("unchecked")
    public static <K extends Comparable<? super K>> Bound<K> unbounded() {
        return (Bound<K>) UNBOUNDED;
    }

    /** @return whether this end is unbounded */
    public boolean isUnbounded() {
        return value == null;
    }

    /** @return the value, or null when unbounded */
    public K value() {
        return value;
    }

    /** @return whether the value itself belongs to the band */
    public boolean isInclusive() {
        return inclusive;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Bound<?> b && Objects.equals(value, b.value) && inclusive == b.inclusive;
    }

    @Override
    public int hashCode() {
        return Objects.hash(value, inclusive);
    }

    @Override
    public String toString() {
        return value == null ? "∞" : value + (inclusive ? " incl." : " excl.");
    }
}
