package org.dangjian.coverage.formation;

/**
 * What a project's members set up.
 */
public enum ProjectBranch {
    /** 党支部: the project lasts long enough and has enough full members. */
    BRANCH("党支部"),
    /** 临时党支部: for the task only; it does not admit members. */
    TEMPORARY_BRANCH("临时党支部");

    private final String label;

    ProjectBranch(String label) {
        this.label = label;
    }

    /** @return the Chinese label, not null */
    public String label() {
        return label;
    }
}
