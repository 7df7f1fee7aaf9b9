package org.dangjian.coverage.formation;

import java.util.List;
import java.util.Objects;
import org.dangjian.core.decision.Reason;
import org.dangjian.core.organization.FormationMethod;

/**
 * One formation method that fits an organization, with its rank (1 is best) and the reasons it fits, such as
 * {@code PARK} for a unit in a park whose Party organization can take it in.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class MethodOption {
    private final FormationMethod method;
    private final int rank;
    private final List<Reason> reasons;

    private MethodOption(FormationMethod method, int rank, List<Reason> reasons) {
        this.method = Objects.requireNonNull(method, "method");
        this.rank = rank;
        this.reasons = List.copyOf(reasons);
    }

    /**
     * An option.
     *
     * @param method the method, not null
     * @param rank the rank, 1 is best
     * @param reasons why it fits, not null
     * @return the option, not null
     */
    public static MethodOption of(FormationMethod method, int rank, List<Reason> reasons) {
        return new MethodOption(method, rank, reasons);
    }

    /** @return the method, not null */
    public FormationMethod method() {
        return method;
    }

    /** @return the rank, 1 is best */
    public int rank() {
        return rank;
    }

    /** @return why it fits, not null */
    public List<Reason> reasons() {
        return reasons;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof MethodOption m && m.method == method && m.rank == rank && m.reasons.equals(reasons);
    }

    @Override
    public int hashCode() {
        return Objects.hash(method, rank, reasons);
    }

    /** @return the method's name */
    @Override
    public String toString() {
        return method.name();
    }
}
