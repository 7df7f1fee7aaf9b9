package org.dangjian.coverage.campaign;

/**
 * The milestones of the seeds' work plans.
 */
public enum MilestoneKind {
    /** 摸底排查、建立台账. */
    LEDGER_BUILT("建立台账"),
    /** 正式党员3人以上的单独组建（应建尽建）. */
    STANDALONE_FORMED("应建尽建"),
    /** 覆盖目标达标. */
    TARGETS_MET("目标达标"),
    /** 党组织书记全员轮训. */
    SECRETARIES_TRAINED("书记全员轮训");

    private final String label;

    MilestoneKind(String label) {
        this.label = label;
    }

    /** @return the Chinese label, not null */
    public String label() {
        return label;
    }
}
