package org.dangjian.assessment.rating;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.OptionalInt;
import org.dangjian.assessment.AssessmentRules;
import org.dangjian.assessment.life.OrganizationalLifePolicyTest;
import org.dangjian.assessment.scorecard.Indicator;
import org.dangjian.assessment.scorecard.Points;
import org.dangjian.assessment.scorecard.Scorecard;
import org.dangjian.assessment.scorecard.ScorecardInput;
import org.dangjian.assessment.scorecard.ScoringKind;
import org.dangjian.core.decision.Decision;
import org.dangjian.core.decision.Outcome;
import org.dangjian.core.json.DangjianJson;
import org.dangjian.core.parameter.PolicyParameters;
import org.dangjian.core.parameter.ResolvedParameters;
import org.dangjian.core.validation.InvalidInputException;
import org.junit.jupiter.api.Test;

class StarRatingPolicyTest {
    static final ResolvedParameters CITY = PolicyParameters.nationalBaseline()
            .adopt(OrganizationalLifePolicyTest.COUNTY, AssessmentRules.CITY_FIVE_STAR, LocalDate.of(2020, 1, 1))
            .resolve(OrganizationalLifePolicyTest.COUNTY, LocalDate.of(2026, 12, 31));
    static final StarRatingPolicy STARS = StarRatingPolicy.of(CITY, DefaultScorecards.cityFiveStar());

    static ScorecardInput.Builder measures(int rate) {
        ScorecardInput.Builder b = ScorecardInput.builder();
        for (String id : new String[] {"life", "theme-day", "study", "dues", "satisfaction"}) {
            b.putMeasures(id, Points.of(rate));
        }
        return b.putMeasures("life-meeting", Points.of(1)).putMeasures("team", Points.of(1))
                .putMeasures("admission", Points.of(1)).putMeasures("venue", Points.of(6))
                .putMeasures("mass-organizations", Points.of(3));
    }

    @Test
    void fastPathGivesTheSameStarsAsTheDecision() {
        for (int rate = 0; rate <= 100; rate += 5) {
            ScorecardInput in = measures(rate).build();
            assertEquals(STARS.rate(in).value().stars(), STARS.stars(in), "rate " + rate);
        }
    }

    @Test
    void fastPathSaysMinusOneWithoutBands() {
        StarRatingPolicy none = StarRatingPolicy.of(PolicyParameters.nationalBaseline()
                .resolve(OrganizationalLifePolicyTest.COUNTY, LocalDate.of(2026, 12, 31)), DefaultScorecards.cityFiveStar());
        assertEquals(-1, none.stars(measures(100).build()));
        assertEquals(Outcome.INSUFFICIENT_DATA, none.rate(measures(100).build()).outcome());
    }

    @Test
    void scoresTenThousandBranchesWithTheDefaultScorecard() {
        ScorecardInput[] inputs = new ScorecardInput[10_000];
        for (int i = 0; i < inputs.length; i++) {
            inputs[i] = measures(i % 101).putMeasures("innovation", Points.of(i % 2)).build();
        }
        int[] histogram = new int[6];
        for (ScorecardInput in : inputs) {
            histogram[STARS.stars(in)]++;
        }
        assertEquals(10_000, histogram[1] + histogram[2] + histogram[3] + histogram[4] + histogram[5]);
        assertTrue(histogram[5] > 0 && histogram[1] > 0);
    }

    @Test
    void ratingSerializesToJson() {
        Decision<StarRating> d = STARS.rate(measures(100).putMeasures("innovation", Points.of(1)).build());
        String json = DangjianJson.write(d);
        assertTrue(json.contains("\"stars\":5"), json);
        assertTrue(json.contains("\"total\":110"), json);
    }

    @Test
    void doubleStrongSixGoodNeedsAnIndicatorInEveryDimension() {
        Scorecard partial = Scorecard.builder().id("p").title("部分").basePoints(Points.of(10))
                .addIndicators(Indicator.builder().id("a").title("党建").group("STRONG_PARTY_BUILDING")
                        .kind(ScoringKind.THRESHOLD).maxPoints(Points.of(10))
                        .addSteps(org.dangjian.assessment.scorecard.ThresholdStep.of(Points.of(1), Points.of(10)))
                        .build()).build();
        InvalidInputException e = assertThrows(InvalidInputException.class, () -> DoubleStrongSixGoodPolicy.of(partial));
        assertEquals(7, e.violations().size());
    }

    @Test
    void prioritySupportReadsTheLocalMinimum() {
        PrioritySupportPolicy p = PrioritySupportPolicy.of(PolicyParameters.nationalBaseline()
                .override(OrganizationalLifePolicyTest.COUNTY, LocalDate.of(2020, 1, 1),
                        org.dangjian.assessment.AssessmentParameters.SUPPORT_MIN_STARS, 5)
                .resolve(OrganizationalLifePolicyTest.COUNTY, LocalDate.of(2026, 12, 31)));
        assertEquals(Outcome.NON_COMPLIANT, p.decide(OptionalInt.of(4), false, false).outcome());
        assertEquals(Outcome.COMPLIANT, p.decide(OptionalInt.of(5), false, false).outcome());
    }
}
