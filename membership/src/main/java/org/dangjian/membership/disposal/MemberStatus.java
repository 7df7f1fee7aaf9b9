package org.dangjian.membership.disposal;

/**
 * Whether a member is a full or a probationary member.
 */
public enum MemberStatus {
    /** 正式党员. */
    FULL_MEMBER("正式党员"),
    /** 预备党员. */
    PROBATIONARY_MEMBER("预备党员");

    private final String label;

    MemberStatus(String label) {
        this.label = label;
    }

    /** @return the Chinese label, not null */
    public String label() {
        return label;
    }
}
