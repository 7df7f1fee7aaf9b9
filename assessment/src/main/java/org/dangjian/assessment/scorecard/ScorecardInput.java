package org.dangjian.assessment.scorecard;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.util.Map;
import java.util.Set;
import org.immutables.value.Value;

/**
 * What was measured for one subject (a branch, a jurisdiction) on a scorecard: a value per indicator id and the
 * veto items that hold.
 *
 * <pre>{@code
 * ScorecardInput in = ScorecardInput.builder().subject("430102-B-0001")
 *         .putMeasures("life", Points.of(92)).putMeasures("dues", Points.of(1))
 *         .addVetoes("discipline")
 *         .build();
 * }</pre>
 *
 * <p>A deduction, bonus or penalty indicator without a measure counts no items; a threshold or linear
 * indicator without one makes the total undeterminable. This class is immutable and thread-safe.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableScorecardInput.class)
@JsonDeserialize(as = ImmutableScorecardInput.class)
public abstract class ScorecardInput {

    /** @return who is scored, such as a Party organization's id, not null */
    @Value.Default
    public String getSubject() {
        return "";
    }

    /** @return the measured value per indicator id, not null */
    public abstract Map<String, Points> getMeasures();

    /** @return the ids of the veto items that hold, not null */
    public abstract Set<String> getVetoes();

    /** @return a new builder, not null */
    public static Builder builder() {
        return new Builder();
    }

    /** Builds a {@link ScorecardInput}. */
    public static class Builder extends ImmutableScorecardInput.Builder {}
}
