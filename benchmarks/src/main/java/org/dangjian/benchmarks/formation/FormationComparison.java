package org.dangjian.benchmarks.formation;

import java.util.ArrayList;
import java.util.List;
import org.dangjian.benchmarks.peer.DroolsRules;
import org.dangjian.core.organization.NewOrganization;

/**
 * Checks, before anything is timed, that every side gives the same formation requirement.
 */
public final class FormationComparison {

    private FormationComparison() {
    }

    /**
     * One Drools fact per organization.
     *
     * @param organizations the organizations, not null
     * @return fresh facts, not null
     */
    public static List<FormationFact> facts(List<NewOrganization> organizations) {
        List<FormationFact> facts = new ArrayList<>(organizations.size());
        for (NewOrganization o : organizations) {
            facts.add(new FormationFact(o.getFullMembers(), o.getProbationaryMembers()));
        }
        return facts;
    }

    /**
     * Runs the Drools rules and compares each answer with the expected one.
     *
     * @param organizations the organizations, not null
     * @param expected whether each must form its own organization, not null
     * @param drools the compiled formation rules, not null
     * @throws IllegalStateException naming the first organization whose answer differs
     */
    public static void requireSameAnswers(List<NewOrganization> organizations, boolean[] expected,
            DroolsRules drools) {
        List<FormationFact> facts = facts(organizations);
        drools.fire(facts);
        for (int i = 0; i < expected.length; i++) {
            Boolean got = facts.get(i).getMustFormOwn();
            if (got == null || got != expected[i]) {
                throw new IllegalStateException("Drools says " + got + " for " + organizations.get(i).getCreditCode()
                        + " (" + organizations.get(i).getFullMembers() + " full members), expected " + expected[i]);
            }
        }
    }
}
