package org.dangjian.coverage.ledger;

/**
 * The early warnings a ledger raises.
 */
public enum WarningKind {
    /** 从业人员达到门槛但无党员 (COV-WARN-001). */
    NO_MEMBER_AT_STAFF("达到门槛无党员"),
    /** 单独建立党组织但正式党员不足3人 (COV-WARN-002). */
    BELOW_MINIMUM_MEMBERS("正式党员不足3人"),
    /** 联合党支部覆盖单位超过上限 (COV-WARN-003). */
    JOINT_OVER_LIMIT("联合党支部超过单位上限"),
    /** 任期届满 (COV-WARN-004). */
    TERM_EXPIRED("任期届满"),
    /** 上次摸排后新注册 (COV-WARN-005). */
    NEWLY_REGISTERED("新注册组织"),
    /** 党支部党员超过50人 (COV-WARN-006). */
    BRANCH_OVER_SOFT_CAP("党支部党员超过上限");

    private final String label;

    WarningKind(String label) {
        this.label = label;
    }

    /** @return the Chinese label, not null */
    public String label() {
        return label;
    }
}
