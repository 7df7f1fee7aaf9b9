package org.dangjian.training.secretary;

/**
 * Where a secretary candidate comes from, as the seeds name the preferred sources (seeds 000, 001): member
 * principals and members in management as candidates; youth-league heads, production backbone and veterans
 * as reserves (后备人选).
 */
public enum CandidateSource {
    /** 党员出资人（负责人）. */
    MEMBER_PRINCIPAL("党员出资人（负责人）", false),
    /** 党员管理人员. */
    MEMBER_MANAGER("党员管理人员", false),
    /** 共青团组织负责人 (reserve). */
    YOUTH_LEAGUE_HEAD("共青团组织负责人", true),
    /** 生产经营骨干 (reserve). */
    PRODUCTION_BACKBONE("生产经营骨干", true),
    /** 退役军人 (reserve). */
    VETERAN("退役军人", true);

    private final String label;
    private final boolean reserve;

    CandidateSource(String label, boolean reserve) {
        this.label = label;
        this.reserve = reserve;
    }

    /** @return the Chinese label, not null */
    public String label() {
        return label;
    }

    /** @return whether the seeds name this source for reserve candidates rather than for the post itself */
    public boolean isReserve() {
        return reserve;
    }
}
