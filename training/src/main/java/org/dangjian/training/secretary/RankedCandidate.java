package org.dangjian.training.secretary;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import org.immutables.value.Value;

/**
 * A candidate's place in the ranking: the rank (1 is best), the best source that placed them there, and
 * whether they are ready for the post now or belong to the reserve.
 *
 * <p>{@code toString()} reads such as {@code 1 P-0102 MEMBER_MANAGER}. This class is immutable and
 * thread-safe.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableRankedCandidate.class)
@JsonDeserialize(as = ImmutableRankedCandidate.class)
public abstract class RankedCandidate {

    /** @return the rank, from 1 */
    public abstract int getRank();

    /** @return the person's id, not null */
    public abstract String getPersonId();

    /** @return the best of their sources in the preferred order, not null */
    public abstract CandidateSource getSource();

    /** @return whether they are a reserve candidate (后备人选) rather than a candidate for the post now */
    public abstract boolean isReserve();

    /** @return a new builder, not null */
    public static Builder builder() {
        return new Builder();
    }

    /** Builds a {@link RankedCandidate}. */
    public static class Builder extends ImmutableRankedCandidate.Builder {}

    @Override
    public String toString() {
        return getRank() + " " + getPersonId() + " " + getSource() + (isReserve() ? " (reserve)" : "");
    }
}
