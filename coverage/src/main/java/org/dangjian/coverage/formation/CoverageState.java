package org.dangjian.coverage.formation;

/**
 * How one organization is covered today (两个覆盖), best first.
 */
public enum CoverageState {
    /** 单独建立党组织. */
    OWN_ORGANIZATION("单独建立党组织"),
    /** 被联合党组织覆盖. */
    JOINT_ORGANIZATION("联合覆盖"),
    /** 仅工作覆盖 (instructor, liaison, mass organizations). */
    WORK_COVERAGE("工作覆盖"),
    /** 未覆盖. */
    NONE("未覆盖");

    private final String label;

    CoverageState(String label) {
        this.label = label;
    }

    /** @return the Chinese label, not null */
    public String label() {
        return label;
    }

    /** @return whether a Party organization covers the unit (own or joint) */
    public boolean isOrganizational() {
        return this == OWN_ORGANIZATION || this == JOINT_ORGANIZATION;
    }
}
