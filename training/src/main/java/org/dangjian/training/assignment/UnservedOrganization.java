package org.dangjian.training.assignment;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.util.List;
import org.dangjian.core.code.CreditCode;
import org.immutables.value.Value;

/**
 * An organization an optimal plan leaves without an instructor, and why.
 *
 * <p>{@link #getInstructorsConsidered()} lists the instructors in reach: for {@link UnservedReason#ONLY_CONFLICTED}
 * those who must avoid it, for {@link UnservedReason#ALL_AT_CAPACITY} those who could serve it but are full.
 * This class is immutable and thread-safe.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableUnservedOrganization.class)
@JsonDeserialize(as = ImmutableUnservedOrganization.class)
public abstract class UnservedOrganization {

    /** @return the organization, not null */
    public abstract CreditCode getOrganization();

    /** @return why it needed an instructor, not null */
    public abstract InstructorNeed getNeed();

    /** @return its priority weight */
    public abstract int getPriority();

    /** @return why it got none, not null */
    public abstract UnservedReason getReason();

    /** @return the instructors in reach that were considered, by id, not null */
    public abstract List<String> getInstructorsConsidered();

    /** @return a new builder, not null */
    public static Builder builder() {
        return new Builder();
    }

    /** Builds an {@link UnservedOrganization}. */
    public static class Builder extends ImmutableUnservedOrganization.Builder {}
}
