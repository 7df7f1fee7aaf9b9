package org.dangjian.training.plan;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.util.Map;
import org.immutables.value.Value;

/**
 * A rotation training plan: the class each placed person attends, and why the others got no place.
 *
 * <p>{@code toString()} reads such as {@code placed 58/60}. This class is immutable and thread-safe.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableRotationPlan.class)
@JsonDeserialize(as = ImmutableRotationPlan.class)
public abstract class RotationPlan {

    /** @return the class of each placed person, by person id, not null */
    public abstract Map<String, String> getPlacements();

    /** @return why each unplaced person got no place, by person id, not null */
    public abstract Map<String, UnplacedReason> getUnplaced();

    /** @return a new builder, not null */
    public static Builder builder() {
        return new Builder();
    }

    /** Builds a {@link RotationPlan}. */
    public static class Builder extends ImmutableRotationPlan.Builder {}

    @Override
    public String toString() {
        return "placed " + getPlacements().size() + "/" + (getPlacements().size() + getUnplaced().size());
    }
}
