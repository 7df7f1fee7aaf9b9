package org.dangjian.coverage.ledger;

import java.util.Objects;
import org.dangjian.core.code.Jurisdiction;
import org.dangjian.core.money.Fraction;
import org.dangjian.core.money.Rate;

/**
 * One jurisdiction against one target: the actual rate (with its parts), the target, and how many more units
 * would meet it, such as {@code 430102 ORGANIZATIONAL_COVERAGE 183/200 target 95% short by 7}.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class TargetResult {
    private final Jurisdiction jurisdiction;
    private final TargetMetric metric;
    private final long part;
    private final long whole;
    private final Rate target;
    private final long shortBy;

    private TargetResult(Jurisdiction jurisdiction, TargetMetric metric, long part, long whole, Rate target,
            long shortBy) {
        this.jurisdiction = Objects.requireNonNull(jurisdiction);
        this.metric = Objects.requireNonNull(metric);
        this.part = part;
        this.whole = whole;
        this.target = Objects.requireNonNull(target);
        this.shortBy = shortBy;
    }

    /**
     * A result.
     *
     * @param jurisdiction the jurisdiction, not null
     * @param metric the metric, not null
     * @param part the numerator
     * @param whole the denominator
     * @param target the target, not null
     * @param shortBy units still needed, 0 when met
     * @return the result, not null
     */
    public static TargetResult of(Jurisdiction jurisdiction, TargetMetric metric, long part, long whole, Rate target,
            long shortBy) {
        return new TargetResult(jurisdiction, metric, part, whole, target, shortBy);
    }

    /** @return the jurisdiction, not null */
    public Jurisdiction jurisdiction() {
        return jurisdiction;
    }

    /** @return the metric, not null */
    public TargetMetric metric() {
        return metric;
    }

    /** @return the numerator */
    public long part() {
        return part;
    }

    /** @return the denominator */
    public long whole() {
        return whole;
    }

    /** @return the actual rate, undefined when the denominator is 0, not null */
    public Fraction actual() {
        return Fraction.rate(part, whole);
    }

    /** @return the target, not null */
    public Rate target() {
        return target;
    }

    /** @return units still needed; 0 when met */
    public long shortBy() {
        return shortBy;
    }

    /** @return whether the target is met */
    public boolean isMet() {
        return shortBy == 0;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof TargetResult r && r.jurisdiction.equals(jurisdiction) && r.metric == metric
                && r.part == part && r.whole == whole && r.target.equals(target) && r.shortBy == shortBy;
    }

    @Override
    public int hashCode() {
        return Objects.hash(jurisdiction, metric, part, whole, target, shortBy);
    }

    /** @return such as {@code 430102 ORGANIZATIONAL_COVERAGE 183/200 target 95% short by 7} or {@code … met} */
    @Override
    public String toString() {
        return jurisdiction + " " + metric + " " + part + "/" + whole + " target " + target
                + (shortBy == 0 ? " met" : " short by " + shortBy);
    }
}
