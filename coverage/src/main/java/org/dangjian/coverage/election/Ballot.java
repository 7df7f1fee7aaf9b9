package org.dangjian.coverage.election;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import org.dangjian.core.validation.Violations;

/**
 * The facts of one committee election: voters expected (full members with the vote) and present, seats, and
 * the yes votes of each candidate by candidate id, such as {@code 9 expected, 8 present, 3 seats,
 * {C1=6, C2=4, C3=5, C4=2}}.
 *
 * <p>Invariants (all reported together): counts not negative; present not above expected; at least one seat;
 * no candidate with more yes votes than voters present. Use ids, not names: a ballot is personal data. This
 * class is immutable and thread-safe.
 */
public final class Ballot {
    private final int votersExpected;
    private final int votersPresent;
    private final int seats;
    private final Map<String, Integer> votes;

    private Ballot(int votersExpected, int votersPresent, int seats, Map<String, Integer> votes) {
        this.votersExpected = votersExpected;
        this.votersPresent = votersPresent;
        this.seats = seats;
        this.votes = votes;
    }

    /**
     * A ballot.
     *
     * @param votersExpected full members with the vote, not negative
     * @param votersPresent those present, not above expected
     * @param seats seats to fill, at least 1
     * @param votes yes votes per candidate id, in the order listed, not null
     * @return the ballot, not null
     * @throws org.dangjian.core.validation.InvalidInputException listing every problem
     */
    public static Ballot of(int votersExpected, int votersPresent, int seats, Map<String, Integer> votes) {
        Objects.requireNonNull(votes, "votes");
        Violations v = new Violations();
        v.check(votersExpected >= 0, "votersExpected", "must not be negative", votersExpected);
        v.check(votersPresent >= 0, "votersPresent", "must not be negative", votersPresent);
        v.check(votersPresent <= votersExpected, "votersPresent", "cannot exceed votersExpected (" + votersExpected + ")",
                votersPresent);
        v.check(seats >= 1, "seats", "at least one seat", seats);
        for (Map.Entry<String, Integer> e : votes.entrySet()) {
            int n = e.getValue() == null ? -1 : e.getValue();
            v.check(n >= 0 && n <= votersPresent, "votes[" + e.getKey() + "]",
                    "between 0 and the voters present (" + votersPresent + ")", e.getValue());
        }
        v.throwIfAny();
        return new Ballot(votersExpected, votersPresent, seats, Collections.unmodifiableMap(new LinkedHashMap<>(votes)));
    }

    /** @return voters expected */
    public int votersExpected() {
        return votersExpected;
    }

    /** @return voters present */
    public int votersPresent() {
        return votersPresent;
    }

    /** @return seats to fill */
    public int seats() {
        return seats;
    }

    /** @return yes votes per candidate id, not null */
    public Map<String, Integer> votes() {
        return votes;
    }

    /** @return the number of candidates */
    public int candidates() {
        return votes.size();
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Ballot b && b.votersExpected == votersExpected && b.votersPresent == votersPresent
                && b.seats == seats && b.votes.equals(votes);
    }

    @Override
    public int hashCode() {
        return Objects.hash(votersExpected, votersPresent, seats, votes);
    }

    @Override
    public String toString() {
        return "Ballot[" + votersPresent + "/" + votersExpected + ", seats " + seats + ", " + votes + "]";
    }
}
