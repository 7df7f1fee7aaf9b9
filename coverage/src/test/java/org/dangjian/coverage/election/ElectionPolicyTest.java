package org.dangjian.coverage.election;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.dangjian.core.decision.Decision;
import org.dangjian.core.decision.Outcome;
import org.dangjian.core.validation.InvalidInputException;
import org.dangjian.coverage.Fixtures;
import org.junit.jupiter.api.Test;

class ElectionPolicyTest {
    private final ElectionPolicy e = ElectionPolicy.of(Fixtures.national());

    @Test
    void eightOfTenPresentIsNotMoreThanFourFifths() {
        Decision<Long> d = e.decideQuorum(10, 8);
        assertEquals(Outcome.NON_COMPLIANT, d.outcome());
        assertEquals(9L, d.value());
    }

    @Test
    void nineOfTenPresentIsValid() {
        assertEquals(Outcome.COMPLIANT, e.decideQuorum(10, 9).outcome());
    }

    @Test
    void fourOfFiveIsNotEnoughAndFiveOfFiveIs() {
        assertEquals(Outcome.NON_COMPLIANT, e.decideQuorum(5, 4).outcome());
        assertEquals(Outcome.COMPLIANT, e.decideQuorum(5, 5).outcome());
    }

    @Test
    void noVoterExpectedIsNoValidElection() {
        assertEquals(Outcome.NON_COMPLIANT, e.decideQuorum(0, 0).outcome());
    }

    @Test
    void rejectsMorePresentThanExpected() {
        assertThrows(InvalidInputException.class, () -> e.decideQuorum(5, 6));
    }

    @Test
    void fiveSeatsNeedSixCandidatesAndThreeSeatsNeedFour() {
        assertEquals(6L, e.decideCandidates(5, 6).value());
        assertEquals(Outcome.COMPLIANT, e.decideCandidates(5, 6).outcome());
        assertEquals(Outcome.NON_COMPLIANT, e.decideCandidates(5, 5).outcome());
        assertEquals(4L, e.decideCandidates(3, 4).value());
        assertEquals(Outcome.NON_COMPLIANT, e.decideCandidates(3, 3).outcome());
        assertEquals(6L, e.decideCandidates(5, 0).value());
    }

    @Test
    void exactlyHalfOfThosePresentIsNotElected() {
        Map<String, Integer> votes = new LinkedHashMap<>();
        votes.put("C1", 5);
        votes.put("C2", 6);
        Decision<ElectionResult> d = e.decideResult(Ballot.of(10, 10, 2, votes));
        assertEquals(List.of("C2"), d.value().elected());
        assertEquals(1, d.value().seatsLeft());
        assertEquals(Outcome.NON_COMPLIANT, d.outcome());
    }

    @Test
    void electsTheMostVotedUpToTheSeats() {
        Map<String, Integer> votes = new LinkedHashMap<>();
        votes.put("C1", 5);
        votes.put("C2", 8);
        votes.put("C3", 7);
        votes.put("C4", 9);
        Decision<ElectionResult> d = e.decideResult(Ballot.of(9, 9, 3, votes));
        assertEquals(List.of("C4", "C2", "C3"), d.value().elected());
        assertEquals(Outcome.COMPLIANT, d.outcome());
    }

    @Test
    void tieForTheLastSeatIsVotedAgain() {
        Map<String, Integer> votes = new LinkedHashMap<>();
        votes.put("C1", 8);
        votes.put("C2", 6);
        votes.put("C3", 6);
        Decision<ElectionResult> d = e.decideResult(Ballot.of(9, 9, 2, votes));
        assertEquals(List.of("C1"), d.value().elected());
        assertEquals(List.of("C2", "C3"), d.value().tied());
        assertEquals(1, d.value().seatsLeft());
    }

    @Test
    void invalidElectionElectsNoOne() {
        Decision<ElectionResult> d = e.decideResult(Ballot.of(10, 8, 1, Map.of("C1", 8)));
        assertEquals(Outcome.NON_COMPLIANT, d.outcome());
        assertEquals(List.of(), d.value().elected());
        assertTrue(!d.value().isValid());
    }

    @Test
    void rejectsEveryBallotProblemAtOnce() {
        InvalidInputException ex = assertThrows(InvalidInputException.class,
                () -> Ballot.of(5, 6, 0, Map.of("C1", 7)));
        assertEquals(3, ex.violations().size());
    }

    @Test
    void onlyFullMembersVoteAndFiveHundredMembersMayHoldACongress() {
        assertEquals(12, e.decideVoters(12, 15).value());
        assertEquals(List.of("COV-ELEC-004"), e.decideVoters(450, 499).ruleIds());
        assertEquals(2, e.decideVoters(450, 500).reasons().size());
    }
}
