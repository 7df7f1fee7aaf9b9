package org.dangjian.benchmarks.dues;

import java.util.ArrayList;
import java.util.List;
import org.dangjian.benchmarks.peer.DroolsRules;
import org.dangjian.core.decision.Decision;
import org.dangjian.core.decision.Outcome;
import org.dangjian.core.money.Money;
import org.dangjian.membership.dues.DuesBasis;
import org.dangjian.membership.dues.DuesPolicy;

/**
 * Checks, before anything is timed, that every side computes the same dues for every member.
 */
public final class DuesComparison {

    private DuesComparison() {
    }

    /**
     * Runs the SDK's value and decision paths over the members and compares each answer with the expected one.
     *
     * @param bases the members' bases, not null
     * @param expectedFen the expected dues in fen, not null
     * @param policy the SDK's dues policy, not null
     * @throws IllegalStateException naming the first member whose dues differ
     */
    public static void requireSameAnswers(DuesBasis[] bases, long[] expectedFen, DuesPolicy policy) {
        for (int i = 0; i < bases.length; i++) {
            Money base = bases[i].income().orElseThrow();
            long value = policy.duesAmount(bases[i].category(), base).fen();
            Decision<Money> decision = policy.decideMonthlyDues(bases[i]);
            if (value != expectedFen[i] || decision.value().fen() != expectedFen[i]
                    || decision.outcome() != Outcome.DETERMINED || decision.reasons().isEmpty()) {
                throw new IllegalStateException("the SDK gives " + value + " fen (value path) and " + decision
                        + " for base " + base + " (member " + i + "), expected " + expectedFen[i] + " fen");
            }
        }
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
