package org.dangjian.benchmarks.formation;

/**
 * An organization as a Drools fact for the formation requirement (支部条例 Art 4: a unit with at least three
 * full members must form its own Party organization; probationary members do not count).
 */
public final class FormationFact {

    private final boolean operating;
    private final int fullMembers;
    private final int probationaryMembers;
    private Boolean mustFormOwn;
    private String rule;

    /**
     * A fact for one organization.
     *
     * @param operating whether the unit actually operates (nothing is required of one that does not)
     * @param fullMembers the full members, not negative
     * @param probationaryMembers the probationary members, not negative
     */
    public FormationFact(boolean operating, int fullMembers, int probationaryMembers) {
        this.operating = operating;
        this.fullMembers = fullMembers;
        this.probationaryMembers = probationaryMembers;
    }

    /** @return whether the unit actually operates */
    public boolean isOperating() {
        return operating;
    }

    /** @return the full members */
    public int getFullMembers() {
        return fullMembers;
    }

    /** @return the probationary members */
    public int getProbationaryMembers() {
        return probationaryMembers;
    }

    /** @return whether the unit must form its own organization, or null while no rule has fired */
    public Boolean getMustFormOwn() {
        return mustFormOwn;
    }

    /** @param mustFormOwn whether the unit must form its own organization */
    public void setMustFormOwn(Boolean mustFormOwn) {
        this.mustFormOwn = mustFormOwn;
    }

    /** @return the name of the rule that fired, or null */
    public String getRule() {
        return rule;
    }

    /** @param rule the name of the rule that fired */
    public void setRule(String rule) {
        this.rule = rule;
    }
}
