package org.dangjian.assessment.scorecard;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;
import org.dangjian.assessment.scorecard.json.ScorecardJson;

class ScorecardProperties {

    private static Arbitrary<Points> points(int min, int max) {
        return Arbitraries.integers().between(min, max).map(i -> Points.ofHundredths(i * 25L));
    }

    private static Arbitrary<Indicator> indicator(int index) {
        String id = "i" + index;
        Arbitrary<Indicator> threshold = Combinators.combine(points(4, 80), points(0, 400), points(0, 400))
                .as((max, a, b) -> Indicator.builder().id(id).title("达标" + index).kind(ScoringKind.THRESHOLD)
                        .maxPoints(max).addSteps(ThresholdStep.of(a.min(b), Points.ofHundredths(max.hundredths() / 2)))
                        .addSteps(ThresholdStep.of(a.max(b).plus(Points.ofHundredths(1)), max)).build());
        Arbitrary<Indicator> linear = Combinators.combine(points(4, 80), points(-40, 400), points(-40, 400))
                .filter((m, a, b) -> !a.equals(b))
                .as((max, a, b) -> Indicator.builder().id(id).title("比例" + index).kind(ScoringKind.LINEAR)
                        .maxPoints(max).zeroAt(a).fullAt(b).build());
        Arbitrary<Indicator> deduction = Combinators.combine(points(4, 80), points(1, 40), Arbitraries.integers()
                .between(1, 100)).as((max, per, pct) -> Indicator.builder().id(id).title("扣分" + index)
                        .kind(ScoringKind.DEDUCTION).maxPoints(max).perItem(per)
                        .cap(Points.ofHundredths(Math.max(1, max.hundredths() * pct / 100))).build());
        Arbitrary<Indicator> bonus = Combinators.combine(points(1, 40), points(1, 80))
                .as((per, cap) -> Indicator.builder().id(id).title("加分" + index).kind(ScoringKind.BONUS).perItem(per)
                        .cap(cap).build());
        Arbitrary<Indicator> penalty = Combinators.combine(points(1, 40), points(1, 400))
                .as((per, cap) -> Indicator.builder().id(id).title("倒扣" + index).kind(ScoringKind.PENALTY)
                        .perItem(per).cap(cap).build());
        return Arbitraries.oneOf(threshold, linear, deduction, bonus, penalty);
    }

    @Provide
    Arbitrary<Scorecard> scorecards() {
        return Arbitraries.integers().between(1, 8).flatMap(n -> {
            List<Arbitrary<Indicator>> parts = new ArrayList<>();
            for (int i = 0; i < n; i++) {
                parts.add(indicator(i));
            }
            return Combinators.combine(Combinators.combine(parts).as(l -> l), points(-400, 0), points(1, 200))
                    .as((inds, floor, g) -> build(inds, floor, g));
        }).filter(s -> s != null);
    }

    private static Scorecard build(List<Indicator> inds, Points floor, Points gradeStep) {
        long base = 0;
        for (Indicator i : inds) {
            if (i.getKind().isBase()) {
                base += i.getMaxPoints().hundredths();
            }
        }
        List<Indicator> all = new ArrayList<>(inds);
        if (base == 0) {
            all.add(Indicator.builder().id("base").title("基础").kind(ScoringKind.LINEAR).maxPoints(Points.of(10))
                    .zeroAt(Points.ZERO).fullAt(Points.of(100)).build());
            base = 1000;
        }
        return Scorecard.builder().id("gen").title("生成").basePoints(Points.ofHundredths(base)).floor(floor)
                .addAllIndicators(all)
                .addVetoes(VetoItem.of("low", "否决到最低"))
                .addVetoes(VetoItem.of("mid", "否决到中间", "中"))
                .addGrades(GradeStep.of(floor, "低"), GradeStep.of(floor.plus(gradeStep), "中"),
                        GradeStep.of(floor.plus(gradeStep).plus(gradeStep), "高"))
                .build();
    }

    @Provide
    Arbitrary<Tuple.Tuple2<Scorecard, ScorecardInput>> scored() {
        return scorecards().flatMap(s -> {
            List<Arbitrary<Points>> measures = new ArrayList<>();
            for (Indicator i : s.getIndicators()) {
                measures.add(i.getKind().countsItems() ? Arbitraries.integers().between(0, 50).map(n -> Points.of(n))
                        : points(-80, 500));
            }
            return Combinators.combine(measures).as(ms -> {
                ScorecardInput.Builder b = ScorecardInput.builder();
                for (int k = 0; k < ms.size(); k++) {
                    b.putMeasures(s.getIndicators().get(k).getId(), ms.get(k));
                }
                return Tuple.of(s, b.build());
            });
        });
    }

    @Property(tries = 200)
    void totalIsNeverAboveTheMaximumNorBelowTheFloor(@ForAll("scored") Tuple.Tuple2<Scorecard, ScorecardInput> t) {
        ScorecardResult r = t.get1().score(t.get2());
        assertTrue(r.total().compareTo(t.get1().maxPoints()) <= 0, r.toString());
        assertTrue(r.total().compareTo(t.get1().getFloor()) >= 0, r.toString());
        for (int i = 0; i < t.get1().getIndicators().size(); i++) {
            Indicator ind = t.get1().getIndicators().get(i);
            assertTrue(r.pointsOf(i).compareTo(ind.maxContribution()) <= 0, ind.getId());
            assertTrue(r.pointsOf(i).compareTo(ind.minContribution()) >= 0, ind.getId());
        }
    }

    @Property(tries = 200)
    void aVetoCapsTheGradeWhateverTheOtherScores(@ForAll("scored") Tuple.Tuple2<Scorecard, ScorecardInput> t) {
        ScorecardResult clean = t.get1().score(t.get2());
        ScorecardInput low = ScorecardInput.builder().from(t.get2()).addVetoes("low").build();
        ScorecardInput mid = ScorecardInput.builder().from(t.get2()).addVetoes("mid").build();
        ScorecardResult lowR = t.get1().score(low);
        ScorecardResult midR = t.get1().score(mid);
        assertEquals(0, lowR.gradeIndex());
        assertEquals(Math.min(1, clean.gradeIndex()), midR.gradeIndex());
        assertEquals(clean.total(), lowR.total());
        assertEquals(List.of("low"), lowR.vetoes());
    }

    @Property(tries = 100)
    void scorecardsSurviveAJsonRoundTrip(@ForAll("scorecards") Scorecard s) {
        assertEquals(s, ScorecardJson.read(ScorecardJson.write(s)));
    }

    @Property(tries = 200)
    void pointsParseWhatTheyWrite(@ForAll long hundredths) {
        Points p = Points.ofHundredths(hundredths % 100_000_000_000L);
        assertEquals(p, Points.parse(p.toString()));
    }
}
