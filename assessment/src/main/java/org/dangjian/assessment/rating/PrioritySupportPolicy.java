package org.dangjian.assessment.rating;

import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import org.dangjian.assessment.AssessmentParameters;
import org.dangjian.assessment.AssessmentRules;
import org.dangjian.core.decision.Decision;
import org.dangjian.core.decision.Outcome;
import org.dangjian.core.decision.Reason;
import org.dangjian.core.parameter.ResolvedParameters;

/**
 * Eligibility for priority support “under equal conditions” (同等条件下优先支持) in funding and bidding,
 * derived from ratings (ASM-SUPP-001): an organization flagged weak and lax is not eligible; one awarded
 * “双强六好” is; otherwise one rated at least the local minimum of stars is. The minimum is local (grade C)
 * with no national default.
 *
 * <pre>{@code
 * PrioritySupportPolicy.of(resolved).decide(OptionalInt.of(5), false, false);   // COMPLIANT: eligible
 * }</pre>
 *
 * <p>This class is immutable and thread-safe.
 */
public final class PrioritySupportPolicy {
    private final Optional<Integer> minStars;

    private PrioritySupportPolicy(Optional<Integer> minStars) {
        this.minStars = minStars;
    }

    /**
     * The policy in force for resolved parameters.
     *
     * @param parameters the resolved parameters, not null
     * @return the policy, not null
     */
    public static PrioritySupportPolicy of(ResolvedParameters parameters) {
        return new PrioritySupportPolicy(parameters.find(AssessmentParameters.SUPPORT_MIN_STARS));
    }

    /**
     * Decides eligibility.
     *
     * @param stars the organization's stars, empty when not rated, not null
     * @param doubleStrongSixGood whether it holds the “双强六好” title
     * @param weakAndLax whether it is flagged weak and lax
     * @return {@code COMPLIANT} (eligible, value true), {@code NON_COMPLIANT} (value false), or
     *     {@code INSUFFICIENT_DATA} when only the stars could decide and the minimum is unset, not null
     */
    public Decision<Boolean> decide(OptionalInt stars, boolean doubleStrongSixGood, boolean weakAndLax) {
        if (weakAndLax) {
            return Decision.of(Outcome.NON_COMPLIANT, false, Reason.of(AssessmentRules.SUPPORT, "support.weak"));
        }
        if (doubleStrongSixGood) {
            return Decision.of(Outcome.COMPLIANT, true, Reason.of(AssessmentRules.SUPPORT, "support.dssg"));
        }
        if (stars.isEmpty()) {
            return Decision.of(Outcome.NON_COMPLIANT, false, Reason.of(AssessmentRules.SUPPORT, "support.unrated"));
        }
        if (minStars.isEmpty()) {
            return Decision.insufficientData(List.of(Reason.of(AssessmentRules.SUPPORT, "support.noMinimum")
                    .with("stars", stars.getAsInt()).with("parameter", AssessmentParameters.SUPPORT_MIN_STARS.name())));
        }
        boolean ok = stars.getAsInt() >= minStars.get();
        return Decision.of(ok ? Outcome.COMPLIANT : Outcome.NON_COMPLIANT, ok,
                Reason.of(AssessmentRules.SUPPORT, ok ? "support.stars" : "support.tooFewStars")
                        .with("stars", stars.getAsInt())
                        .read(AssessmentParameters.SUPPORT_MIN_STARS.name(), minStars.get()));
    }
}
