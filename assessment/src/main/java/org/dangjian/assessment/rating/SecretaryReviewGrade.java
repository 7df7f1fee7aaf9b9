package org.dangjian.assessment.rating;

/**
 * The four grades of a secretary's annual report on Party building (述职评议考核办法).
 */
public enum SecretaryReviewGrade {
    /** 差. */
    POOR("差"),
    /** 一般. */
    AVERAGE("一般"),
    /** 较好. */
    FAIRLY_GOOD("较好"),
    /** 好. */
    GOOD("好");

    private final String label;

    SecretaryReviewGrade(String label) {
        this.label = label;
    }

    /** @return the Chinese label, not null */
    public String label() {
        return label;
    }
}
