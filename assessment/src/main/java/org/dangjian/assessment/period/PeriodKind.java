package org.dangjian.assessment.period;

/**
 * How long an assessment period lasts: a month, a quarter or a year, such as the frequency “每季度” of the
 * members' meeting.
 */
public enum PeriodKind {
    /** 每月. */
    MONTH("每月"),
    /** 每季度. */
    QUARTER("每季度"),
    /** 每年. */
    YEAR("每年");

    private final String label;

    PeriodKind(String label) {
        this.label = label;
    }

    /** @return the Chinese label, such as {@code 每季度}, not null */
    public String label() {
        return label;
    }

    /** @return how many periods of this kind a year holds: 12, 4 or 1 */
    public int perYear() {
        switch (this) {
            case MONTH:
                return 12;
            case QUARTER:
                return 4;
            default:
                return 1;
        }
    }
}
