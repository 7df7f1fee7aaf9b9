package org.dangjian.coverage.ledger;

import java.util.Objects;
import org.dangjian.core.code.Jurisdiction;
import org.dangjian.core.money.Fraction;

/**
 * One place in a ranking of sub-jurisdictions by a rate, such as {@code 1. 430102001 19/20}. Equal rates share
 * a rank (competition ranking: 1, 1, 3).
 *
 * <p>This class is immutable and thread-safe.
 */
public final class RankEntry {
    private final int rank;
    private final Jurisdiction jurisdiction;
    private final Fraction rate;

    private RankEntry(int rank, Jurisdiction jurisdiction, Fraction rate) {
        this.rank = rank;
        this.jurisdiction = Objects.requireNonNull(jurisdiction);
        this.rate = Objects.requireNonNull(rate);
    }

    /**
     * An entry.
     *
     * @param rank the rank, 1 is best
     * @param jurisdiction the jurisdiction, not null
     * @param rate its rate, not null
     * @return the entry, not null
     */
    public static RankEntry of(int rank, Jurisdiction jurisdiction, Fraction rate) {
        return new RankEntry(rank, jurisdiction, rate);
    }

    /** @return the rank, 1 is best */
    public int rank() {
        return rank;
    }

    /** @return the jurisdiction, not null */
    public Jurisdiction jurisdiction() {
        return jurisdiction;
    }

    /** @return the rate, not null */
    public Fraction rate() {
        return rate;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof RankEntry e && e.rank == rank && e.jurisdiction.equals(jurisdiction) && e.rate.equals(rate);
    }

    @Override
    public int hashCode() {
        return Objects.hash(rank, jurisdiction, rate);
    }

    /** @return such as {@code 1. 430102001 19/20} */
    @Override
    public String toString() {
        return rank + ". " + jurisdiction + " " + rate;
    }
}
