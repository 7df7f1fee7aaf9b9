package org.dangjian.assessment.scorecard;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.dangjian.assessment.rating.DefaultScorecards;
import org.dangjian.assessment.scorecard.json.ScorecardJson;
import org.dangjian.core.decision.Decision;
import org.dangjian.core.i18n.Language;
import org.dangjian.core.validation.InvalidInputException;
import org.dangjian.core.validation.Violation;
import org.junit.jupiter.api.Test;

class ScorecardTest {
    static Scorecard small() {
        return Scorecard.builder().id("small").title("小考核").basePoints(Points.of(20))
                .addIndicators(Indicator.builder().id("rate").title("落实率").kind(ScoringKind.LINEAR)
                                .maxPoints(Points.of(10)).zeroAt(Points.ZERO).fullAt(Points.of(100)).build(),
                        Indicator.builder().id("dues").title("欠缴").kind(ScoringKind.DEDUCTION)
                                .maxPoints(Points.of(10)).perItem(Points.of(4)).build())
                .addVetoes(VetoItem.of("discipline", "严重违纪"))
                .addGrades(GradeStep.of(Points.ZERO, "差"), GradeStep.of(Points.of(12), "好")).build();
    }

    private static Set<String> paths(InvalidInputException e) {
        return e.violations().stream().map(Violation::path).collect(Collectors.toSet());
    }

    @Test
    void deductionWithoutCapDeductsAtMostItsPoints() {
        ScorecardResult r = small().score(ScorecardInput.builder().putMeasures("rate", Points.of(100))
                .putMeasures("dues", Points.of(7)).build());
        assertEquals(Points.ZERO, r.pointsOf(1));
        assertEquals("10/20 差", r.toString());
    }

    @Test
    void linearDescendingScoresLowerValuesHigher() {
        Scorecard s = Scorecard.builder().id("d").title("越低越好").basePoints(Points.of(10))
                .addIndicators(Indicator.builder().id("x").title("投诉率").kind(ScoringKind.LINEAR)
                        .maxPoints(Points.of(10)).zeroAt(Points.of(20)).fullAt(Points.ZERO).build()).build();
        assertEquals(Points.of(10), s.score(ScorecardInput.builder().putMeasures("x", Points.ZERO).build()).total());
        assertEquals(Points.of(5), s.score(ScorecardInput.builder().putMeasures("x", Points.of(10)).build()).total());
        assertEquals(Points.ZERO, s.score(ScorecardInput.builder().putMeasures("x", Points.of(30)).build()).total());
    }

    @Test
    void gradesFormABandedTableFromTheFloor() {
        assertEquals("[0, 12) 差; [12, +∞) 好", small().gradeTable().orElseThrow().toString());
        assertTrue(DefaultScorecards.cityFiveStar().gradeTable().isEmpty());
    }

    @Test
    void rejectsEveryProblemOfAScorecardAtOnce() {
        InvalidInputException e = assertThrows(InvalidInputException.class, () -> Scorecard.builder().id("bad")
                .title("坏").basePoints(Points.of(100))
                .addIndicators(Indicator.builder().id("a").title("甲").kind(ScoringKind.THRESHOLD).maxPoints(Points.of(10))
                                .addSteps(ThresholdStep.of(Points.of(1), Points.of(10))).build(),
                        Indicator.builder().id("a").title("乙").kind(ScoringKind.LINEAR).maxPoints(Points.of(10))
                                .zeroAt(Points.ZERO).fullAt(Points.of(100)).build())
                .addVetoes(VetoItem.of("v", "否决"), VetoItem.of("v", "否决二"))
                .addGrades(GradeStep.of(Points.of(5), "低"), GradeStep.of(Points.of(5), "高"))
                .build());
        assertTrue(paths(e).containsAll(Set.of("indicators[1].id", "indicators", "vetoes[1].id", "grades[0].minimum",
                "grades[1].minimum")), e.getMessage());
    }

    @Test
    void rejectsEveryProblemOfAnIndicatorAtOnce() {
        InvalidInputException e = assertThrows(InvalidInputException.class, () -> Indicator.builder().id("bad id!")
                .title(" ").kind(ScoringKind.BONUS).maxPoints(Points.of(5)).perItem(Points.ZERO).build());
        assertEquals(Set.of("id", "title", "maxPoints", "perItem", "cap"), paths(e));
    }

    @Test
    void rejectsADeductionCapAboveItsPoints() {
        InvalidInputException e = assertThrows(InvalidInputException.class, () -> Indicator.builder().id("d")
                .title("扣分").kind(ScoringKind.DEDUCTION).maxPoints(Points.of(5)).perItem(Points.of(1))
                .cap(Points.of(6)).build());
        assertEquals(Set.of("cap"), paths(e));
    }

    @Test
    void rejectsThresholdStepsOutOfOrderOrAboveMax() {
        InvalidInputException e = assertThrows(InvalidInputException.class, () -> Indicator.builder().id("t")
                .title("达标").kind(ScoringKind.THRESHOLD).maxPoints(Points.of(5))
                .addSteps(ThresholdStep.of(Points.of(3), Points.of(2)), ThresholdStep.of(Points.of(3), Points.of(6)))
                .build());
        assertEquals(Set.of("steps[1].points", "steps[1].atLeast"), paths(e));
    }

    @Test
    void readsAScorecardFromJsonListingEveryProblem() {
        String json = "{\"id\":\"c\",\"title\":\"县考核\",\"basePoints\":100,\"indicators\":["
                + "{\"id\":\"a\",\"title\":\"甲\",\"kind\":\"LINEAR\",\"maxPoints\":50,\"zeroAt\":0},"
                + "{\"id\":\"b\",\"title\":\"乙\",\"kind\":\"BONUS\",\"perItem\":1},"
                + "{\"id\":\"c\",\"title\":\"丙\",\"kind\":\"THRESHOLD\",\"maxPoints\":50,\"steps\":[{\"atLeast\":1,\"points\":50}]}],"
                + "\"vetoes\":[{\"id\":\"v\",\"title\":\"否决\",\"capGrade\":\"无此等次\"}],"
                + "\"grades\":[{\"minimum\":0,\"grade\":\"合格\"}]}";
        InvalidInputException e = assertThrows(InvalidInputException.class, () -> ScorecardJson.read(json));
        assertTrue(paths(e).containsAll(Set.of("indicators[0].fullAt", "indicators[1].cap")), e.getMessage());
    }

    @Test
    void readsTheWholeOfAValidScorecardAndReportsTheWeights() {
        String json = "{\"id\":\"c\",\"title\":\"县考核\",\"basePoints\":100,\"indicators\":["
                + "{\"id\":\"a\",\"title\":\"甲\",\"kind\":\"LINEAR\",\"maxPoints\":50,\"zeroAt\":0,\"fullAt\":100}],"
                + "\"vetoes\":[{\"id\":\"v\",\"title\":\"否决\",\"capGrade\":\"无此等次\"}],"
                + "\"grades\":[{\"minimum\":0,\"grade\":\"合格\"}]}";
        InvalidInputException e = assertThrows(InvalidInputException.class, () -> ScorecardJson.read(json));
        assertEquals(Set.of("indicators", "vetoes[0].capGrade"), paths(e));
    }

    @Test
    void writesAndReadsBackTheDefaultScorecards() {
        for (Scorecard s : List.of(DefaultScorecards.cityFiveStar(), DefaultScorecards.doubleStrongSixGood(), small())) {
            assertEquals(s, ScorecardJson.read(ScorecardJson.write(s)));
        }
        assertEquals(Points.of(110), DefaultScorecards.cityFiveStar().maxPoints());
    }

    @Test
    void rejectsMeasuresAndVetoesTheScorecardDoesNotHave() {
        InvalidInputException e = assertThrows(InvalidInputException.class, () -> small().score(ScorecardInput.builder()
                .putMeasures("nope", Points.of(1)).putMeasures("dues", Points.parse("1.5")).addVetoes("ghost").build()));
        assertEquals(Set.of("measures.nope", "measures.dues", "vetoes"), paths(e));
    }

    @Test
    void explainsEachIndicatorInChineseAndEnglish() {
        Decision<ScorecardResult> d = small().evaluate(ScorecardInput.builder().putMeasures("rate", Points.of(90))
                .putMeasures("dues", Points.of(1)).build());
        String zh = d.explain(Language.ZH);
        assertTrue(zh.contains("欠缴：1项，每项扣4分、最多扣10分，得6分（满分10分）"), zh);
        assertTrue(zh.contains("总分15分"), zh);
        String en = d.explain(Language.EN);
        assertTrue(en.contains("dues: 1 items at 4 each, at most 10 off: 6 of 10 points"), en);
        assertTrue(!en.contains("{") && !zh.contains("{"), en + zh);
    }

    @Test
    void pointsParseWhatTheyWrite() {
        assertEquals("87.5", Points.parse("87.50").toString());
        assertEquals("-3.25", Points.parse("-3.25").toString());
        assertEquals("0.05", Points.parse("0.05").toString());
        assertThrows(InvalidInputException.class, () -> Points.parse("1.005"));
        assertThrows(InvalidInputException.class, () -> Points.parse("abc"));
    }
}
