package org.dangjian.assessment.annual;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.dangjian.assessment.scorecard.Points;
import org.dangjian.core.code.Jurisdiction;
import org.dangjian.core.i18n.Language;
import org.dangjian.core.validation.InvalidInputException;
import org.dangjian.core.validation.Violation;
import org.junit.jupiter.api.Test;

class AnnualAssessmentTest {
    static ResponsibilityLetter letter() {
        return ResponsibilityLetter.builder().year(2026).basePoints(Points.of(100))
                .addLines(TargetLine.builder().item(TargetItem.NEW_PARTY_ORGANIZATIONS).target(10).points(Points.of(60))
                                .bonusPerUnit(Points.of(1)).bonusCap(Points.of(5)).deductionPerUnit(Points.of(2))
                                .deductionCap(Points.of(10)).build(),
                        TargetLine.builder().item(TargetItem.DEMONSTRATION_SITES).target(2).points(Points.of(40)).build())
                .build();
    }

    static JurisdictionResults results(String code, int organizations, int sites) {
        return JurisdictionResults.of(Jurisdiction.of(code), Map.of(TargetItem.NEW_PARTY_ORGANIZATIONS, organizations,
                TargetItem.DEMONSTRATION_SITES, sites));
    }

    @Test
    void bonusStopsAtItsCap() {
        AnnualScore s = AnnualAssessmentPolicy.of(letter()).assess(results("430102001", 30, 2)).value();
        assertEquals(Points.of(5), s.bonus());
        assertEquals(Points.of(105), s.total());
    }

    @Test
    void deductionStopsAtItsCapAndTheTotalAtZero() {
        AnnualScore s = AnnualAssessmentPolicy.of(letter()).assess(results("430102001", 0, 0)).value();
        assertEquals(Points.of(10), s.deduction());
        assertEquals(Points.ZERO, s.total());
        assertEquals(List.of(TargetItem.NEW_PARTY_ORGANIZATIONS, TargetItem.DEMONSTRATION_SITES), s.shortfalls());
    }

    @Test
    void airingTableCommendsTheBestAndCriticisesTheWorst() {
        AiringTable t = AnnualAssessmentPolicy.of(letter()).rank(List.of(results("430102002", 10, 2),
                results("430102001", 11, 2), results("430102003", 10, 2))).value();
        assertEquals("[430102001, 430102002, 430102003]", t.toString());
        assertTrue(t.isCommended(0));
        assertFalse(t.isCriticised(1));
        assertTrue(t.isCriticised(2));
        String zh = t.render(Language.ZH);
        assertTrue(zh.contains("1\t430102001\t101\t100\t1\t0\t—\t通报表扬"), zh);
        assertTrue(zh.contains("3\t430102003\t100\t100\t0\t0\t—\t通报批评、限期整改"), zh);
        assertTrue(t.render(Language.EN).contains("commended"));
    }

    @Test
    void rejectsAJurisdictionListedTwice() {
        assertThrows(InvalidInputException.class, () -> AnnualAssessmentPolicy.of(letter())
                .rank(List.of(results("430102001", 1, 1), results("430102001", 2, 2))));
    }

    @Test
    void rejectsALetterWhosePointsDoNotAddUp() {
        InvalidInputException e = assertThrows(InvalidInputException.class, () -> ResponsibilityLetter.builder()
                .year(2026).basePoints(Points.of(100))
                .addLines(TargetLine.builder().item(TargetItem.BRANDS).target(1).points(Points.of(30)).build(),
                        TargetLine.builder().item(TargetItem.BRANDS).target(1).points(Points.of(30)).build())
                .build());
        assertEquals(Set.of("lines[1].item", "lines"), e.violations().stream().map(Violation::path)
                .collect(Collectors.toSet()));
    }

    @Test
    void rejectsABonusWithoutACap() {
        InvalidInputException e = assertThrows(InvalidInputException.class, () -> TargetLine.builder()
                .item(TargetItem.BRANDS).target(0).points(Points.ZERO).bonusPerUnit(Points.of(1)).build());
        assertEquals(Set.of("target", "points", "bonusCap"), e.violations().stream().map(Violation::path)
                .collect(Collectors.toSet()));
    }
}
