package org.dangjian.training.assignment;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.util.Optional;
import org.dangjian.core.code.CreditCode;
import org.immutables.value.Value;

/**
 * One organization given one instructor in a plan, with the parts of its cost.
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableAssignment.class)
@JsonDeserialize(as = ImmutableAssignment.class)
public abstract class Assignment {

    /** @return the organization, not null */
    public abstract CreditCode getOrganization();

    /** @return the instructor's id, not null */
    public abstract String getInstructorId();

    /** @return the organization's priority weight */
    public abstract int getPriority();

    /** @return levels of the division hierarchy between the instructor's base and the organization, 0 to 4 */
    public abstract int getDistance();

    /** @return whether the organization's industry is in the instructor's expertise */
    public abstract boolean isExpertiseMatch();

    /** @return the instructor it had before, when that was another one, not null */
    public abstract Optional<String> getReassignedFrom();

    /** @return the cost of this assignment under the plan's weights */
    public abstract long getCost();

    /** @return a new builder, not null */
    public static Builder builder() {
        return new Builder();
    }

    /** Builds an {@link Assignment}. */
    public static class Builder extends ImmutableAssignment.Builder {}
}
