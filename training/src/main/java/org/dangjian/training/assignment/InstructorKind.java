package org.dangjian.training.assignment;

/**
 * Whether an instructor works full time or part time; each kind has its own capacity parameter.
 */
public enum InstructorKind {
    /** 专职. */
    FULL_TIME("专职"),
    /** 兼职. */
    PART_TIME("兼职");

    private final String label;

    InstructorKind(String label) {
        this.label = label;
    }

    /** @return the Chinese label, not null */
    public String label() {
        return label;
    }
}
