package org.dangjian.membership.dues;

import java.time.YearMonth;
import java.util.Objects;
import java.util.Optional;
import org.dangjian.core.money.Money;

/**
 * Where a dues account stands in a month: expected and paid to date, arrears or advance, the months still
 * open, and the months in a row unpaid without good reason, such as
 * {@code M-0001 2026-06: expected 612.00, paid 408.00, arrears 204.00, 2 months unpaid in a row}.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class DuesStanding {
    private final String memberRef;
    private final YearMonth asOf;
    private final Money expected;
    private final Money paid;
    private final int openMonths;
    private final int consecutiveUnpaidMonths;
    private final YearMonth paidThrough;
    private final Money voluntary;

    DuesStanding(String memberRef, YearMonth asOf, Money expected, Money paid, int openMonths,
            int consecutiveUnpaidMonths, YearMonth paidThrough, Money voluntary) {
        this.voluntary = voluntary;
        this.memberRef = memberRef;
        this.asOf = asOf;
        this.expected = expected;
        this.paid = paid;
        this.openMonths = openMonths;
        this.consecutiveUnpaidMonths = consecutiveUnpaidMonths;
        this.paidThrough = paidThrough;
    }

    /** @return the member's reference, not null */
    public String memberRef() {
        return memberRef;
    }

    /** @return the month assessed, not null */
    public YearMonth asOf() {
        return asOf;
    }

    /** @return dues expected from the start through {@link #asOf()}, not null */
    public Money expected() {
        return expected;
    }

    /** @return payments made through {@link #asOf()}, not null */
    public Money paid() {
        return paid;
    }

    /** @return voluntary extra dues paid through {@link #asOf()}, recorded apart, not null */
    public Money voluntary() {
        return voluntary;
    }

    /** @return what is owed, zero when none, not null */
    public Money arrears() {
        return expected.isGreaterThan(paid) ? expected.minus(paid) : Money.ZERO;
    }

    /** @return what was paid ahead, zero when none, not null */
    public Money advance() {
        return paid.isGreaterThan(expected) ? paid.minus(expected) : Money.ZERO;
    }

    /** @return months due and not covered by payments (oldest first covered) */
    public int openMonths() {
        return openMonths;
    }

    /** @return the latest months in a row not covered and not excused by a good reason */
    public int consecutiveUnpaidMonths() {
        return consecutiveUnpaidMonths;
    }

    /** @return the last month payments cover, empty when none is covered, not null */
    public Optional<YearMonth> paidThrough() {
        return Optional.ofNullable(paidThrough);
    }

    /** @return whether anything is owed */
    public boolean isInArrears() {
        return arrears().isPositive();
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof DuesStanding s && memberRef.equals(s.memberRef) && asOf.equals(s.asOf)
                && expected.equals(s.expected) && paid.equals(s.paid) && openMonths == s.openMonths
                && consecutiveUnpaidMonths == s.consecutiveUnpaidMonths && Objects.equals(paidThrough, s.paidThrough)
                && voluntary.equals(s.voluntary);
    }

    @Override
    public int hashCode() {
        return Objects.hash(memberRef, asOf, expected, paid, openMonths, consecutiveUnpaidMonths, paidThrough);
    }

    @Override
    public String toString() {
        return memberRef + " " + asOf + ": expected " + expected + ", paid " + paid + ", arrears " + arrears()
                + ", advance " + advance() + ", " + consecutiveUnpaidMonths + " months unpaid in a row"
                + (voluntary.isZero() ? "" : ", voluntary " + voluntary);
    }
}
