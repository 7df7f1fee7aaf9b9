package org.dangjian.core.organization;

/**
 * The level of a primary Party organization.
 */
public enum PartyOrganizationLevel {
    /** 党支部: a branch (3 or more full members). */
    BRANCH("党支部"),
    /** 党总支部: a general branch (normally 50 to 99 members). */
    GENERAL_BRANCH("党总支部"),
    /** 基层党委: a primary committee (normally 100 or more members). */
    PRIMARY_COMMITTEE("基层党委");

    private final String label;

    PartyOrganizationLevel(String label) {
        this.label = label;
    }

    /** @return the Chinese label, not null */
    public String label() {
        return label;
    }
}
