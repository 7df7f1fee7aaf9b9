package org.dangjian.membership.admission;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * What the admission validator says about a record on a date: every finding, the next step with the earliest
 * day it may happen and its deadline, and the day probation expires once the member is admitted. For example
 * {@code next APPROVAL from 2026-03-10 by 2026-06-10; 0 findings}.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class AdmissionReport {
    private final List<AdmissionFinding> findings;
    private final AdmissionStep nextStep;
    private final LocalDate nextEarliest;
    private final LocalDate nextDeadline;
    private final LocalDate probationExpiry;

    AdmissionReport(List<AdmissionFinding> findings, AdmissionStep nextStep, LocalDate nextEarliest,
            LocalDate nextDeadline, LocalDate probationExpiry) {
        this.findings = List.copyOf(findings);
        this.nextStep = nextStep;
        this.nextEarliest = nextEarliest;
        this.nextDeadline = nextDeadline;
        this.probationExpiry = probationExpiry;
    }

    /** @return every finding, in the order of the steps, not null */
    public List<AdmissionFinding> findings() {
        return findings;
    }

    /** @return the next step to take; empty when the process is complete or ended, not null */
    public Optional<AdmissionStep> nextStep() {
        return Optional.ofNullable(nextStep);
    }

    /** @return the earliest day the next step may happen, not null */
    public Optional<LocalDate> nextEarliest() {
        return Optional.ofNullable(nextEarliest);
    }

    /** @return the deadline of the next step, where a rule sets one, not null */
    public Optional<LocalDate> nextDeadline() {
        return Optional.ofNullable(nextDeadline);
    }

    /** @return the day probation expires (with any extension), once admitted, not null */
    public Optional<LocalDate> probationExpiry() {
        return Optional.ofNullable(probationExpiry);
    }

    /** @return the ids of the rules found broken or lacking data, in order, not null */
    public List<String> findingRuleIds() {
        return findings.stream().map(AdmissionFinding::ruleId).distinct().toList();
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof AdmissionReport r && findings.equals(r.findings) && nextStep == r.nextStep
                && Objects.equals(nextEarliest, r.nextEarliest) && Objects.equals(nextDeadline, r.nextDeadline)
                && Objects.equals(probationExpiry, r.probationExpiry);
    }

    @Override
    public int hashCode() {
        return Objects.hash(findings, nextStep, nextEarliest, nextDeadline, probationExpiry);
    }

    /** @return such as {@code next APPROVAL from 2026-03-10 by 2026-06-10; 0 findings} */
    @Override
    public String toString() {
        return (nextStep == null ? "complete" : "next " + nextStep + (nextEarliest == null ? "" : " from " + nextEarliest)
                + (nextDeadline == null ? "" : " by " + nextDeadline)) + "; " + findings.size() + " findings";
    }
}
