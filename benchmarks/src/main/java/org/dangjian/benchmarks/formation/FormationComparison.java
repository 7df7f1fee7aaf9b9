package org.dangjian.benchmarks.formation;

import java.util.ArrayList;
import java.util.List;
import org.dangjian.benchmarks.peer.DroolsRules;
import org.dangjian.core.organization.NewOrganization;
import org.dangjian.coverage.formation.FormationPolicy;
import org.dangjian.coverage.formation.Obligation;

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
            facts.add(new FormationFact(o.isOperating(), o.getFullMembers(), o.getProbationaryMembers()));
        }
        return facts;
    }

    /**
     * The SDK's answers: whether each organization's requirement includes its own organization.
     *
     * @param organizations the organizations, not null
     * @param policy the formation policy, not null
     * @return one answer per organization, not null
     */
    public static boolean[] sdkAnswers(List<NewOrganization> organizations, FormationPolicy policy) {
        boolean[] answers = new boolean[organizations.size()];
        for (int i = 0; i < answers.length; i++) {
            answers[i] = mustFormOwn(policy, organizations.get(i));
        }
        return answers;
    }

    /**
     * The SDK's answer for one organization.
     *
     * @param policy the formation policy, not null
     * @param o the organization, not null
     * @return whether it must form its own organization
     */
    public static boolean mustFormOwn(FormationPolicy policy, NewOrganization o) {
        return policy.decideRequirement(o).value().contains(Obligation.OWN_ORGANIZATION);
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
                NewOrganization o = organizations.get(i);
                throw new IllegalStateException("Drools says " + got + " for " + o.getCreditCode() + " ("
                        + o.getStatus() + ", " + o.getFullMembers() + " full members), the SDK says " + expected[i]);
            }
        }
    }
}
