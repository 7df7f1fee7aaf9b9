package org.dangjian.core.band;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.Function;
import org.dangjian.core.validation.InvalidInputException;
import org.dangjian.core.validation.Violation;
import org.dangjian.core.validation.Violations;

/**
 * A table of bands over an ordered key, such as the dues bands of 党费规定 Art 2:
 * {@code [0.00, 3000.00] 0.5%; (3000.00, 5000.00] 1%; (5000.00, 10000.00] 1.5%; (10000.00, +∞) 2%}.
 *
 * <p>Every edge is explicitly inclusive or exclusive. Construction checks that the bands are ordered, have no
 * gap and no overlap, and cover the whole domain: the first band starts at the domain's lower end and the last
 * ends at its upper end (or is unbounded). Because every version of a dated parameter is built through
 * {@link #of}, every version of a table is checked the same way.
 *
 * <p>{@link #parse} reads what {@link #toString()} writes. This class is immutable and thread-safe if its
 * keys and values are.
 *
 * @param <K> the key type
 * @param <V> the value type
 */
public final class BandedTable<K extends Comparable<? super K>, V> {
    private final Bound<K> domainLower;
    private final Bound<K> domainUpper;
    private final List<Band<K, V>> bands;
    private final Band<K, V>[] array;

    @SuppressWarnings({"unchecked", "rawtypes"})
    private BandedTable(Bound<K> domainLower, Bound<K> domainUpper, List<Band<K, V>> bands) {
        this.domainLower = domainLower;
        this.domainUpper = domainUpper;
        this.bands = List.copyOf(bands);
        this.array = this.bands.toArray(new Band[0]);
    }

    /**
     * A table over a domain.
     *
     * @param <K> the key type
     * @param <V> the value type
     * @param domainLower the domain's lower end (such as inclusive 0.00), not null
     * @param domainUpper the domain's upper end, or {@link Bound#unbounded()}, not null
     * @param bands the bands in order, not null, not empty
     * @return the table, not null
     * @throws InvalidInputException listing every gap, overlap, disorder or uncovered end
     */
    public static <K extends Comparable<? super K>, V> BandedTable<K, V> of(Bound<K> domainLower, Bound<K> domainUpper,
            List<Band<K, V>> bands) {
        Violations v = new Violations();
        if (bands.isEmpty()) {
            v.add(Violation.of("bands", "a banded table needs at least one band", null));
            v.throwIfAny();
        }
        for (int i = 0; i < bands.size(); i++) {
            if (bands.get(i).isEmpty()) {
                v.add(Violation.of("bands[" + i + "]", "band is empty: its lower end is not below its upper end",
                        bands.get(i)));
            }
        }
        Band<K, V> first = bands.get(0);
        if (!first.lower().equals(domainLower)) {
            v.add(Violation.of("bands[0]", "the first band must start at the domain's lower end "
                    + describe(domainLower, true), first));
        }
        Band<K, V> last = bands.get(bands.size() - 1);
        if (!last.upper().equals(domainUpper)) {
            v.add(Violation.of("bands[" + (bands.size() - 1) + "]", "the last band must end at the domain's upper end "
                    + describe(domainUpper, false), last));
        }
        for (int i = 1; i < bands.size(); i++) {
            Bound<K> up = bands.get(i - 1).upper();
            Bound<K> lo = bands.get(i).lower();
            String path = "bands[" + i + "]";
            if (up.isUnbounded() || lo.isUnbounded()) {
                v.add(Violation.of(path, "only the first band may be open below and only the last open above",
                        bands.get(i)));
                continue;
            }
            int c = up.value().compareTo(lo.value());
            if (c < 0) {
                v.add(Violation.of(path, "gap between " + up.value() + " and " + lo.value()
                        + ": the next band must start where the previous one ends", bands.get(i)));
            } else if (c > 0) {
                v.add(Violation.of(path, "bands overlap or are out of order: starts at " + lo.value()
                        + " before the previous band ends at " + up.value(), bands.get(i)));
            } else if (up.isInclusive() == lo.isInclusive()) {
                v.add(Violation.of(path, up.isInclusive()
                        ? "overlap at " + up.value() + ": both bands include it; make one end exclusive"
                        : "gap at " + up.value() + ": neither band includes it; make one end inclusive", bands.get(i)));
            }
        }
        v.throwIfAny();
        return new BandedTable<>(domainLower, domainUpper, bands);
    }

    private static String describe(Bound<?> b, boolean lower) {
        if (b.isUnbounded()) {
            return lower ? "-∞" : "+∞";
        }
        return (lower ? (b.isInclusive() ? "[" : "(") + b.value() : b.value() + (b.isInclusive() ? "]" : ")"));
    }

    /**
     * Parses the text {@link #toString()} writes: bands separated by {@code ;}, each in interval notation
     * followed by its value, such as {@code [0.00, 3000.00] 0.5%; (3000.00, +∞) 1%}.
     *
     * @param <K> the key type
     * @param <V> the value type
     * @param text the table, not null
     * @param domainLower the domain's lower end, not null
     * @param domainUpper the domain's upper end, not null
     * @param key parses a key, not null
     * @param value parses a value, not null
     * @return the table, not null
     * @throws InvalidInputException when malformed or not a valid table
     */
    public static <K extends Comparable<? super K>, V> BandedTable<K, V> parse(CharSequence text, Bound<K> domainLower,
            Bound<K> domainUpper, Function<String, K> key, Function<String, V> value) {
        List<Band<K, V>> bands = new ArrayList<>();
        Violations v = new Violations();
        String[] parts = text.toString().split(";");
        for (int i = 0; i < parts.length; i++) {
            String p = parts[i].strip();
            String path = "bands[" + i + "]";
            try {
                char open = p.isEmpty() ? ' ' : p.charAt(0);
                int close = Math.max(p.indexOf(']'), p.indexOf(')'));
                int comma = p.indexOf(',');
                if ((open != '[' && open != '(') || comma < 0 || close < comma) {
                    v.add(Violation.of(path, "a band is written such as (3000.00, 5000.00] 1%", p));
                    continue;
                }
                String lo = p.substring(1, comma).strip();
                String hi = p.substring(comma + 1, close).strip();
                char closeChar = p.charAt(close);
                String val = p.substring(close + 1).strip();
                Bound<K> lower = lo.equals("-∞") || lo.equals("-inf") ? Bound.unbounded()
                        : open == '[' ? Bound.inclusive(key.apply(lo)) : Bound.exclusive(key.apply(lo));
                Bound<K> upper = hi.equals("+∞") || hi.equals("∞") || hi.equals("+inf") ? Bound.unbounded()
                        : closeChar == ']' ? Bound.inclusive(key.apply(hi)) : Bound.exclusive(key.apply(hi));
                bands.add(Band.of(lower, upper, value.apply(val)));
            } catch (InvalidInputException e) {
                v.addAll(path, e);
            }
        }
        v.throwIfAny();
        return of(domainLower, domainUpper, bands);
    }

    /** @return the bands in order, not null */
    public List<Band<K, V>> bands() {
        return bands;
    }

    /** @return the domain's lower end, not null */
    public Bound<K> domainLower() {
        return domainLower;
    }

    /** @return the domain's upper end, not null */
    public Bound<K> domainUpper() {
        return domainUpper;
    }

    /**
     * The band a key falls in.
     *
     * @param key the key, not null
     * @return the band, not null
     * @throws InvalidInputException when the key is outside the domain
     */
    public Band<K, V> bandOf(K key) {
        Objects.requireNonNull(key, "key");
        for (Band<K, V> b : array) {
            if (b.contains(key)) {
                return b;
            }
        }
        throw InvalidInputException.of("", "outside the table's domain " + describe(domainLower, true) + ", "
                + describe(domainUpper, false), key);
    }

    /**
     * The value that applies to a key.
     *
     * @param key the key, not null
     * @return the band's value, not null
     * @throws InvalidInputException when the key is outside the domain
     */
    public V valueOf(K key) {
        return bandOf(key).value();
    }

    /**
     * Transforms every value, keeping the bands.
     *
     * @param <W> the new value type
     * @param f the function, not null
     * @return the new table, not null
     */
    public <W> BandedTable<K, W> mapValues(Function<? super V, ? extends W> f) {
        List<Band<K, W>> l = new ArrayList<>();
        for (Band<K, V> b : bands) {
            l.add(Band.of(b.lower(), b.upper(), f.apply(b.value())));
        }
        return new BandedTable<>(domainLower, domainUpper, l);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof BandedTable<?, ?> t && domainLower.equals(t.domainLower)
                && domainUpper.equals(t.domainUpper) && bands.equals(t.bands);
    }

    @Override
    public int hashCode() {
        return bands.hashCode();
    }

    /** @return the bands separated by {@code ; } */
    @Override
    public String toString() {
        StringBuilder sb = new StringBuilder();
        for (Band<K, V> b : bands) {
            if (sb.length() > 0) {
                sb.append("; ");
            }
            sb.append(b);
        }
        return sb.toString();
    }
}
