package org.dangjian.core.band;

import java.util.Objects;

/**
 * One band of a {@link BandedTable}: an interval of keys and the value that applies to it, such as
 * {@code (3000.00, 5000.00] → 1%}.
 *
 * <p>This class is immutable and thread-safe if its value is.
 *
 * @param <K> the key type
 * @param <V> the value type
 */
public final class Band<K extends Comparable<? super K>, V> {
    private final Bound<K> lower;
    private final Bound<K> upper;
    private final V value;

    private Band(Bound<K> lower, Bound<K> upper, V value) {
        this.lower = Objects.requireNonNull(lower, "lower");
        this.upper = Objects.requireNonNull(upper, "upper");
        this.value = Objects.requireNonNull(value, "value");
    }

    /**
     * A band.
     *
     * @param <K> the key type
     * @param <V> the value type
     * @param lower the lower end, not null
     * @param upper the upper end, not null
     * @param value the value for keys in the band, not null
     * @return the band, not null
     */
    public static <K extends Comparable<? super K>, V> Band<K, V> of(Bound<K> lower, Bound<K> upper, V value) {
        return new Band<>(lower, upper, value);
    }

    /** @return the lower end, not null */
    public Bound<K> lower() {
        return lower;
    }

    /** @return the upper end, not null */
    public Bound<K> upper() {
        return upper;
    }

    /** @return the value, not null */
    public V value() {
        return value;
    }

    /**
     * Whether a key lies in the band.
     *
     * @param key the key, not null
     * @return whether lower ≤/&lt; key ≤/&lt; upper as the ends say
     */
    public boolean contains(K key) {
        if (!lower.isUnbounded()) {
            int c = key.compareTo(lower.value());
            if (c < 0 || (c == 0 && !lower.isInclusive())) {
                return false;
            }
        }
        if (!upper.isUnbounded()) {
            int c = key.compareTo(upper.value());
            return c < 0 || (c == 0 && upper.isInclusive());
        }
        return true;
    }

    /** @return whether no key can lie in the band */
    boolean isEmpty() {
        if (lower.isUnbounded() || upper.isUnbounded()) {
            return false;
        }
        int c = lower.value().compareTo(upper.value());
        return c > 0 || (c == 0 && !(lower.isInclusive() && upper.isInclusive()));
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Band<?, ?> b && lower.equals(b.lower) && upper.equals(b.upper) && value.equals(b.value);
    }

    @Override
    public int hashCode() {
        return Objects.hash(lower, upper, value);
    }

    /** @return the band's keys in interval notation, such as {@code (3000.00, 5000.00]}, not null */
    public String interval() {
        String lo = lower.isUnbounded() ? "(-∞" : (lower.isInclusive() ? "[" : "(") + lower.value();
        String hi = upper.isUnbounded() ? "+∞)" : upper.value() + (upper.isInclusive() ? "]" : ")");
        return lo + ", " + hi;
    }

    /** @return interval notation and value, such as {@code (3000.00, 5000.00] 1%} */
    @Override
    public String toString() {
        return interval() + " " + value;
    }
}
