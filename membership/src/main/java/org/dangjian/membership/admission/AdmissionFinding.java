package org.dangjian.membership.admission;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;
import org.dangjian.core.decision.Outcome;
import org.dangjian.core.decision.Reason;

/**
 * One problem the admission validator found: the step, whether it breaks a rule or lacks a figure, the reason
 * (with its rule and citation), and the earliest day the step could have happened and the deadline it had to
 * meet, where the rules set them. For example {@code DEVELOPMENT_CANDIDATE NON_COMPLIANT MEM-ADM-005 … earliest
 * 2025-04-10}.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class AdmissionFinding {
    private final AdmissionStep step;
    private final Outcome outcome;
    private final Reason reason;
    private final LocalDate earliest;
    private final LocalDate deadline;

    AdmissionFinding(AdmissionStep step, Outcome outcome, Reason reason, LocalDate earliest, LocalDate deadline) {
        this.step = Objects.requireNonNull(step, "step");
        this.outcome = Objects.requireNonNull(outcome, "outcome");
        this.reason = Objects.requireNonNull(reason, "reason");
        this.earliest = earliest;
        this.deadline = deadline;
    }

    /** @return the step concerned, not null */
    public AdmissionStep step() {
        return step;
    }

    /** @return NON_COMPLIANT, or INSUFFICIENT_DATA when a local figure is missing, not null */
    public Outcome outcome() {
        return outcome;
    }

    /** @return the reason with its rule and citation, not null */
    public Reason reason() {
        return reason;
    }

    /** @return the rule id, not null */
    public String ruleId() {
        return reason.ruleId();
    }

    /** @return the earliest day the step may happen, where a rule sets one, not null */
    public Optional<LocalDate> earliest() {
        return Optional.ofNullable(earliest);
    }

    /** @return the last day the step may happen, where a rule sets one, not null */
    public Optional<LocalDate> deadline() {
        return Optional.ofNullable(deadline);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof AdmissionFinding f && step == f.step && outcome == f.outcome && reason.equals(f.reason)
                && Objects.equals(earliest, f.earliest) && Objects.equals(deadline, f.deadline);
    }

    @Override
    public int hashCode() {
        return Objects.hash(step, outcome, reason, earliest, deadline);
    }

    @Override
    public String toString() {
        return step + " " + outcome + " " + reason + (earliest == null ? "" : " earliest " + earliest)
                + (deadline == null ? "" : " deadline " + deadline);
    }
}
