package org.dangjian.assessment.scorecard;

/**
 * How an indicator turns its measured value into points.
 */
public enum ScoringKind {
    /** Stepped thresholds: the points of the highest step the value reaches (“达到…得…分”). */
    THRESHOLD("达标计分"),
    /** Linear between two values: none at {@code zeroAt}, all at {@code fullAt}, proportionally between. */
    LINEAR("按比例计分"),
    /** Full points less {@code perItem} for each item, at most {@code cap} deducted (“每项扣…分，扣完为止”). */
    DEDUCTION("逐项扣分"),
    /** {@code perItem} for each item, at most {@code cap}, on top of the base points (“加分项”). */
    BONUS("加分"),
    /** {@code perItem} off the total for each item, at most {@code cap} (“倒扣分”). */
    PENALTY("倒扣分");

    private final String label;

    ScoringKind(String label) {
        this.label = label;
    }

    /** @return the Chinese label, not null */
    public String label() {
        return label;
    }

    /** @return whether the indicator's maximum points count towards the base points (the “weights”) */
    public boolean isBase() {
        return this == THRESHOLD || this == LINEAR || this == DEDUCTION;
    }

    /** @return whether the measured value is a count of items (a whole number) */
    public boolean countsItems() {
        return this == DEDUCTION || this == BONUS || this == PENALTY;
    }
}
