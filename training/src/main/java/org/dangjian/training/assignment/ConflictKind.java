package org.dangjian.training.assignment;

/**
 * Why an instructor must not guide an organization.
 */
public enum ConflictKind {
    /** The instructor works there (任职). */
    WORKS_AT("在该组织任职"),
    /** The instructor has invested in it (投资). */
    INVESTS_IN("投资该组织"),
    /** Another listed relation, such as a close relative who is its principal (利害关系). */
    RELATED("与该组织有利害关系");

    private final String label;

    ConflictKind(String label) {
        this.label = label;
    }

    /** @return the Chinese label, not null */
    public String label() {
        return label;
    }
}
