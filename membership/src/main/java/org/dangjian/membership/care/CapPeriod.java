package org.dangjian.membership.care;

import java.time.LocalDate;

/**
 * The period a points cap applies to: a calendar month, quarter or year.
 */
public enum CapPeriod {
    /** 每月. */
    MONTH("每月"),
    /** 每季度. */
    QUARTER("每季度"),
    /** 每年. */
    YEAR("每年");

    private final String label;

    CapPeriod(String label) {
        this.label = label;
    }

    /** @return the Chinese label, not null */
    public String label() {
        return label;
    }

    /**
     * The key of the period a day falls in.
     *
     * @param date the day, not null
     * @return a number unique to the period
     */
    long periodOf(LocalDate date) {
        switch (this) {
            case MONTH:
                return date.getYear() * 12L + date.getMonthValue() - 1;
            case QUARTER:
                return date.getYear() * 4L + (date.getMonthValue() - 1) / 3;
            default:
                return date.getYear();
        }
    }
}
