package org.dangjian.assessment.scorecard;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import org.immutables.value.Value;

/**
 * One step of a {@link ScoringKind#THRESHOLD} indicator: a value reaching {@code atLeast} earns {@code points},
 * such as “at least 4 meetings: 10 points”.
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableThresholdStep.class)
@JsonDeserialize(as = ImmutableThresholdStep.class)
public abstract class ThresholdStep {

    /** @return the value to reach, not null */
    public abstract Points getAtLeast();

    /** @return the points earned, not null */
    public abstract Points getPoints();

    /**
     * A step.
     *
     * @param atLeast the value to reach, not null
     * @param points the points earned, not null
     * @return the step, not null
     */
    public static ThresholdStep of(Points atLeast, Points points) {
        return ImmutableThresholdStep.builder().atLeast(atLeast).points(points).build();
    }
}
