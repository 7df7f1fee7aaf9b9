package org.dangjian.membership.disposal;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;
import org.dangjian.core.validation.InvalidInputException;
import org.dangjian.core.validation.Violations;

/**
 * A measure taken: which, on what day, its deadline (for a correction), and whether it resolved the case
 * (the member corrected, or withdrew), such as {@code CORRECTION_DEADLINE 2026-01-10 until 2026-07-10}.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class DisposalStep {
    private final DisposalMeasure measure;
    private final LocalDate date;
    private final LocalDate deadline;
    private final boolean resolved;

    private DisposalStep(DisposalMeasure measure, LocalDate date, LocalDate deadline, boolean resolved) {
        this.measure = measure;
        this.date = date;
        this.deadline = deadline;
        this.resolved = resolved;
    }

    /**
     * A step.
     *
     * @param measure the measure, not null
     * @param date the day it was decided, not null
     * @param deadline the correction deadline: required for a correction, absent otherwise, not null
     * @param resolved whether it resolved the case (corrected; withdrew)
     * @return the step, not null
     * @throws InvalidInputException listing a missing or misplaced deadline, or one before the decision
     */
    public static DisposalStep of(DisposalMeasure measure, LocalDate date, Optional<LocalDate> deadline,
            boolean resolved) {
        Objects.requireNonNull(measure, "measure");
        Objects.requireNonNull(date, "date");
        Violations v = new Violations();
        boolean correction = measure == DisposalMeasure.CORRECTION_DEADLINE;
        v.check(correction == deadline.isPresent(), "deadline", correction ? "a correction has a deadline"
                : "only a correction has a deadline", deadline.orElse(null));
        deadline.ifPresent(d -> v.check(d.isAfter(date), "deadline", "a deadline comes after the decision (" + date + ")",
                d));
        v.throwIfAny();
        return new DisposalStep(measure, date, deadline.orElse(null), resolved);
    }

    /** @return the measure, not null */
    public DisposalMeasure measure() {
        return measure;
    }

    /** @return the day it was decided, not null */
    public LocalDate date() {
        return date;
    }

    /** @return the correction deadline, not null */
    public Optional<LocalDate> deadline() {
        return Optional.ofNullable(deadline);
    }

    /** @return whether it resolved the case */
    public boolean isResolved() {
        return resolved;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof DisposalStep s && measure == s.measure && date.equals(s.date)
                && Objects.equals(deadline, s.deadline) && resolved == s.resolved;
    }

    @Override
    public int hashCode() {
        return Objects.hash(measure, date, deadline, resolved);
    }

    @Override
    public String toString() {
        return measure + " " + date + (deadline == null ? "" : " until " + deadline) + (resolved ? " resolved" : "");
    }
}
