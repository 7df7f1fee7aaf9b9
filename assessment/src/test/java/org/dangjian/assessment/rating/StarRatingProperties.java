package org.dangjian.assessment.rating;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.dangjian.assessment.scorecard.Points;
import org.dangjian.assessment.scorecard.ScorecardInput;

class StarRatingProperties {

    @Property(tries = 200)
    void aVetoLeavesOneStarWhateverTheOtherScores(@ForAll @IntRange(max = 100) int rate,
            @ForAll @IntRange(max = 3) int innovation) {
        ScorecardInput in = StarRatingPolicyTest.measures(rate).putMeasures("innovation", Points.of(innovation))
                .addVetoes(DefaultScorecards.SERIOUS_VIOLATION).build();
        assertEquals(1, StarRatingPolicyTest.STARS.rate(in).value().stars());
    }

    @Property(tries = 200)
    void moreIsNeverFewerStars(@ForAll @IntRange(max = 99) int rate, @ForAll boolean innovation) {
        int lower = StarRatingPolicyTest.STARS.stars(StarRatingPolicyTest.measures(rate)
                .putMeasures("innovation", Points.of(innovation ? 1 : 0)).build());
        int higher = StarRatingPolicyTest.STARS.stars(StarRatingPolicyTest.measures(rate + 1)
                .putMeasures("innovation", Points.of(innovation ? 1 : 0)).build());
        assertTrue(higher >= lower);
        assertTrue(lower >= 1 && higher <= 5);
    }
}
