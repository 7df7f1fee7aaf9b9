package org.dangjian.training.assignment;

/**
 * Why an organization needs an instructor (from the coverage facts, given as a value).
 */
public enum InstructorNeed {
    /** No Party organization: work coverage only (仅实现工作覆盖). */
    WORK_COVERAGE_ONLY("未建党组织，仅工作覆盖"),
    /** A newly formed Party organization (新成立党组织). */
    NEWLY_FORMED("新成立党组织"),
    /** A weak and lax Party organization (软弱涣散党组织). */
    WEAK_AND_LAX("软弱涣散党组织");

    private final String label;

    InstructorNeed(String label) {
        this.label = label;
    }

    /** @return the Chinese label, not null */
    public String label() {
        return label;
    }
}
