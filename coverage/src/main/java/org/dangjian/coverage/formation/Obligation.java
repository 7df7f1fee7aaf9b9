package org.dangjian.coverage.formation;

/**
 * What is required of one organization.
 */
public enum Obligation {
    /** 单独建立党组织: 3 or more full members (national). */
    OWN_ORGANIZATION("单独建立党组织"),
    /** 应建立党组织: expected by the jurisdiction's profile (own or joint). */
    ORGANIZATION("应建立党组织"),
    /** 应有党员: expected by the jurisdiction's profile. */
    MEMBERS("应有党员"),
    /** 工作覆盖: an instructor, a liaison or mass organizations. */
    WORK_COVERAGE("实现工作覆盖");

    private final String label;

    Obligation(String label) {
        this.label = label;
    }

    /** @return the Chinese label, not null */
    public String label() {
        return label;
    }
}
