package org.dangjian.assessment.scorecard;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.Objects;
import java.util.Optional;

/**
 * One line of a scorecard's breakdown: the indicator, the value measured (if any) and the points earned.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class IndicatorScore {
    private final Indicator indicator;
    private final Points measure;
    private final Points points;

    IndicatorScore(Indicator indicator, Points measure, Points points) {
        this.indicator = indicator;
        this.measure = measure;
        this.points = points;
    }

    /** @return the indicator's id, not null */
    @JsonProperty("indicator")
    public String indicatorId() {
        return indicator.getId();
    }

    /** @return the indicator, not null */
    public Indicator indicator() {
        return indicator;
    }

    /** @return the value measured, empty when none was given, not null */
    @JsonProperty("measure")
    public Optional<Points> measure() {
        return Optional.ofNullable(measure);
    }

    /** @return the points earned (negative for a penalty), not null */
    @JsonProperty("points")
    public Points points() {
        return points;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof IndicatorScore s && s.indicator.equals(indicator) && Objects.equals(s.measure, measure)
                && s.points.equals(points);
    }

    @Override
    public int hashCode() {
        return Objects.hash(indicator.getId(), measure, points);
    }

    /** @return such as {@code life 9.2/10} */
    @Override
    public String toString() {
        return indicator.getId() + " " + points + "/" + indicator.maxContribution();
    }
}
