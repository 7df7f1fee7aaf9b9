package org.dangjian.assessment.rating;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.dangjian.assessment.AssessmentParameters;
import org.dangjian.assessment.AssessmentRules;
import org.dangjian.assessment.scorecard.Points;
import org.dangjian.core.band.BandedTable;
import org.dangjian.core.decision.Decision;
import org.dangjian.core.decision.Reason;
import org.dangjian.core.parameter.ResolvedParameters;

/**
 * Grades a secretary's annual report on Party building (述职评议考核) as 好, 较好, 一般 or 差 (ASM-REVW-001) from
 * the points of the review. The four grades are national; the bands of points are set locally
 * ({@code assessment.review.gradeBands}), so without them the decision is {@code INSUFFICIENT_DATA}.
 *
 * <pre>{@code
 * SecretaryReviewPolicy.of(resolved).grade(Points.of(92)).value();   // GOOD
 * }</pre>
 *
 * <p>This class is immutable and thread-safe.
 */
public final class SecretaryReviewPolicy {
    private final Optional<BandedTable<Points, SecretaryReviewGrade>> bands;

    private SecretaryReviewPolicy(Optional<BandedTable<Points, SecretaryReviewGrade>> bands) {
        this.bands = bands;
    }

    /**
     * The policy in force for resolved parameters.
     *
     * @param parameters the resolved parameters, not null
     * @return the policy, not null
     */
    public static SecretaryReviewPolicy of(ResolvedParameters parameters) {
        return new SecretaryReviewPolicy(parameters.find(AssessmentParameters.REVIEW_GRADE_BANDS));
    }

    /**
     * Grades a review.
     *
     * @param points the review's points, not negative, not null
     * @return {@code DETERMINED} with the grade, or {@code INSUFFICIENT_DATA} without local bands, not null
     * @throws IllegalArgumentException when the points are negative
     */
    public Decision<SecretaryReviewGrade> grade(Points points) {
        Objects.requireNonNull(points, "points");
        if (points.isNegative()) {
            throw new IllegalArgumentException("review points must not be negative: " + points);
        }
        if (bands.isEmpty()) {
            return Decision.insufficientData(List.of(Reason.of(AssessmentRules.SECRETARY_REVIEW, "review.noBands")
                    .with("parameter", AssessmentParameters.REVIEW_GRADE_BANDS.name())));
        }
        SecretaryReviewGrade g = bands.get().valueOf(points);
        return Decision.determined(g, List.of(Reason.of(AssessmentRules.SECRETARY_REVIEW, "review.grade")
                .with("points", points).with("grade", g.label()).with("gradeEn", g.name())
                .read(AssessmentParameters.REVIEW_GRADE_BANDS.name(), bands.get())));
    }
}
