package org.dangjian.core.time;

import java.time.LocalDate;
import java.time.Period;
import java.time.temporal.ChronoUnit;
import java.util.Objects;

/**
 * Calendar counting of the regulations' time limits (“满一年”, “一个月内”, “三个月内”), by one declared rule.
 *
 * <p><b>The rule</b> (《中华人民共和国民法典》第二百零一条、第二百零二条): the day an event happens is not
 * counted; a period of months or years ends on the corresponding day of the last month, and where that
 * month has no corresponding day, on its last day. So a year from 2024-02-29 ends on 2025-02-28, a month
 * from 2026-01-31 ends on 2026-02-28, and a month from 2026-03-15 ends on 2026-04-15. This is what
 * {@link LocalDate#plus(java.time.temporal.TemporalAmount)} computes.
 *
 * <ul>
 *   <li>“within a period of an event” ({@code 一个月内}): on or before {@link #endOf(LocalDate, Period)};</li>
 *   <li>“a full period after an event” ({@code 满一年}): on or after {@link #endOf(LocalDate, Period)}.</li>
 * </ul>
 */
public final class TimeLimits {
    private TimeLimits() {}

    /**
     * The last day of a period that starts after an event.
     *
     * @param event the day of the event, not counted, not null
     * @param length the period's length, not negative, not null
     * @return the last day of the period, not null
     */
    public static LocalDate endOf(LocalDate event, Period length) {
        Objects.requireNonNull(event, "event");
        if (length.isNegative()) {
            throw new IllegalArgumentException("a time limit must not be negative: " + length);
        }
        return event.plus(length);
    }

    /**
     * Whether a date falls within a period after an event (“一个月内”): not before the event and not after
     * the period's last day.
     *
     * @param event the event, not null
     * @param length the period, not null
     * @param date the date tested, not null
     * @return whether {@code event <= date <= endOf(event, length)}
     */
    public static boolean isWithin(LocalDate event, Period length, LocalDate date) {
        return !date.isBefore(event) && !date.isAfter(endOf(event, length));
    }

    /**
     * Whether a full period has passed since an event by a date (“满一年”).
     *
     * @param event the event, not null
     * @param length the period, not null
     * @param date the date tested, not null
     * @return whether {@code date >= endOf(event, length)}
     */
    public static boolean hasCompleted(LocalDate event, Period length, LocalDate date) {
        return !date.isBefore(endOf(event, length));
    }

    /**
     * Whole months from one date to another, counted the same way (a month is complete on the corresponding
     * day, or the month's last day when there is none).
     *
     * @param from the start, not null
     * @param to the end, not null
     * @return the whole months, negative when {@code to} is before {@code from}
     */
    public static long wholeMonthsBetween(LocalDate from, LocalDate to) {
        long months = ChronoUnit.MONTHS.between(from, to);
        // java.time does not count 01-31 → 02-28 as a month; the Civil Code rule does.
        if (months >= 0 && !to.isBefore(endOf(from, Period.ofMonths((int) months + 1)))) {
            months++;
        }
        return months;
    }
}
