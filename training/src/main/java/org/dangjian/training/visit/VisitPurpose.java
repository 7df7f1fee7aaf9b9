package org.dangjian.training.visit;

/**
 * What an instructor did on a visit: the duties of the instructor rule (attend key meetings, cultivate
 * activists, guide union and youth-league work) and other guidance.
 */
public enum VisitPurpose {
    /** 列席重要会议. */
    KEY_MEETING("列席重要会议"),
    /** 培养入党积极分子. */
    ACTIVIST_CULTIVATION("培养入党积极分子"),
    /** 指导工会、共青团等群团工作. */
    MASS_ORGANIZATION_GUIDANCE("指导工会、共青团工作"),
    /** 其他指导. */
    OTHER("其他指导");

    private final String label;

    VisitPurpose(String label) {
        this.label = label;
    }

    /** @return the Chinese label, not null */
    public String label() {
        return label;
    }

    /** @return whether the instructor rule names this duty */
    public boolean isNamedDuty() {
        return this != OTHER;
    }
}
