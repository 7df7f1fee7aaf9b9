package org.dangjian.assessment.scorecard;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import org.immutables.value.Value;

/**
 * Where a grade of a scorecard begins: a total of at least {@code minimum} earns {@code grade} (until the next
 * step), such as {@code minimum 90: 优秀}.
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableGradeStep.class)
@JsonDeserialize(as = ImmutableGradeStep.class)
public abstract class GradeStep {

    /** @return the lowest total of the grade, inclusive, not null */
    public abstract Points getMinimum();

    /** @return the grade's label, not blank */
    public abstract String getGrade();

    /**
     * A grade step.
     *
     * @param minimum the lowest total, inclusive, not null
     * @param grade the label, not blank
     * @return the step, not null
     */
    public static GradeStep of(Points minimum, String grade) {
        return ImmutableGradeStep.builder().minimum(minimum).grade(grade).build();
    }
}
