package org.dangjian.membership.transfer;

/**
 * The standing of a member the organization has lost contact with (教育管理条例 第二十四条).
 */
public enum ContactStatus {
    /** Contact lost for less than the limit: keep looking for the member. */
    CONTACT_LOST("失去联系，继续查找"),
    /** Contact lost for the limit (6 months) or longer: suspension of membership is due. */
    SUSPENSION_DUE("应停止党籍"),
    /** Suspended and still without contact for the limit (2 years): removal is due. */
    REMOVAL_DUE("应予除名"),
    /** Suspended; the removal limit has not passed. */
    SUSPENDED("已停止党籍");

    private final String label;

    ContactStatus(String label) {
        this.label = label;
    }

    /** @return the Chinese label, not null */
    public String label() {
        return label;
    }
}
