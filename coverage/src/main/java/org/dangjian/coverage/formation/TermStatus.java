package org.dangjian.coverage.formation;

import java.time.LocalDate;
import java.time.Period;
import java.util.Objects;

/**
 * Where a Party organization stands in its term on a date: when the term expires, whether it has, and the
 * window in which re-election may be advanced or postponed with approval, such as
 * {@code expires 2026-06-01, window [2025-06-01, 2027-06-01], expired}.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class TermStatus {
    private final LocalDate termStart;
    private final Period length;
    private final LocalDate expiresOn;
    private final LocalDate earliestRenewal;
    private final LocalDate latestRenewal;
    private final boolean expired;

    private TermStatus(LocalDate termStart, Period length, LocalDate expiresOn, LocalDate earliestRenewal,
            LocalDate latestRenewal, boolean expired) {
        this.termStart = Objects.requireNonNull(termStart);
        this.length = Objects.requireNonNull(length);
        this.expiresOn = Objects.requireNonNull(expiresOn);
        this.earliestRenewal = Objects.requireNonNull(earliestRenewal);
        this.latestRenewal = Objects.requireNonNull(latestRenewal);
        this.expired = expired;
    }

    /**
     * A status.
     *
     * @param termStart the term's start, not null
     * @param length the term, not null
     * @param expiresOn the day the term is complete, not null
     * @param earliestRenewal the earliest re-election with approval, not null
     * @param latestRenewal the latest re-election with approval, not null
     * @param expired whether the term is complete on the as-of date
     * @return the status, not null
     */
    public static TermStatus of(LocalDate termStart, Period length, LocalDate expiresOn, LocalDate earliestRenewal,
            LocalDate latestRenewal, boolean expired) {
        return new TermStatus(termStart, length, expiresOn, earliestRenewal, latestRenewal, expired);
    }

    /** @return the term's start, not null */
    public LocalDate termStart() {
        return termStart;
    }

    /** @return the term's length, not null */
    public Period length() {
        return length;
    }

    /** @return the day the term is complete, not null */
    public LocalDate expiresOn() {
        return expiresOn;
    }

    /** @return the earliest re-election with approval, not null */
    public LocalDate earliestRenewal() {
        return earliestRenewal;
    }

    /** @return the latest re-election with approval, not null */
    public LocalDate latestRenewal() {
        return latestRenewal;
    }

    /** @return whether the term is complete on the as-of date */
    public boolean isExpired() {
        return expired;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof TermStatus t && t.termStart.equals(termStart) && t.length.equals(length)
                && t.expiresOn.equals(expiresOn) && t.earliestRenewal.equals(earliestRenewal)
                && t.latestRenewal.equals(latestRenewal) && t.expired == expired;
    }

    @Override
    public int hashCode() {
        return Objects.hash(termStart, length, expiresOn, earliestRenewal, latestRenewal, expired);
    }

    /** @return such as {@code expires 2026-06-01 window [2025-06-01, 2027-06-01] expired} */
    @Override
    public String toString() {
        return "expires " + expiresOn + " window [" + earliestRenewal + ", " + latestRenewal + "]"
                + (expired ? " expired" : " current");
    }
}
