package org.dangjian.membership.transfer;

/**
 * Where a mobile member's membership sits or where the member now lives, as the seed-004 transfer advice
 * distinguishes them.
 */
public enum MemberLocation {
    /** 人才交流服务中心（人才市场）. */
    TALENT_EXCHANGE_CENTRE("人才交流服务中心"),
    /** 原毕业院校. */
    FORMER_UNIVERSITY("原毕业院校"),
    /** 市外. */
    OUTSIDE_CITY("市外"),
    /** 本地农村社区. */
    LOCAL_RURAL_COMMUNITY("本地农村社区"),
    /** 其他本地单位或社区. */
    OTHER_LOCAL("其他本地单位或社区");

    private final String label;

    MemberLocation(String label) {
        this.label = label;
    }

    /** @return the Chinese label, not null */
    public String label() {
        return label;
    }
}
