package org.dangjian.assessment.rating;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.Objects;
import org.dangjian.assessment.scorecard.ScorecardResult;

/**
 * A star rating of a Party organization: the stars and the scorecard result they come from.
 *
 * <pre>{@code
 * StarRating r = policy.rate(input).value();
 * r.stars();      // 4
 * r.toString();   // 4星（92/110）
 * }</pre>
 *
 * <p>This class is immutable and thread-safe.
 */
public final class StarRating {
    private final int stars;
    private final ScorecardResult result;

    StarRating(int stars, ScorecardResult result) {
        this.stars = stars;
        this.result = Objects.requireNonNull(result, "result");
    }

    /** @return the stars */
    @JsonProperty("stars")
    public int stars() {
        return stars;
    }

    /** @return the scorecard result, not null */
    @JsonProperty("result")
    public ScorecardResult result() {
        return result;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof StarRating r && r.stars == stars && r.result.toString().equals(result.toString());
    }

    @Override
    public int hashCode() {
        return stars * 31 + result.toString().hashCode();
    }

    /** @return such as {@code 4星（92/110）} */
    @Override
    public String toString() {
        return stars + "星（" + result.total() + "/" + result.maxPoints() + "）";
    }
}
