package org.dangjian.training.assignment;

/**
 * Why an organization got no instructor in an optimal plan.
 */
public enum UnservedReason {
    /** No instructor's jurisdiction contains the organization. */
    NO_INSTRUCTOR_IN_REACH("辖区内没有党建工作指导员"),
    /** Instructors are in reach, but each must avoid it for a conflict of interest. */
    ONLY_CONFLICTED("辖区内的指导员均须回避"),
    /** Instructors may serve it, but each is at capacity with organizations of at least equal claim. */
    ALL_AT_CAPACITY("可选派的指导员均已满额");

    private final String label;

    UnservedReason(String label) {
        this.label = label;
    }

    /** @return the Chinese label, not null */
    public String label() {
        return label;
    }
}
