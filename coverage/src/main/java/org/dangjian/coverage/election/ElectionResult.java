package org.dangjian.coverage.election;

import java.util.List;
import java.util.Objects;

/**
 * The result of an election of a committee: whether it was valid, who is elected (in order of votes), who is
 * tied for the last seat and must be voted on again, and how many seats are left for a by-election, such as
 * {@code valid, elected [C1, C3], seats left 1}.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class ElectionResult {
    private final boolean valid;
    private final List<String> elected;
    private final List<String> tied;
    private final int seatsLeft;

    private ElectionResult(boolean valid, List<String> elected, List<String> tied, int seatsLeft) {
        this.valid = valid;
        this.elected = List.copyOf(elected);
        this.tied = List.copyOf(tied);
        this.seatsLeft = seatsLeft;
    }

    /**
     * A result.
     *
     * @param valid whether the election was valid
     * @param elected the elected candidates in order of votes, not null
     * @param tied the candidates tied for the last seat, not null
     * @param seatsLeft the seats not filled
     * @return the result, not null
     */
    public static ElectionResult of(boolean valid, List<String> elected, List<String> tied, int seatsLeft) {
        return new ElectionResult(valid, elected, tied, seatsLeft);
    }

    /** @return whether the election was valid */
    public boolean isValid() {
        return valid;
    }

    /** @return the elected, in order of votes, not null */
    public List<String> elected() {
        return elected;
    }

    /** @return candidates tied for the last seat (to vote on again), not null */
    public List<String> tied() {
        return tied;
    }

    /** @return the seats left for a by-election or a new vote */
    public int seatsLeft() {
        return seatsLeft;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof ElectionResult r && r.valid == valid && r.elected.equals(elected) && r.tied.equals(tied)
                && r.seatsLeft == seatsLeft;
    }

    @Override
    public int hashCode() {
        return Objects.hash(valid, elected, tied, seatsLeft);
    }

    /** @return such as {@code valid elected=[C1, C2] tied=[] seatsLeft=1} */
    @Override
    public String toString() {
        return (valid ? "valid" : "invalid") + " elected=" + elected + " tied=" + tied + " seatsLeft=" + seatsLeft;
    }
}
