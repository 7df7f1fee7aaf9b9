package org.dangjian.benchmarks.dues;

/**
 * A member's monthly dues as a Drools fact: the base goes in, the rules write the dues and the rule's name.
 * Mutable on purpose: that is how a Drools integrator writes facts.
 */
public final class DuesFact {

    private final long baseFen;
    private long duesFen = -1;
    private String rule;

    /**
     * A fact for one member.
     *
     * @param baseFen the monthly base in fen, not negative
     */
    public DuesFact(long baseFen) {
        this.baseFen = baseFen;
    }

    /** @return the monthly base in fen */
    public long getBaseFen() {
        return baseFen;
    }

    /** @return the dues in fen, or -1 while no rule has fired */
    public long getDuesFen() {
        return duesFen;
    }

    /** @param duesFen the dues in fen */
    public void setDuesFen(long duesFen) {
        this.duesFen = duesFen;
    }

    /** @return the name of the rule that fired (the “reason”), or null */
    public String getRule() {
        return rule;
    }

    /** @param rule the name of the rule that fired */
    public void setRule(String rule) {
        this.rule = rule;
    }
}
