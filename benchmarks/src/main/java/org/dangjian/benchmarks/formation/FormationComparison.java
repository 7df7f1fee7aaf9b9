package org.dangjian.benchmarks.formation;

import java.util.ArrayList;
import java.util.List;
import org.dangjian.benchmarks.coverage.LedgerRow;
import org.dangjian.benchmarks.peer.DroolsRules;

/**
 * Checks, before anything is timed, that every side gives the same formation requirement.
 */
public final class FormationComparison {

    private FormationComparison() {
    }

    /**
     * One Drools fact per organization.
     *
     * @param rows the organizations, not null
     * @return fresh facts, not null
     */
    public static List<FormationFact> facts(List<LedgerRow> rows) {
        List<FormationFact> facts = new ArrayList<>(rows.size());
        for (LedgerRow row : rows) {
            facts.add(new FormationFact(row.fullMembers(), row.probationaryMembers()));
        }
        return facts;
    }

    /**
     * Runs the Drools rules and compares each answer with the expected one.
     *
     * @param rows the organizations, not null
     * @param expected whether each must form its own organization, not null
     * @param drools the compiled formation rules, not null
     * @throws IllegalStateException naming the first organization whose answer differs
     */
    public static void requireSameAnswers(List<LedgerRow> rows, boolean[] expected, DroolsRules drools) {
        List<FormationFact> facts = facts(rows);
        drools.fire(facts);
        for (int i = 0; i < expected.length; i++) {
            Boolean got = facts.get(i).getMustFormOwn();
            if (got == null || got != expected[i]) {
                throw new IllegalStateException("Drools says " + got + " for " + rows.get(i) + ", expected "
                        + expected[i]);
            }
        }
    }
}
