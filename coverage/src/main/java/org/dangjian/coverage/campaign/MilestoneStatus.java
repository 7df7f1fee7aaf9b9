package org.dangjian.coverage.campaign;

/**
 * Where a milestone stands on a date.
 */
public enum MilestoneStatus {
    /** 已完成. */
    DONE("已完成"),
    /** 未完成，未到期. */
    PENDING("推进中"),
    /** 逾期未完成. */
    OVERDUE("逾期未完成"),
    /** 无法判断 (a target is not set). */
    UNKNOWN("无法判断");

    private final String label;

    MilestoneStatus(String label) {
        this.label = label;
    }

    /** @return the Chinese label, not null */
    public String label() {
        return label;
    }
}
