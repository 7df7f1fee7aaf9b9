package org.dangjian.assessment;

import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.dangjian.assessment.rating.DefaultScorecards;
import org.dangjian.assessment.scorecard.json.ScorecardJson;
import org.dangjian.core.testing.HostileJson;

/** A county's scorecard JSON, however malformed, ends in a scorecard or one InvalidInputException. */
class HostileJsonProperties {
    @Property(tries = 2000)
    void scorecardReader(@ForAll("scorecards") String json) {
        HostileJson.assertValueOrInvalidInput(() -> ScorecardJson.read(json));
    }

    @Property(tries = 500)
    void scorecardListReader(@ForAll("scorecardLists") String json) {
        HostileJson.assertValueOrInvalidInput(() -> ScorecardJson.readAll(json));
    }

    @Provide
    Arbitrary<String> scorecards() {
        return HostileJson.documents(ScorecardJson.write(DefaultScorecards.cityFiveStar()));
    }

    @Provide
    Arbitrary<String> scorecardLists() {
        return HostileJson.documents("[" + ScorecardJson.write(DefaultScorecards.cityFiveStar()) + ","
                + ScorecardJson.write(DefaultScorecards.doubleStrongSixGood()) + "]");
    }
}
