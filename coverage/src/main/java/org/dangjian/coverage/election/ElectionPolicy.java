package org.dangjian.coverage.election;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.dangjian.core.decision.Decision;
import org.dangjian.core.decision.Outcome;
import org.dangjian.core.decision.Reason;
import org.dangjian.core.money.Fraction;
import org.dangjian.core.parameter.ResolvedParameters;
import org.dangjian.core.validation.InvalidInputException;
import org.dangjian.coverage.CoverageRules;

/**
 * The election of a committee as pure functions (选举条例): the quorum (present voters more than 4/5 of those
 * expected), the margin (candidates at least seats × 1.2, rounded up), and the majority (yes votes more than
 * half of those present; exactly half is not elected).
 *
 * <pre>{@code
 * ElectionPolicy e = ElectionPolicy.of(params.resolve(county, date));
 * e.decideQuorum(10, 8);          // NON_COMPLIANT: 8 is not more than 4/5 of 10
 * e.decideCandidates(5, 6);       // COMPLIANT: at least 6 candidates for 5 seats
 * e.decideResult(Ballot.of(9, 9, 2, Map.of("C1", 5, "C2", 4, "C3", 7)));  // elected [C3, C1]
 * }</pre>
 *
 * <p>This class is immutable and thread-safe.
 */
public final class ElectionPolicy {
    private final Fraction quorum;
    private final Fraction majority;
    private final Fraction candidateRatio;
    private final int congressAt;

    private ElectionPolicy(ResolvedParameters p) {
        this.quorum = p.get(CoverageRules.ELECTION_QUORUM);
        this.majority = p.get(CoverageRules.ELECTION_MAJORITY);
        this.candidateRatio = p.get(CoverageRules.ELECTION_CANDIDATE_RATIO);
        this.congressAt = p.get(CoverageRules.ELECTION_CONGRESS_AT_MEMBERS);
    }

    /**
     * The policy.
     *
     * @param parameters the resolved parameters, not null
     * @return the policy, not null
     * @throws org.dangjian.core.parameter.MissingParameterException when an election figure is unset
     */
    public static ElectionPolicy of(ResolvedParameters parameters) {
        return new ElectionPolicy(Objects.requireNonNull(parameters, "parameters"));
    }

    /**
     * Whether enough voters are present: strictly more than the quorum share of those expected.
     *
     * @param votersExpected full members with the vote, not negative
     * @param votersPresent those present, not above expected
     * @return COMPLIANT or NON_COMPLIANT with the least number present that suffices, not null
     * @throws InvalidInputException when the counts are inconsistent
     */
    public Decision<Long> decideQuorum(int votersExpected, int votersPresent) {
        Ballot.of(votersExpected, votersPresent, 1, Map.of());
        long needed = leastExceeding(quorum, votersExpected);
        boolean ok = votersExpected > 0 && quorum.isExceededBy(votersPresent, votersExpected);
        return Decision.of(ok ? Outcome.COMPLIANT : Outcome.NON_COMPLIANT, needed,
                Reason.of(CoverageRules.ELEC_QUORUM, ok ? "elec.quorum.met" : "elec.quorum.missed")
                        .with("present", votersPresent).with("expected", votersExpected).with("needed", needed)
                        .read(CoverageRules.ELECTION_QUORUM.name(), quorum));
    }

    /**
     * Whether there are enough candidates: at least {@code ceil(seats × ratio)}.
     *
     * @param seats seats, at least 1
     * @param candidates candidates, not negative
     * @return COMPLIANT or NON_COMPLIANT with the least number of candidates, not null
     * @throws InvalidInputException when seats are below 1 or candidates negative
     */
    public Decision<Long> decideCandidates(int seats, int candidates) {
        if (seats < 1 || candidates < 0) {
            throw InvalidInputException.of(seats < 1 ? "seats" : "candidates",
                    seats < 1 ? "at least one seat" : "must not be negative", seats < 1 ? seats : candidates);
        }
        long needed = candidateRatio.ceilingOf(seats);
        boolean ok = candidates >= needed;
        return Decision.of(ok ? Outcome.COMPLIANT : Outcome.NON_COMPLIANT, needed,
                Reason.of(CoverageRules.ELEC_CANDIDATES, ok ? "elec.candidates.met" : "elec.candidates.missed")
                        .with("seats", seats).with("candidates", candidates).with("needed", needed)
                        .read(CoverageRules.ELECTION_CANDIDATE_RATIO.name(), candidateRatio));
    }

    /**
     * Who votes and how: full members vote; from the congress threshold a representative congress may elect.
     *
     * @param fullMembers full members, not negative
     * @param members all members (with probationary), not below full members
     * @return DETERMINED with the number of voters, not null
     * @throws InvalidInputException when inconsistent
     */
    public Decision<Integer> decideVoters(int fullMembers, int members) {
        if (fullMembers < 0 || members < fullMembers) {
            throw InvalidInputException.of("fullMembers", "between 0 and members (" + members + ")", fullMembers);
        }
        List<Reason> reasons = new ArrayList<>();
        reasons.add(Reason.of(CoverageRules.ELEC_VOTERS, "elec.voters").with("fullMembers", fullMembers)
                .with("probationary", members - fullMembers));
        if (members >= congressAt) {
            reasons.add(Reason.of(CoverageRules.ELEC_VOTERS, "elec.congress").with("members", members)
                    .read(CoverageRules.ELECTION_CONGRESS_AT_MEMBERS.name(), congressAt));
        }
        return Decision.determined(fullMembers, reasons);
    }

    /**
     * The result of an election: valid only with the quorum; each candidate with yes votes strictly above the
     * majority share of those present is elected, in order of votes, up to the seats; candidates tied for the
     * last seat are voted on again; unfilled seats are left for a by-election.
     *
     * @param ballot the ballot, not null
     * @return COMPLIANT when every seat is filled, NON_COMPLIANT when the election is invalid or seats are left,
     *     with the result, not null
     */
    public Decision<ElectionResult> decideResult(Ballot ballot) {
        Decision<Long> q = decideQuorum(ballot.votersExpected(), ballot.votersPresent());
        List<Reason> reasons = new ArrayList<>(q.reasons());
        if (!q.isCompliant()) {
            return Decision.of(Outcome.NON_COMPLIANT,
                    ElectionResult.of(false, List.of(), List.of(), ballot.seats()), reasons);
        }
        int present = ballot.votersPresent();
        List<Map.Entry<String, Integer>> passing = new ArrayList<>();
        for (Map.Entry<String, Integer> e : ballot.votes().entrySet()) {
            boolean passes = majority.isExceededBy(e.getValue(), present);
            reasons.add(Reason.of(CoverageRules.ELEC_MAJORITY, passes ? "elec.majority.passed" : "elec.majority.failed")
                    .with("candidate", e.getKey()).with("votes", e.getValue()).with("present", present)
                    .read(CoverageRules.ELECTION_MAJORITY.name(), majority));
            if (passes) {
                passing.add(e);
            }
        }
        passing.sort(Comparator.comparing((Map.Entry<String, Integer> e) -> e.getValue()).reversed());
        List<String> elected = new ArrayList<>();
        List<String> tied = new ArrayList<>();
        int seats = ballot.seats();
        if (passing.size() <= seats) {
            passing.forEach(e -> elected.add(e.getKey()));
        } else {
            int boundary = passing.get(seats - 1).getValue();
            for (Map.Entry<String, Integer> e : passing) {
                if (e.getValue() > boundary) {
                    elected.add(e.getKey());
                } else if (e.getValue() == boundary) {
                    tied.add(e.getKey());
                }
            }
            if (elected.size() + tied.size() == seats) {
                elected.addAll(tied);
                tied.clear();
            } else {
                reasons.add(Reason.of(CoverageRules.ELEC_MAJORITY, "elec.tie").with("candidates", tied)
                        .with("votes", boundary));
            }
        }
        int left = seats - elected.size();
        if (left > 0) {
            reasons.add(Reason.of(CoverageRules.ELEC_MAJORITY, "elec.seatsLeft").with("seatsLeft", left));
        }
        return Decision.of(left == 0 ? Outcome.COMPLIANT : Outcome.NON_COMPLIANT,
                ElectionResult.of(true, elected, tied, left), reasons);
    }

    /** The least whole count c with c / of strictly greater than the share. */
    private static long leastExceeding(Fraction share, long of) {
        long c = share.ceilingOf(of);
        return share.isExceededBy(c, of) ? c : c + 1;
    }
}
