package org.dangjian.coverage.campaign;

import java.time.LocalDate;
import java.util.Objects;

/**
 * A campaign milestone with its deadline, such as {@code LEDGER_BUILT by 2022-03-31}. The deadlines are the
 * campaign's own (from its work plan), not national figures.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class Milestone {
    private final MilestoneKind kind;
    private final LocalDate deadline;

    private Milestone(MilestoneKind kind, LocalDate deadline) {
        this.kind = Objects.requireNonNull(kind, "kind");
        this.deadline = Objects.requireNonNull(deadline, "deadline");
    }

    /**
     * A milestone.
     *
     * @param kind the kind, not null
     * @param deadline the last day, not null
     * @return the milestone, not null
     */
    public static Milestone of(MilestoneKind kind, LocalDate deadline) {
        return new Milestone(kind, deadline);
    }

    /** @return the kind, not null */
    public MilestoneKind kind() {
        return kind;
    }

    /** @return the last day, not null */
    public LocalDate deadline() {
        return deadline;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Milestone m && m.kind == kind && m.deadline.equals(deadline);
    }

    @Override
    public int hashCode() {
        return Objects.hash(kind, deadline);
    }

    /** @return such as {@code LEDGER_BUILT by 2022-03-31} */
    @Override
    public String toString() {
        return kind + " by " + deadline;
    }
}
