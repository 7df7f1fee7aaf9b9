package org.dangjian.assessment.rating;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.dangjian.assessment.AssessmentRules;
import org.dangjian.assessment.scorecard.Indicator;
import org.dangjian.assessment.scorecard.Points;
import org.dangjian.assessment.scorecard.Scorecard;
import org.dangjian.assessment.scorecard.ScorecardInput;
import org.dangjian.assessment.scorecard.ScorecardResult;
import org.dangjian.core.decision.Decision;
import org.dangjian.core.decision.Outcome;
import org.dangjian.core.decision.Reason;
import org.dangjian.core.validation.Violations;

/**
 * The “双强六好” evaluation of a non-public enterprise's Party organization (ASM-DSSG-001): on a scorecard whose
 * indicators are grouped by {@link DoubleStrongSixGoodDimension} (the group is the dimension's name), a
 * dimension holds when its indicators earn their full points; the title needs all eight and no veto.
 *
 * <pre>{@code
 * DoubleStrongSixGoodPolicy dssg = DoubleStrongSixGoodPolicy.of(DefaultScorecards.doubleStrongSixGood());
 * dssg.evaluate(input).outcome();   // COMPLIANT: awarded
 * }</pre>
 *
 * <p>This class is immutable and thread-safe.
 */
public final class DoubleStrongSixGoodPolicy {
    private final Scorecard scorecard;

    private DoubleStrongSixGoodPolicy(Scorecard scorecard) {
        this.scorecard = scorecard;
    }

    /**
     * The policy for a scorecard.
     *
     * @param scorecard a scorecard with at least one indicator in each of the eight dimensions, not null
     * @return the policy, not null
     * @throws org.dangjian.core.validation.InvalidInputException naming each dimension without an indicator
     */
    public static DoubleStrongSixGoodPolicy of(Scorecard scorecard) {
        Objects.requireNonNull(scorecard, "scorecard");
        Violations v = new Violations();
        for (DoubleStrongSixGoodDimension d : DoubleStrongSixGoodDimension.values()) {
            v.check(scorecard.getIndicators().stream().anyMatch(i -> i.getGroup().filter(d.name()::equals).isPresent()),
                    "indicators", "no indicator has group " + d.name() + " (" + d.label() + ")", d.name());
        }
        v.throwIfAny();
        return new DoubleStrongSixGoodPolicy(scorecard);
    }

    /**
     * Evaluates an organization.
     *
     * @param input what was measured, not null
     * @return {@code COMPLIANT} when all eight dimensions hold and no veto, {@code NON_COMPLIANT} naming each
     *     dimension short of full points, {@code INSUFFICIENT_DATA} when a measure is missing; the value is the
     *     scorecard result, not null
     */
    public Decision<ScorecardResult> evaluate(ScorecardInput input) {
        Decision<ScorecardResult> card = scorecard.evaluate(input);
        List<Reason> reasons = new ArrayList<>(card.reasons());
        ScorecardResult r = card.value();
        if (card.outcome() == Outcome.INSUFFICIENT_DATA) {
            return Decision.of(Outcome.INSUFFICIENT_DATA, r, reasons);
        }
        int unmet = 0;
        for (DoubleStrongSixGoodDimension d : DoubleStrongSixGoodDimension.values()) {
            Points max = Points.ZERO;
            for (Indicator i : scorecard.getIndicators()) {
                if (i.getGroup().filter(d.name()::equals).isPresent()) {
                    max = max.plus(i.maxContribution());
                }
            }
            Points got = r.groupTotal(d.name());
            boolean met = got.compareTo(max) >= 0;
            unmet += met ? 0 : 1;
            reasons.add(Reason.of(AssessmentRules.DSSG, met ? "dssg.met" : "dssg.unmet").with("dimension", d.label())
                    .with("dimensionEn", d.name()).with("points", got).with("max", max));
        }
        boolean awarded = unmet == 0 && !r.isVetoed();
        reasons.add(Reason.of(AssessmentRules.DSSG, awarded ? "dssg.awarded" : "dssg.notAwarded").with("unmet", unmet)
                .with("vetoed", r.isVetoed()));
        return Decision.of(awarded ? Outcome.COMPLIANT : Outcome.NON_COMPLIANT, r, reasons);
    }
}
