package org.dangjian.core.rule;

/**
 * How firmly a figure is sourced, as graded in ../shared/RULES.md.
 */
public enum Grade {
    /** Read in the regulation's text or quoted with its article. */
    A("条文原文"),
    /** Stated by official Q&amp;A or teaching pages; article number unverified. */
    B("官方解读"),
    /** Local practice only: a parameter of the jurisdiction that adopted it. */
    C("地方实践"),
    /** Written in the project's seed documents (local work plans): a shipped local profile. */
    S("地方工作方案");

    private final String label;

    Grade(String label) {
        this.label = label;
    }

    /** @return the Chinese label, not null */
    public String label() {
        return label;
    }
}
