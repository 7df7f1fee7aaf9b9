package org.dangjian.coverage.election;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.dangjian.core.decision.Decision;
import org.dangjian.core.decision.Outcome;
import org.dangjian.core.decision.Reason;
import org.dangjian.core.validation.InvalidInputException;
import org.dangjian.coverage.Fixtures;
import org.junit.jupiter.api.Test;

/** Edges of the election rules and the contracts of their values. */
class ElectionEdgeTest {
    private final ElectionPolicy e = ElectionPolicy.of(Fixtures.national());

    private static List<String> keys(Decision<?> d) {
        return d.reasons().stream().map(Reason::messageKey).toList();
    }

    private static Map<String, Integer> votes(Object... nameThenVotes) {
        Map<String, Integer> m = new LinkedHashMap<>();
        for (int i = 0; i < nameThenVotes.length; i += 2) {
            m.put((String) nameThenVotes[i], (Integer) nameThenVotes[i + 1]);
        }
        return m;
    }

    @Test
    void quorumReasonSaysWhetherItWasMet() {
        assertEquals(List.of("elec.quorum.met"), keys(e.decideQuorum(10, 9)));
        assertEquals(List.of("elec.quorum.missed"), keys(e.decideQuorum(10, 8)));
        assertEquals("9", e.decideQuorum(10, 8).reasons().get(0).arguments().get("needed"));
    }

    @Test
    void noVoterExpectedNeedsOnePresent() {
        Decision<Long> d = e.decideQuorum(0, 0);
        assertEquals(Outcome.NON_COMPLIANT, d.outcome());
        assertEquals(1L, d.value());
    }

    @Test
    void candidateReasonSaysWhetherThereAreEnough() {
        assertEquals(List.of("elec.candidates.met"), keys(e.decideCandidates(5, 6)));
        assertEquals(List.of("elec.candidates.missed"), keys(e.decideCandidates(5, 5)));
        assertEquals(Outcome.COMPLIANT, e.decideCandidates(1, 2).outcome());
        assertEquals(2L, e.decideCandidates(1, 2).value(), "ceil(1 × 6/5) = 2");
    }

    @Test
    void rejectsNoSeatNamingTheSeats() {
        InvalidInputException ex = assertThrows(InvalidInputException.class, () -> e.decideCandidates(0, 3));
        assertEquals("seats", ex.violations().get(0).path());
        assertEquals("at least one seat", ex.violations().get(0).message());
        assertEquals("0", ex.violations().get(0).rejectedValue());
    }

    @Test
    void rejectsNegativeCandidatesNamingTheCandidates() {
        InvalidInputException ex = assertThrows(InvalidInputException.class, () -> e.decideCandidates(1, -1));
        assertEquals("candidates", ex.violations().get(0).path());
        assertEquals("must not be negative", ex.violations().get(0).message());
        assertEquals("-1", ex.violations().get(0).rejectedValue());
    }

    @Test
    void oneSeatWithNoCandidateIsNotEnough() {
        assertEquals(Outcome.NON_COMPLIANT, e.decideCandidates(1, 0).outcome());
    }

    @Test
    void votersAreTheFullMembersAndTheProbationaryAreCounted() {
        Decision<Integer> d = e.decideVoters(12, 15);
        assertEquals(12, d.value());
        assertEquals("3", d.reasons().get(0).arguments().get("probationary"));
        assertEquals(0, e.decideVoters(0, 0).value());
        assertEquals(7, e.decideVoters(7, 7).value());
    }

    @Test
    void rejectsNegativeFullMembersOrMoreFullMembersThanMembers() {
        assertThrows(InvalidInputException.class, () -> e.decideVoters(-1, 3));
        assertThrows(InvalidInputException.class, () -> e.decideVoters(8, 7));
    }

    @Test
    void eachCandidateIsToldWhetherTheMajorityWasPassed() {
        Decision<ElectionResult> d = e.decideResult(Ballot.of(10, 10, 2, votes("C1", 6, "C2", 5)));
        assertEquals(List.of("elec.quorum.met", "elec.majority.passed", "elec.majority.failed", "elec.seatsLeft"),
                keys(d));
    }

    @Test
    void everySeatFilledLeavesNoSeatsLeftReason() {
        Decision<ElectionResult> d = e.decideResult(Ballot.of(10, 10, 1, votes("C1", 6, "C2", 2)));
        assertEquals(Outcome.COMPLIANT, d.outcome());
        assertFalse(keys(d).contains("elec.seatsLeft"));
        assertTrue(d.value().isValid());
        assertEquals(0, d.value().seatsLeft());
    }

    @Test
    void twoTiedForTwoSeatsAreBothElected() {
        Decision<ElectionResult> d = e.decideResult(Ballot.of(9, 9, 2, votes("C1", 7, "C2", 8, "C3", 8)));
        assertEquals(List.of("C2", "C3"), d.value().elected());
        assertEquals(List.of(), d.value().tied());
        assertEquals(Outcome.COMPLIANT, d.outcome());
        assertFalse(keys(d).contains("elec.tie"));
    }

    @Test
    void ballotKeepsItsCountsAndCandidates() {
        Ballot b = Ballot.of(10, 9, 2, votes("C1", 6, "C2", 5, "C3", 1));
        assertEquals(10, b.votersExpected());
        assertEquals(9, b.votersPresent());
        assertEquals(2, b.seats());
        assertEquals(3, b.candidates());
        assertEquals("Ballot[9/10, seats 2, {C1=6, C2=5, C3=1}]", b.toString());
    }

    @Test
    void ballotsAreEqualOnlyWithTheSameCountsSeatsAndVotes() {
        Ballot b = Ballot.of(10, 9, 2, votes("C1", 6));
        assertEquals(b, Ballot.of(10, 9, 2, votes("C1", 6)));
        assertEquals(b.hashCode(), Ballot.of(10, 9, 2, votes("C1", 6)).hashCode());
        assertNotEquals(b, Ballot.of(11, 9, 2, votes("C1", 6)));
        assertNotEquals(b.hashCode(), Ballot.of(10, 9, 2, votes("C1", 7)).hashCode());
        assertNotEquals(b, Ballot.of(10, 8, 2, votes("C1", 6)));
        assertNotEquals(b, Ballot.of(10, 9, 3, votes("C1", 6)));
        assertNotEquals(b, Ballot.of(10, 9, 2, votes("C1", 7)));
        assertNotEquals(b, (Object) "Ballot");
    }

    @Test
    void electionResultsAreEqualOnlyWithTheSameOutcome() {
        ElectionResult r = ElectionResult.of(true, List.of("C1"), List.of("C2", "C3"), 1);
        assertEquals(r, ElectionResult.of(true, List.of("C1"), List.of("C2", "C3"), 1));
        assertEquals(r.hashCode(), ElectionResult.of(true, List.of("C1"), List.of("C2", "C3"), 1).hashCode());
        assertNotEquals(r, ElectionResult.of(false, List.of("C1"), List.of("C2", "C3"), 1));
        assertNotEquals(r.hashCode(), ElectionResult.of(true, List.of("C1"), List.of("C2", "C3"), 0).hashCode());
        assertNotEquals(r, ElectionResult.of(true, List.of("C2"), List.of("C2", "C3"), 1));
        assertNotEquals(r, ElectionResult.of(true, List.of("C1"), List.of("C2"), 1));
        assertNotEquals(r, ElectionResult.of(true, List.of("C1"), List.of("C2", "C3"), 0));
        assertNotEquals(r, (Object) "valid");
        assertEquals("valid elected=[C1] tied=[C2, C3] seatsLeft=1", r.toString());
        assertEquals("invalid elected=[] tied=[] seatsLeft=2", ElectionResult.of(false, List.of(), List.of(), 2).toString());
    }
}
