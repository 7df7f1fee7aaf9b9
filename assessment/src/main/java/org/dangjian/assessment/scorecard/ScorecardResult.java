package org.dangjian.assessment.scorecard;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The score of one subject on a scorecard: the total (between the floor and the maximum), the raw sum, the
 * grade, the veto items that held, and the breakdown by indicator.
 *
 * <pre>{@code
 * ScorecardResult r = card.score(input);
 * r.total();        // 92
 * r.grade();        // Optional[四星]
 * r.breakdown();    // [life 9.2/10, dues 8/10, …]
 * r.toString();     // 92/110 四星
 * }</pre>
 *
 * <p>Kept as arrays of hundredths so that scoring many subjects allocates little; the breakdown is built on
 * request. This class is immutable and thread-safe.
 */
public final class ScorecardResult {
    private final Scorecard scorecard;
    private final String subject;
    private final long[] measures;
    private final boolean[] measured;
    private final long[] points;
    private final long raw;
    private final long total;
    private final int gradeIndex;
    private final List<String> vetoes;
    private final List<String> missing;

    ScorecardResult(Scorecard scorecard, String subject, long[] measures, boolean[] measured, long[] points,
            long raw, long total, int gradeIndex, List<String> vetoes, List<String> missing) {
        this.scorecard = scorecard;
        this.subject = subject;
        this.measures = measures;
        this.measured = measured;
        this.points = points;
        this.raw = raw;
        this.total = total;
        this.gradeIndex = gradeIndex;
        this.vetoes = vetoes;
        this.missing = missing;
    }

    /** @return the scorecard, not null */
    public Scorecard scorecard() {
        return scorecard;
    }

    /** @return who was scored, not null */
    @JsonProperty("subject")
    public String subject() {
        return subject;
    }

    /** @return the total, between the floor and the maximum, not null */
    @JsonProperty("total")
    public Points total() {
        return Points.ofHundredths(total);
    }

    /** @return the total in hundredths */
    public long totalHundredths() {
        return total;
    }

    /** @return the sum of the indicators' points before the floor and the maximum apply, not null */
    @JsonProperty("rawSum")
    public Points rawSum() {
        return Points.ofHundredths(raw);
    }

    /** @return the scorecard's maximum, not null */
    @JsonProperty("maxPoints")
    public Points maxPoints() {
        return scorecard.maxPoints();
    }

    /** @return the grade, after any veto cap; empty when the scorecard has no grades, not null */
    @JsonProperty("grade")
    public Optional<String> grade() {
        return gradeIndex < 0 ? Optional.empty() : Optional.of(scorecard.getGrades().get(gradeIndex).getGrade());
    }

    /** @return the grade's position, lowest first; -1 when the scorecard has no grades */
    public int gradeIndex() {
        return gradeIndex;
    }

    /** @return the ids of the veto items that held, in scorecard order, not null */
    @JsonProperty("vetoes")
    public List<String> vetoes() {
        return vetoes;
    }

    /** @return whether a veto item held */
    public boolean isVetoed() {
        return !vetoes.isEmpty();
    }

    /** @return the ids of threshold and linear indicators without a measure, not null */
    @JsonProperty("missing")
    public List<String> missing() {
        return missing;
    }

    /**
     * The points of one indicator.
     *
     * @param index the indicator's position in the scorecard
     * @return the points, not null
     */
    public Points pointsOf(int index) {
        return Points.ofHundredths(points[index]);
    }

    /** @return one line per indicator, in scorecard order, not null */
    @JsonProperty("breakdown")
    public List<IndicatorScore> breakdown() {
        List<Indicator> indicators = scorecard.getIndicators();
        List<IndicatorScore> l = new ArrayList<>(indicators.size());
        for (int i = 0; i < indicators.size(); i++) {
            l.add(new IndicatorScore(indicators.get(i), measured[i] ? Points.ofHundredths(measures[i]) : null,
                    Points.ofHundredths(points[i])));
        }
        return l;
    }

    /**
     * The subtotal of a group of indicators.
     *
     * @param group the group, not null
     * @return the points earned by the group's indicators, not null
     */
    public Points groupTotal(String group) {
        long sum = 0;
        List<Indicator> indicators = scorecard.getIndicators();
        for (int i = 0; i < indicators.size(); i++) {
            if (indicators.get(i).getGroup().filter(group::equals).isPresent()) {
                sum += points[i];
            }
        }
        return Points.ofHundredths(sum);
    }

    /** @return such as {@code 92/110 四星}, or {@code 92/110} without grades */
    @Override
    public String toString() {
        String s = Points.format(total) + "/" + scorecard.maxPoints();
        return gradeIndex < 0 ? s : s + " " + scorecard.getGrades().get(gradeIndex).getGrade();
    }
}
