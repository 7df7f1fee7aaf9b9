package org.dangjian.membership.dues;

/**
 * When a changed income becomes the dues base (党费规定 第十条 and later guidance).
 */
public enum BaseAdjustment {
    /** The new base applies from the month the new wage is first paid (党费规定 第十条). */
    MONTH_FIRST_PAID("自新工资发放之月起按新基数交纳"),
    /** The base is fixed once a year, in the month the jurisdiction sets (later guidance). */
    ANNUAL("每年核定一次党费基数");

    private final String label;

    BaseAdjustment(String label) {
        this.label = label;
    }

    /** @return the Chinese label, not null */
    public String label() {
        return label;
    }
}
