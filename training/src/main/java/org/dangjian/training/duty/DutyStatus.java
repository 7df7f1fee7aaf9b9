package org.dangjian.training.duty;

/**
 * Where a training duty stands on a date.
 */
public enum DutyStatus {
    /** The duty is met. */
    MET("已完成"),
    /** Not met yet, but its deadline has not passed. */
    DUE("待完成"),
    /** Not met and its deadline has passed. */
    OVERDUE("逾期未完成"),
    /** The duty does not apply to the person. */
    NOT_REQUIRED("不适用");

    private final String label;

    DutyStatus(String label) {
        this.label = label;
    }

    /** @return the Chinese label, not null */
    public String label() {
        return label;
    }
}
