package org.dangjian.training.visit;

import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;

/**
 * How often an instructor must visit each organization they guide: a local parameter (one prefecture
 * requires every half month; RULES.md grade C).
 *
 * <p>Cycles are calendar cycles: weeks start on Monday; half months are the 1st–15th and the 16th–month end.
 */
public enum VisitCycle {
    /** Every week (Monday to Sunday). */
    WEEK("每周"),
    /** Every half month (1st–15th, 16th–month end). */
    HALF_MONTH("每半月"),
    /** Every calendar month. */
    MONTH("每月"),
    /** Every calendar quarter. */
    QUARTER("每季度");

    private final String label;

    VisitCycle(String label) {
        this.label = label;
    }

    /** @return the Chinese label, not null */
    public String label() {
        return label;
    }

    /**
     * The first day of the cycle holding a date.
     *
     * @param date the date, not null
     * @return the cycle's first day, not null
     */
    public LocalDate startOf(LocalDate date) {
        switch (this) {
            case WEEK:
                return date.minusDays(date.getDayOfWeek().getValue() - 1L);
            case HALF_MONTH:
                return date.getDayOfMonth() <= 15 ? date.withDayOfMonth(1) : date.withDayOfMonth(16);
            case MONTH:
                return date.withDayOfMonth(1);
            default:
                int firstMonth = (date.getMonthValue() - 1) / 3 * 3 + 1;
                return LocalDate.of(date.getYear(), firstMonth, 1);
        }
    }

    /**
     * The last day of the cycle holding a date.
     *
     * @param date the date, not null
     * @return the cycle's last day, not null
     */
    public LocalDate endOf(LocalDate date) {
        LocalDate start = startOf(date);
        switch (this) {
            case WEEK:
                return start.plusDays(6);
            case HALF_MONTH:
                return start.getDayOfMonth() == 1 ? start.withDayOfMonth(15)
                        : start.with(TemporalAdjusters.lastDayOfMonth());
            case MONTH:
                return start.with(TemporalAdjusters.lastDayOfMonth());
            default:
                return start.plusMonths(2).with(TemporalAdjusters.lastDayOfMonth());
        }
    }
}
