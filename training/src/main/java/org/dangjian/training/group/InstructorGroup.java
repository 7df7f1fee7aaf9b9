package org.dangjian.training.group;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.util.List;
import org.dangjian.core.code.Jurisdiction;
import org.immutables.value.Value;

/**
 * A group of instructors of one jurisdiction with a lead (编组管理).
 *
 * <p>{@code toString()} reads such as {@code 430102001-G1 lead I-003 [I-003, I-007, I-012]}. This class is
 * immutable and thread-safe.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableInstructorGroup.class)
@JsonDeserialize(as = ImmutableInstructorGroup.class)
public abstract class InstructorGroup {

    /** @return the group's id, such as {@code 430102001-G1}, not null */
    public abstract String getId();

    /** @return the jurisdiction, not null */
    public abstract Jurisdiction getJurisdiction();

    /** @return the lead's id, one of the members, not null */
    public abstract String getLeadId();

    /** @return the members' ids, lead first, not null */
    public abstract List<String> getMemberIds();

    /** @return whether the size is within the parameter range */
    public abstract boolean isWithinRange();

    /** @return the number of members */
    public int size() {
        return getMemberIds().size();
    }

    /** @return a new builder, not null */
    public static Builder builder() {
        return new Builder();
    }

    /** Builds an {@link InstructorGroup}. */
    public static class Builder extends ImmutableInstructorGroup.Builder {}

    @Override
    public String toString() {
        return getId() + " lead " + getLeadId() + " " + getMemberIds();
    }
}
