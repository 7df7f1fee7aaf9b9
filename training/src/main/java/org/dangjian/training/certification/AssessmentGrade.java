package org.dangjian.training.certification;

/**
 * The grade of a party-affairs worker's annual assessment, best first (好、较好、一般、差: the four grades of
 * 述职评议考核).
 */
public enum AssessmentGrade {
    /** 好. */
    GOOD("好"),
    /** 较好. */
    FAIRLY_GOOD("较好"),
    /** 一般. */
    AVERAGE("一般"),
    /** 差. */
    POOR("差");

    private final String label;

    AssessmentGrade(String label) {
        this.label = label;
    }

    /** @return the Chinese label, not null */
    public String label() {
        return label;
    }

    /**
     * Whether this grade is the other or better.
     *
     * @param other the grade compared with, not null
     * @return whether this is at least as good
     */
    public boolean isAtLeast(AssessmentGrade other) {
        return ordinal() <= other.ordinal();
    }
}
