package org.dangjian.assessment.rating;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.dangjian.assessment.AssessmentParameters;
import org.dangjian.assessment.AssessmentRules;
import org.dangjian.assessment.scorecard.Points;
import org.dangjian.assessment.scorecard.Scorecard;
import org.dangjian.assessment.scorecard.ScorecardInput;
import org.dangjian.assessment.scorecard.ScorecardResult;
import org.dangjian.core.band.Band;
import org.dangjian.core.band.BandedTable;
import org.dangjian.core.decision.Decision;
import org.dangjian.core.decision.Outcome;
import org.dangjian.core.decision.Reason;
import org.dangjian.core.parameter.ResolvedParameters;

/**
 * Rates Party organizations with stars: the total of a scorecard falls in a star band (ASM-STAR-001); the top
 * band also needs an innovation project where the locality says so (ASM-STAR-002); a veto item leaves the
 * lowest star (ASM-STAR-003).
 *
 * <pre>{@code
 * PolicyParameters p = PolicyParameters.nationalBaseline().adopt(city, AssessmentRules.CITY_FIVE_STAR, from);
 * StarRatingPolicy stars = StarRatingPolicy.of(p.resolve(county, asOf), DefaultScorecards.cityFiveStar());
 * stars.rate(input).value();   // 4星（92/110）
 * }</pre>
 *
 * <p>Star ratings are local: without star bands for the jurisdiction the decision is {@code INSUFFICIENT_DATA}.
 * The city scheme of ../shared/RULES.md ships as {@link AssessmentRules#CITY_FIVE_STAR}. Scoring a subject
 * allocates little beyond its result ({@link #stars(ScorecardInput)} skips the reasons). This class is
 * immutable and thread-safe.
 */
public final class StarRatingPolicy {
    private final Scorecard scorecard;
    private final Optional<BandedTable<Points, Integer>> bands;
    private final boolean topNeedsInnovation;
    private final String innovationIndicator;

    private StarRatingPolicy(Scorecard scorecard, Optional<BandedTable<Points, Integer>> bands,
            boolean topNeedsInnovation, String innovationIndicator) {
        this.scorecard = scorecard;
        this.bands = bands;
        this.topNeedsInnovation = topNeedsInnovation;
        this.innovationIndicator = innovationIndicator;
    }

    /**
     * The policy for a scorecard whose innovation indicator is {@link DefaultScorecards#INNOVATION}.
     *
     * @param parameters the resolved parameters, not null
     * @param scorecard the scorecard, not null
     * @return the policy, not null
     */
    public static StarRatingPolicy of(ResolvedParameters parameters, Scorecard scorecard) {
        return of(parameters, scorecard, DefaultScorecards.INNOVATION);
    }

    /**
     * The policy for a scorecard.
     *
     * @param parameters the resolved parameters, not null
     * @param scorecard the scorecard, not null
     * @param innovationIndicator the id of the indicator counting innovation projects, not null
     * @return the policy, not null
     */
    public static StarRatingPolicy of(ResolvedParameters parameters, Scorecard scorecard, String innovationIndicator) {
        return new StarRatingPolicy(Objects.requireNonNull(scorecard, "scorecard"),
                parameters.find(AssessmentParameters.STAR_BANDS),
                parameters.find(AssessmentParameters.TOP_STARS_NEED_INNOVATION).orElse(false),
                Objects.requireNonNull(innovationIndicator, "innovationIndicator"));
    }

    /** @return the scorecard, not null */
    public Scorecard scorecard() {
        return scorecard;
    }

    /**
     * The stars alone, without reasons: for scoring many organizations.
     *
     * @param input what was measured, not null
     * @return the stars; -1 when the bands are unset or a measure is missing
     */
    public int stars(ScorecardInput input) {
        ScorecardResult r = scorecard.score(input);
        if (bands.isEmpty() || !r.missing().isEmpty()) {
            return -1;
        }
        return starsOf(r, input, null);
    }

    private int starsOf(ScorecardResult r, ScorecardInput input, List<Reason> reasons) {
        BandedTable<Points, Integer> t = bands.get();
        List<Band<Points, Integer>> list = t.bands();
        int lowest = list.get(0).value();
        Points total = r.total();
        int idx = 0;
        for (int i = 0; i < list.size(); i++) {
            if (list.get(i).contains(total)) {
                idx = i;
            }
        }
        int stars = list.get(idx).value();
        if (reasons != null) {
            reasons.add(Reason.of(AssessmentRules.STAR_BY_BANDS, "star.band").with("total", total)
                    .with("stars", stars).read(AssessmentParameters.STAR_BANDS.name(), t));
        }
        if (idx == list.size() - 1 && idx > 0 && topNeedsInnovation) {
            Points projects = input.getMeasures().get(innovationIndicator);
            boolean has = projects != null && projects.compareTo(Points.of(1)) >= 0;
            if (!has) {
                stars = list.get(idx - 1).value();
            }
            if (reasons != null) {
                reasons.add(Reason.of(AssessmentRules.STAR_INNOVATION, has ? "star.innovation" : "star.noInnovation")
                        .with("stars", stars).read(AssessmentParameters.TOP_STARS_NEED_INNOVATION.name(), true));
            }
        }
        if (r.isVetoed() && stars > lowest) {
            stars = lowest;
            if (reasons != null) {
                reasons.add(Reason.of(AssessmentRules.STAR_VETO, "star.veto").with("stars", stars)
                        .with("vetoes", String.join("、", r.vetoes())));
            }
        }
        return stars;
    }

    /**
     * Rates an organization.
     *
     * @param input what was measured, not null
     * @return {@code DETERMINED} with the rating and the scorecard's and the bands' reasons;
     *     {@code INSUFFICIENT_DATA} when the star bands are unset or a measure is missing, not null
     */
    public Decision<StarRating> rate(ScorecardInput input) {
        Decision<ScorecardResult> card = scorecard.evaluate(input);
        List<Reason> reasons = new ArrayList<>(card.reasons());
        if (bands.isEmpty()) {
            reasons.add(Reason.of(AssessmentRules.STAR_BY_BANDS, "star.noBands")
                    .with("parameter", AssessmentParameters.STAR_BANDS.name()));
            return Decision.insufficientData(reasons);
        }
        if (card.outcome() == Outcome.INSUFFICIENT_DATA) {
            return Decision.insufficientData(reasons);
        }
        ScorecardResult r = card.value();
        int stars = starsOf(r, input, reasons);
        return Decision.determined(new StarRating(stars, r), reasons);
    }
}
