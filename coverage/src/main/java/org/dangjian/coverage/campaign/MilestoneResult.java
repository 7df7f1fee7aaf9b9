package org.dangjian.coverage.campaign;

import java.util.Objects;

/**
 * A milestone's status on a date, such as {@code STANDALONE_FORMED by 2022-06-30: OVERDUE}.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class MilestoneResult {
    private final Milestone milestone;
    private final MilestoneStatus status;

    private MilestoneResult(Milestone milestone, MilestoneStatus status) {
        this.milestone = Objects.requireNonNull(milestone);
        this.status = Objects.requireNonNull(status);
    }

    /**
     * A result.
     *
     * @param milestone the milestone, not null
     * @param status its status, not null
     * @return the result, not null
     */
    public static MilestoneResult of(Milestone milestone, MilestoneStatus status) {
        return new MilestoneResult(milestone, status);
    }

    /** @return the milestone, not null */
    public Milestone milestone() {
        return milestone;
    }

    /** @return the status, not null */
    public MilestoneStatus status() {
        return status;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof MilestoneResult r && r.milestone.equals(milestone) && r.status == status;
    }

    @Override
    public int hashCode() {
        return Objects.hash(milestone, status);
    }

    /** @return such as {@code STANDALONE_FORMED by 2022-06-30: OVERDUE} */
    @Override
    public String toString() {
        return milestone + ": " + status;
    }
}
