package org.dangjian.membership.transfer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.dangjian.core.validation.InvalidInputException;

class MembershipTransferProperties {
    private static final Set<TransferState> REACHABLE_FROM_ISSUED = EnumSet.allOf(TransferState.class);

    @Provide
    Arbitrary<List<TransferState>> walks() {
        return Arbitraries.of(TransferState.class).list().ofMinSize(0).ofMaxSize(8);
    }

    @Provide
    Arbitrary<List<Integer>> gaps() {
        return Arbitraries.integers().between(-3, 20).list().ofSize(8);
    }

    @Property(tries = 300)
    void randomWalksNeverReachAnIllegalState(@ForAll("walks") List<TransferState> attempts,
            @ForAll("gaps") List<Integer> gaps) {
        MembershipTransfer t = MembershipTransfer.issue("T", "M", "A", "B", TransferScope.IN_CITY, LocalDate.of(2026, 1, 1));
        LocalDate day = t.issuedOn();
        for (int i = 0; i < attempts.size(); i++) {
            TransferState next = attempts.get(i);
            LocalDate on = day.plusDays(gaps.get(i));
            TransferState before = t.state();
            boolean legal = before.allowedNext().contains(next) && gaps.get(i) >= 0;
            if (legal) {
                t = t.moveTo(next, on);
                day = on;
                assertEquals(next, t.state());
            } else {
                MembershipTransfer unchanged = t;
                InvalidInputException e = assertThrows(InvalidInputException.class, () -> unchanged.moveTo(next, on));
                assertFalse(e.violations().isEmpty());
                assertEquals(before, t.state());
            }
            // invariants of every reachable transfer
            assertTrue(REACHABLE_FROM_ISSUED.contains(t.state()));
            for (int k = 1; k < t.history().size(); k++) {
                TransferEvent a = t.history().get(k - 1);
                TransferEvent b = t.history().get(k);
                assertTrue(a.state().allowedNext().contains(b.state()), a + " → " + b);
                assertFalse(b.date().isBefore(a.date()));
            }
            assertEquals(TransferState.ISSUED, t.history().get(0).state());
            assertEquals(t.state() != TransferState.RECEIVED, t.responsibleOrganization().equals("A"));
        }
    }

    @Property(tries = 50)
    void finalStatesAllowNothingAndOthersAllowSomething(@ForAll TransferState s) {
        assertEquals(s == TransferState.RECEIVED || s == TransferState.CANCELLED, s.isFinal());
        assertFalse(s.allowedNext().contains(TransferState.ISSUED));
        assertFalse(s.allowedNext().contains(s));
    }
}
