package org.dangjian.benchmarks.dues;

import java.util.ArrayList;
import java.util.List;
import org.dangjian.benchmarks.peer.DroolsRules;

/**
 * Checks, before anything is timed, that every side computes the same dues for every member.
 */
public final class DuesComparison {

    private DuesComparison() {
    }

    /**
     * Runs the Drools rules over the bases and compares each answer with the expected one.
     *
     * @param basesFen the bases in fen, not null
     * @param expectedFen the expected dues in fen, not null
     * @param drools the compiled dues rules, not null
     * @throws IllegalStateException naming the first member whose dues differ
     */
    public static void requireSameAnswers(long[] basesFen, long[] expectedFen, DroolsRules drools) {
        List<DuesFact> facts = new ArrayList<>(basesFen.length);
        for (long base : basesFen) {
            facts.add(new DuesFact(base));
        }
        drools.fire(facts);
        for (int i = 0; i < basesFen.length; i++) {
            long got = facts.get(i).getDuesFen();
            if (got != expectedFen[i]) {
                throw new IllegalStateException("Drools gives " + got + " fen for base " + basesFen[i]
                        + " fen (member " + i + "), expected " + expectedFen[i]);
            }
        }
    }
}
