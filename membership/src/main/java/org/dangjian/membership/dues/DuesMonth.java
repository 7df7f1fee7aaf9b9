package org.dangjian.membership.dues;

import java.time.YearMonth;
import java.util.Objects;
import org.dangjian.core.money.Money;
import org.dangjian.core.validation.InvalidInputException;
import org.dangjian.core.validation.Violations;

/**
 * One month of a dues account: the dues expected for the month, the amount the member paid during the month,
 * and whether a good reason excuses not paying it, such as {@code 2026-03 expected 102.00 paid 102.00}.
 *
 * <p>Payments count in the month they were made; the account applies them to the oldest month still open.
 * Voluntary extra dues (党费规定 第十一条) are recorded apart: they neither pay the dues nor count as an advance.
 * This class is immutable and thread-safe.
 */
public final class DuesMonth {
    private final YearMonth month;
    private final Money expected;
    private final Money paid;
    private final boolean excused;
    private final Money voluntary;

    private DuesMonth(YearMonth month, Money expected, Money paid, boolean excused, Money voluntary) {
        this.month = month;
        this.expected = expected;
        this.paid = paid;
        this.excused = excused;
        this.voluntary = voluntary;
    }

    /**
     * A month.
     *
     * @param month the month, not null
     * @param expected the dues expected for it, not negative, not null
     * @param paid the amount paid during it, not negative, not null
     * @param excused whether a good reason (such as serious illness) excuses not paying it
     * @return the month, not null
     * @throws InvalidInputException listing every negative amount
     */
    public static DuesMonth of(YearMonth month, Money expected, Money paid, boolean excused) {
        Objects.requireNonNull(month, "month");
        Violations v = new Violations();
        v.check(!expected.isNegative(), "expected", "expected dues must not be negative", expected);
        v.check(!paid.isNegative(), "paid", "a payment must not be negative", paid);
        v.throwIfAny();
        return new DuesMonth(month, expected, paid, excused, Money.ZERO);
    }

    /**
     * The same month with voluntary extra dues paid during it.
     *
     * @param amount the voluntary amount, not negative, not null
     * @return the month, not null
     * @throws InvalidInputException when negative
     */
    public DuesMonth withVoluntary(Money amount) {
        if (amount.isNegative()) {
            throw InvalidInputException.of("voluntary", "a voluntary payment must not be negative", amount);
        }
        return new DuesMonth(month, expected, paid, excused, amount);
    }

    /**
     * A month with no good reason for not paying.
     *
     * @param month the month, not null
     * @param expected the dues expected, not null
     * @param paid the amount paid during it, not null
     * @return the month, not null
     */
    public static DuesMonth of(YearMonth month, Money expected, Money paid) {
        return of(month, expected, paid, false);
    }

    /** @return the month, not null */
    public YearMonth month() {
        return month;
    }

    /** @return the dues expected for the month, not null */
    public Money expected() {
        return expected;
    }

    /** @return the amount paid during the month, not null */
    public Money paid() {
        return paid;
    }

    /** @return voluntary extra dues paid during the month, zero when none, not null */
    public Money voluntary() {
        return voluntary;
    }

    /** @return whether a good reason excuses not paying the month */
    public boolean isExcused() {
        return excused;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof DuesMonth m && month.equals(m.month) && expected.equals(m.expected) && paid.equals(m.paid)
                && excused == m.excused && voluntary.equals(m.voluntary);
    }

    @Override
    public int hashCode() {
        return Objects.hash(month, expected, paid, excused, voluntary);
    }

    @Override
    public String toString() {
        return month + " expected " + expected + " paid " + paid + (voluntary.isZero() ? "" : " voluntary " + voluntary)
                + (excused ? " excused" : "");
    }
}
