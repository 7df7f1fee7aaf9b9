package org.dangjian.assessment.scorecard;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.dangjian.assessment.AssessmentRules;
import org.dangjian.core.band.Band;
import org.dangjian.core.band.BandedTable;
import org.dangjian.core.band.Bound;
import org.dangjian.core.decision.Decision;
import org.dangjian.core.decision.Reason;
import org.dangjian.core.validation.InvalidInputException;
import org.dangjian.core.validation.Violation;
import org.dangjian.core.validation.Violations;
import org.immutables.value.Value;

/**
 * A scorecard: indicators whose maximum points (their weights) add up to the base points, bonus and penalty
 * indicators with caps, veto items and grade bands. The total is the sum of the indicators' points, kept
 * between the floor and the maximum (base plus bonus caps); a veto item caps the grade whatever the points.
 *
 * <pre>{@code
 * Scorecard card = Scorecard.builder().id("county-branch-2026").title("党支部年度考核")
 *         .basePoints(Points.of(100))
 *         .addIndicators(life, dues, …).addVetoes(VetoItem.of("discipline", "发生严重违纪问题"))
 *         .addGrades(GradeStep.of(Points.ZERO, "不合格"), GradeStep.of(Points.of(60), "合格"),
 *                    GradeStep.of(Points.of(90), "优秀"))
 *         .build();
 * Decision<ScorecardResult> d = card.evaluate(input);   // DETERMINED 87/100 合格, with the breakdown
 * }</pre>
 *
 * <p>Scorecards are data: {@code ScorecardJson.read} reads one from JSON and lists every problem. Invariants
 * (all reported together): at least one indicator; indicator and veto ids unique; the maximum points of the
 * threshold, linear and deduction indicators add up to {@code basePoints}; the floor is not above the maximum;
 * grades, if any, start at the floor, rise strictly, have distinct labels; a veto's cap grade is one of them.
 * This class is immutable and thread-safe.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableScorecard.class)
@JsonDeserialize(as = ImmutableScorecard.class)
public abstract class Scorecard {

    /** @return the id, not blank */
    public abstract String getId();

    /** @return the title, not blank */
    public abstract String getTitle();

    /** @return the points of the base indicators together, such as 100, not null */
    public abstract Points getBasePoints();

    /** @return the lowest total, 0 unless set, not null */
    @Value.Default
    public Points getFloor() {
        return Points.ZERO;
    }

    /** @return the indicators, in order, not null */
    public abstract List<Indicator> getIndicators();

    /** @return the veto items, in order, not null */
    public abstract List<VetoItem> getVetoes();

    /** @return the grades, lowest first; empty when the scorecard only totals, not null */
    public abstract List<GradeStep> getGrades();

    /** @return the highest total: base points plus the bonus caps, not null */
    @Value.Lazy
    public Points maxPoints() {
        return Points.ofHundredths(compiled().maxTotal);
    }

    /** @return the grades as a banded table over totals from the floor, empty when there are none, not null */
    @Value.Lazy
    public java.util.Optional<BandedTable<Points, String>> gradeTable() {
        if (getGrades().isEmpty()) {
            return java.util.Optional.empty();
        }
        List<Band<Points, String>> bands = new ArrayList<>();
        for (int i = 0; i < getGrades().size(); i++) {
            GradeStep g = getGrades().get(i);
            Bound<Points> upper = i + 1 < getGrades().size() ? Bound.exclusive(getGrades().get(i + 1).getMinimum())
                    : Bound.unbounded();
            bands.add(Band.of(Bound.inclusive(g.getMinimum()), upper, g.getGrade()));
        }
        return java.util.Optional.of(BandedTable.of(Bound.inclusive(getFloor()), Bound.unbounded(), bands));
    }

    /** @return a new builder, not null */
    public static Builder builder() {
        return new Builder();
    }

    /** Builds a {@link Scorecard}. */
    public static class Builder extends ImmutableScorecard.Builder {}

    /** The scorecard flattened into arrays, for scoring many subjects. */
    static final class Compiled {
        final String[] ids;
        final ScoringKind[] kinds;
        final long[] maxArray;
        final long[] a;
        final long[] b;
        final long[][] steps;
        final Map<String, Integer> index;
        final long[] gradeFrom;
        final int[] vetoCap;
        final long maxTotal;
        final long floor;

        Compiled(Scorecard s) {
            int n = s.getIndicators().size();
            ids = new String[n];
            kinds = new ScoringKind[n];
            long[] mx = new long[n];
            a = new long[n];
            b = new long[n];
            steps = new long[n][];
            index = new HashMap<>();
            long total = 0;
            for (int i = 0; i < n; i++) {
                Indicator ind = s.getIndicators().get(i);
                ids[i] = ind.getId();
                kinds[i] = ind.getKind();
                mx[i] = ind.getMaxPoints().hundredths();
                index.putIfAbsent(ind.getId(), i);
                total += ind.maxContribution().hundredths();
                switch (ind.getKind()) {
                    case THRESHOLD:
                        steps[i] = new long[ind.getSteps().size() * 2];
                        for (int j = 0; j < ind.getSteps().size(); j++) {
                            steps[i][2 * j] = ind.getSteps().get(j).getAtLeast().hundredths();
                            steps[i][2 * j + 1] = ind.getSteps().get(j).getPoints().hundredths();
                        }
                        break;
                    case LINEAR:
                        a[i] = ind.getZeroAt().map(Points::hundredths).orElse(0L);
                        b[i] = ind.getFullAt().map(Points::hundredths).orElse(0L);
                        break;
                    case DEDUCTION:
                        a[i] = ind.getPerItem().map(Points::hundredths).orElse(0L);
                        b[i] = ind.deductionCap().hundredths();
                        break;
                    default:
                        a[i] = ind.getPerItem().map(Points::hundredths).orElse(0L);
                        b[i] = ind.getCap().map(Points::hundredths).orElse(0L);
                        break;
                }
            }
            maxArray = mx;
            gradeFrom = new long[s.getGrades().size()];
            for (int i = 0; i < gradeFrom.length; i++) {
                gradeFrom[i] = s.getGrades().get(i).getMinimum().hundredths();
            }
            vetoCap = new int[s.getVetoes().size()];
            for (int i = 0; i < vetoCap.length; i++) {
                String cap = s.getVetoes().get(i).getCapGrade().orElse(null);
                int c = 0;
                for (int g = 0; cap != null && g < gradeFrom.length; g++) {
                    if (s.getGrades().get(g).getGrade().equals(cap)) {
                        c = g;
                    }
                }
                vetoCap[i] = c;
            }
            maxTotal = total;
            floor = s.getFloor().hundredths();
        }
    }

    private static final String[] MESSAGE_KEYS = java.util.Arrays.stream(ScoringKind.values())
            .map(k -> "card.indicator." + k.name()).toArray(String[]::new);

    @Value.Lazy
    Compiled compiled() {
        return new Compiled(this);
    }

    /**
     * Scores a subject.
     *
     * @param input what was measured, not null
     * @return the result; when a threshold or linear measure is missing its {@link ScorecardResult#missing()}
     *     names it and the indicator earns nothing, not null
     * @throws InvalidInputException listing every measure or veto that names no indicator or veto item of this
     *     scorecard, and every item count that is negative or not whole
     */
    public ScorecardResult score(ScorecardInput input) {
        Objects.requireNonNull(input, "input");
        Compiled c = compiled();
        int n = c.ids.length;
        Violations v = null;
        for (Map.Entry<String, Points> e : input.getMeasures().entrySet()) {
            Integer i = c.index.get(e.getKey());
            String problem = null;
            if (i == null) {
                problem = "no indicator " + e.getKey() + " on scorecard " + getId();
            } else if (c.kinds[i].countsItems() && (e.getValue().isNegative() || !e.getValue().isWhole())) {
                problem = "a count of items is a whole number not below 0";
            }
            if (problem != null) {
                v = v == null ? new Violations() : v;
                v.add(Violation.of("measures." + e.getKey(), problem, e.getValue()));
            }
        }
        List<String> vetoes = List.of();
        int cap = Integer.MAX_VALUE;
        if (!input.getVetoes().isEmpty()) {
            Set<String> known = new HashSet<>();
            vetoes = new ArrayList<>();
            for (int i = 0; i < getVetoes().size(); i++) {
                String id = getVetoes().get(i).getId();
                known.add(id);
                if (input.getVetoes().contains(id)) {
                    vetoes.add(id);
                    cap = Math.min(cap, c.vetoCap[i]);
                }
            }
            for (String id : input.getVetoes()) {
                if (!known.contains(id)) {
                    v = v == null ? new Violations() : v;
                    v.add(Violation.of("vetoes", "no veto item " + id + " on scorecard " + getId(), id));
                }
            }
            vetoes = List.copyOf(vetoes);
        }
        if (v != null) {
            v.throwIfAny();
        }
        long[] measures = new long[n];
        boolean[] measured = new boolean[n];
        long[] points = new long[n];
        List<String> missing = List.of();
        long raw = 0;
        for (int i = 0; i < n; i++) {
            Points m = input.getMeasures().get(c.ids[i]);
            if (m == null && !c.kinds[i].countsItems()) {
                missing = missing.isEmpty() ? new ArrayList<>() : missing;
                missing.add(c.ids[i]);
                continue;
            }
            long x = m == null ? 0 : m.hundredths();
            measures[i] = x;
            measured[i] = m != null;
            points[i] = points(c, i, x);
            raw += points[i];
        }
        long total = Math.max(c.floor, Math.min(c.maxTotal, raw));
        int grade = -1;
        if (c.gradeFrom.length > 0) {
            grade = 0;
            while (grade + 1 < c.gradeFrom.length && c.gradeFrom[grade + 1] <= total) {
                grade++;
            }
            grade = Math.min(grade, cap);
        }
        return new ScorecardResult(this, input.getSubject(), measures, measured, points, raw, total, grade, vetoes,
                missing.isEmpty() ? List.of() : List.copyOf(missing));
    }

    private static long points(Compiled c, int i, long x) {
        long max = c.maxArray[i];
        switch (c.kinds[i]) {
            case THRESHOLD: {
                long[] s = c.steps[i];
                long p = 0;
                for (int j = 0; j < s.length; j += 2) {
                    if (x >= s[j]) {
                        p = s[j + 1];
                    }
                }
                return p;
            }
            case LINEAR: {
                long num = x - c.a[i];
                long den = c.b[i] - c.a[i];
                if (den < 0) {
                    num = -num;
                    den = -den;
                }
                if (num <= 0) {
                    return 0;
                }
                if (num >= den) {
                    return max;
                }
                // max × num / den, half up, exact even where the product overflows a long.
                return BigInteger.valueOf(max).multiply(BigInteger.valueOf(num)).multiply(BigInteger.TWO)
                        .add(BigInteger.valueOf(den)).divide(BigInteger.valueOf(den).multiply(BigInteger.TWO))
                        .longValueExact();
            }
            case DEDUCTION:
                return max - capped(x, c.a[i], c.b[i]);
            case BONUS:
                return capped(x, c.a[i], c.b[i]);
            default:
                return -capped(x, c.a[i], c.b[i]);
        }
    }

    /** {@code min(items × perItem, cap)} where {@code items} is in hundredths of an item. */
    private static long capped(long itemsHundredths, long perItem, long cap) {
        long items = itemsHundredths / 100;
        if (items == 0) {
            return 0;
        }
        return items >= cap / perItem + 1 ? cap : Math.min(cap, items * perItem);
    }

    /**
     * Scores a subject, with reasons: one per indicator (ASM-CARD-001), the total (ASM-CARD-002), each veto
     * that held (ASM-CARD-003) and the grade (ASM-CARD-004).
     *
     * @param input what was measured, not null
     * @return {@code DETERMINED} with the result; {@code INSUFFICIENT_DATA} (with the partial result) when a
     *     threshold or linear measure is missing, not null
     * @throws InvalidInputException as {@link #score}
     */
    public Decision<ScorecardResult> evaluate(ScorecardInput input) {
        ScorecardResult r = score(input);
        List<Reason> reasons = new ArrayList<>();
        for (IndicatorScore s : r.breakdown()) {
            Indicator ind = s.indicator();
            if (s.measure().isEmpty() && !ind.getKind().countsItems()) {
                reasons.add(Reason.of(AssessmentRules.CARD_INDICATOR, "card.missing").with("indicator", ind.getTitle())
                        .with("id", ind.getId()));
                continue;
            }
            Reason reason = Reason.of(AssessmentRules.CARD_INDICATOR, MESSAGE_KEYS[ind.getKind().ordinal()])
                    .with("indicator", ind.getTitle()).with("id", ind.getId())
                    .with("measure", s.measure().orElse(Points.ZERO)).with("points", s.points())
                    .with("max", ind.maxContribution());
            if (ind.getKind().countsItems()) {
                reason = reason.with("perItem", ind.getPerItem().orElse(Points.ZERO))
                        .with("cap", ind.getKind() == ScoringKind.DEDUCTION ? ind.deductionCap()
                                : ind.getCap().orElse(Points.ZERO));
            }
            reasons.add(reason);
        }
        reasons.add(Reason.of(AssessmentRules.CARD_TOTAL, "card.total").with("raw", r.rawSum()).with("total", r.total())
                .with("floor", getFloor()).with("max", maxPoints()));
        for (String id : r.vetoes()) {
            VetoItem item = getVetoes().stream().filter(x -> x.getId().equals(id)).findFirst().orElseThrow();
            reasons.add(Reason.of(AssessmentRules.CARD_VETO, "card.veto").with("veto", item.getTitle())
                    .with("cap", item.getCapGrade().orElse(getGrades().isEmpty() ? "—" : getGrades().get(0).getGrade())));
        }
        r.grade().ifPresent(g -> reasons.add(Reason.of(AssessmentRules.CARD_GRADE, "card.grade").with("grade", g)
                .with("total", r.total())));
        return r.missing().isEmpty() ? Decision.determined(r, reasons)
                : Decision.of(org.dangjian.core.decision.Outcome.INSUFFICIENT_DATA, r, reasons);
    }

    @Value.Check
    void checkInvariants() {
        Violations v = new Violations();
        problems(v, this, true);
        v.throwIfAny();
    }

    /**
     * Records the scorecard-level problems of a scorecard whose parts are each valid.
     *
     * @param v the collector, not null
     * @param s the scorecard, not null
     * @param complete whether every indicator is present (else the weights are not summed)
     */
    static void problems(Violations v, Scorecard s, boolean complete) {
        v.check(!s.getId().isBlank(), "id", "must not be blank", s.getId());
        v.check(!s.getTitle().isBlank(), "title", "must not be blank", s.getTitle());
        v.check(s.getBasePoints().isPositive(), "basePoints", "must be positive", s.getBasePoints());
        v.check(!s.getIndicators().isEmpty() || !complete, "indicators", "a scorecard needs at least one indicator",
                null);
        Set<String> ids = new HashSet<>();
        long base = 0;
        long max = 0;
        for (int i = 0; i < s.getIndicators().size(); i++) {
            Indicator ind = s.getIndicators().get(i);
            v.check(ids.add(ind.getId()), "indicators[" + i + "].id", "indicator ids must be unique", ind.getId());
            if (ind.getKind().isBase()) {
                base += ind.getMaxPoints().hundredths();
            }
            max += ind.maxContribution().hundredths();
        }
        if (complete) {
            v.check(base == s.getBasePoints().hundredths(), "indicators",
                    "the weights (maxPoints of THRESHOLD, LINEAR and DEDUCTION indicators) add up to "
                            + Points.format(base) + ", not to basePoints " + s.getBasePoints(), Points.format(base));
            v.check(s.getFloor().hundredths() <= max, "floor", "must not be above the maximum " + Points.format(max),
                    s.getFloor());
        }
        Set<String> vetoIds = new HashSet<>();
        Set<String> labels = new HashSet<>();
        for (int i = 0; i < s.getGrades().size(); i++) {
            GradeStep g = s.getGrades().get(i);
            v.check(!g.getGrade().isBlank(), "grades[" + i + "].grade", "must not be blank", g.getGrade());
            v.check(labels.add(g.getGrade()), "grades[" + i + "].grade", "grade labels must be unique", g.getGrade());
            if (i == 0) {
                v.check(g.getMinimum().equals(s.getFloor()), "grades[0].minimum",
                        "the lowest grade starts at the floor " + s.getFloor(), g.getMinimum());
            } else {
                v.check(s.getGrades().get(i - 1).getMinimum().compareTo(g.getMinimum()) < 0, "grades[" + i + "].minimum",
                        "grades rise strictly; list them lowest first", g.getMinimum());
            }
        }
        for (int i = 0; i < s.getVetoes().size(); i++) {
            VetoItem item = s.getVetoes().get(i);
            v.check(!item.getId().isBlank(), "vetoes[" + i + "].id", "must not be blank", item.getId());
            v.check(!item.getTitle().isBlank(), "vetoes[" + i + "].title", "must not be blank", item.getTitle());
            v.check(vetoIds.add(item.getId()), "vetoes[" + i + "].id", "veto ids must be unique", item.getId());
            String path = "vetoes[" + i + "].capGrade";
            item.getCapGrade().ifPresent(g -> v.check(labels.contains(g), path,
                    "must be one of the grades " + labels, g));
        }
    }
}
