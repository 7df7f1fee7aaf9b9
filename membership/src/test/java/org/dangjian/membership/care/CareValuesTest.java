package org.dangjian.membership.care;

import static org.dangjian.membership.ValueContract.assertValueContract;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.dangjian.core.decision.Decision;
import org.dangjian.core.validation.InvalidInputException;
import org.dangjian.core.validation.Violation;
import org.junit.jupiter.api.Test;

class CareValuesTest {
    private static final PointsItem STUDY = PointsItem.of("STUDY", "学习", 2, Optional.of(6));
    private static final PointsItem LATE = PointsItem.of("LATE", "迟到", -1, Optional.of(3));
    private static final LocalDate JAN = LocalDate.of(2026, 1, 1);
    private static final LocalDate DEC = LocalDate.of(2026, 12, 31);

    private static List<String> paths(InvalidInputException e) {
        return e.violations().stream().map(Violation::path).toList();
    }

    private static PointsScheme scheme(CapPeriod period) {
        return PointsScheme.of("样例积分办法", period, List.of(STUDY, LATE));
    }

    @Test
    void capPeriodsNumberMonthsQuartersAndYearsFromYearZero() {
        assertEquals(2026 * 12L + 2, CapPeriod.MONTH.periodOf(LocalDate.of(2026, 3, 15)));
        assertEquals(2026 * 12L, CapPeriod.MONTH.periodOf(JAN));
        assertEquals(2026 * 4L, CapPeriod.QUARTER.periodOf(LocalDate.of(2026, 3, 31)));
        assertEquals(2026 * 4L + 1, CapPeriod.QUARTER.periodOf(LocalDate.of(2026, 4, 1)));
        assertEquals(2026 * 4L + 3, CapPeriod.QUARTER.periodOf(DEC));
        assertEquals(2026L, CapPeriod.YEAR.periodOf(DEC));
        assertEquals("每季度", CapPeriod.QUARTER.label());
    }

    @Test
    void aCapAppliesAcrossTheMonthsOfOneQuarterButNotAcrossQuarters() {
        List<PointsEntry> entries = List.of(PointsEntry.of("M", "STUDY", JAN, 2), PointsEntry.of("M", "STUDY",
                LocalDate.of(2026, 2, 1), 2), PointsEntry.of("M", "STUDY", LocalDate.of(2026, 3, 31), 1));
        Decision<Integer> q = scheme(CapPeriod.QUARTER).decideTotal("M", entries, JAN, DEC);
        assertEquals(6, q.value()); // 4 + 4 + 2 = 10, capped at 6 in Q1
        assertEquals("1", q.reasons().get(0).arguments().get("capped"));
        assertEquals("每季度", q.reasons().get(0).arguments().get("period"));
        assertEquals(10, scheme(CapPeriod.MONTH).decideTotal("M", entries, JAN, DEC).value()); // 4, 4, 2
        assertEquals(6, scheme(CapPeriod.YEAR).decideTotal("M", entries, JAN, DEC).value());
        List<PointsEntry> twoYears = List.of(PointsEntry.of("M", "STUDY", LocalDate.of(2025, 12, 31), 3),
                PointsEntry.of("M", "STUDY", JAN, 3));
        assertEquals(12, scheme(CapPeriod.MONTH).decideTotal("M", twoYears, LocalDate.of(2025, 1, 1), DEC).value());
        assertEquals(12, scheme(CapPeriod.YEAR).decideTotal("M", twoYears, LocalDate.of(2025, 1, 1), DEC).value());
    }

    @Test
    void aTotalExactlyAtTheCapIsNotCapped() {
        Decision<Integer> at = scheme(CapPeriod.YEAR).decideTotal("M", List.of(PointsEntry.of("M", "STUDY", JAN, 3),
                PointsEntry.of("M", "LATE", JAN, 3), PointsEntry.of("OTHER", "STUDY", JAN, 9)), JAN, DEC);
        assertEquals(3, at.value());
        assertEquals("0", at.reasons().get(0).arguments().get("capped"));
        Decision<Integer> over = scheme(CapPeriod.YEAR).decideTotal("M", List.of(PointsEntry.of("M", "STUDY", JAN, 4),
                PointsEntry.of("M", "LATE", JAN, 4)), JAN, DEC);
        assertEquals(3, over.value()); // 8 → 6, -4 → -3
        assertEquals("2", over.reasons().get(0).arguments().get("capped"));
    }

    @Test
    void pointsItemsAreValuesAndListEveryProblem() {
        assertValueContract(STUDY, PointsItem.of("STUDY", "学习", 2, Optional.of(6)), List.of(
                PointsItem.of("READ", "学习", 2, Optional.of(6)), PointsItem.of("STUDY", "读书", 2, Optional.of(6)),
                PointsItem.of("STUDY", "学习", 3, Optional.of(6)), PointsItem.of("STUDY", "学习", 2, Optional.empty())));
        assertEquals("STUDY", STUDY.code());
        assertEquals("学习", STUDY.title());
        assertEquals("STUDY 学习 +2, cap 6", STUDY.toString());
        assertEquals("LATE 迟到 -1, cap 3", LATE.toString());
        assertEquals("X x +1", PointsItem.of("X", "x", 1, Optional.empty()).toString());
        assertEquals(1, PointsItem.of("X", "x", 1, Optional.of(1)).cap().orElseThrow());
        assertEquals(List.of("code", "title", "points", "cap"), paths(assertThrows(InvalidInputException.class,
                () -> PointsItem.of(" ", "", 0, Optional.of(0)))));
        assertEquals(List.of("code", "title", "cap"), paths(assertThrows(InvalidInputException.class,
                () -> PointsItem.of(null, null, -1, Optional.of(-1)))));
    }

    @Test
    void pointsSchemesAreValuesAndListEveryProblem() {
        PointsScheme s = scheme(CapPeriod.QUARTER);
        assertEquals("样例积分办法", s.title());
        assertEquals(CapPeriod.QUARTER, s.capPeriod());
        assertEquals(List.of("STUDY", "LATE"), List.copyOf(s.items().keySet()));
        assertEquals("样例积分办法 (2 items, caps QUARTER)", s.toString());
        assertValueContract(s, scheme(CapPeriod.QUARTER), List.of(scheme(CapPeriod.YEAR),
                PointsScheme.of("另一办法", CapPeriod.QUARTER, List.of(STUDY, LATE)),
                PointsScheme.of("样例积分办法", CapPeriod.QUARTER, List.of(STUDY))));
        assertEquals(List.of("title", "items"), paths(assertThrows(InvalidInputException.class,
                () -> PointsScheme.of(" ", CapPeriod.YEAR, List.of()))));
        assertEquals(List.of("title"), paths(assertThrows(InvalidInputException.class,
                () -> PointsScheme.of(null, CapPeriod.YEAR, List.of(STUDY)))));
        InvalidInputException twice = assertThrows(InvalidInputException.class,
                () -> PointsScheme.of("x", CapPeriod.YEAR, List.of(STUDY, LATE, STUDY)));
        assertEquals(List.of("items[2].code"), paths(twice));
    }

    @Test
    void pointsEntriesAreValuesAndListEveryProblem() {
        PointsEntry e = PointsEntry.of("M-1", "STUDY", JAN, 2);
        assertValueContract(e, PointsEntry.of("M-1", "STUDY", JAN, 2), List.of(PointsEntry.of("M-2", "STUDY", JAN, 2),
                PointsEntry.of("M-1", "LATE", JAN, 2), PointsEntry.of("M-1", "STUDY", DEC, 2),
                PointsEntry.of("M-1", "STUDY", JAN, 3)));
        assertEquals("M-1 STUDY 2026-01-01 ×2", e.toString());
        assertEquals(List.of("memberRef", "itemCode", "times"), paths(assertThrows(InvalidInputException.class,
                () -> PointsEntry.of(" ", "", JAN, 0))));
    }

    @Test
    void politicalBirthdaysAreValues() {
        PoliticalBirthday b = Care.politicalBirthdays(Map.of("M-1", LocalDate.of(2020, 7, 1)), JAN, DEC).value().get(0);
        assertEquals("M-1", b.memberRef());
        assertEquals(LocalDate.of(2026, 7, 1), b.date());
        assertEquals(6, b.years());
        assertEquals("M-1 2026-07-01 (6)", b.toString());
        assertValueContract(b, new PoliticalBirthday("M-1", LocalDate.of(2026, 7, 1), 6), List.of(
                new PoliticalBirthday("M-2", LocalDate.of(2026, 7, 1), 6),
                new PoliticalBirthday("M-1", LocalDate.of(2026, 7, 2), 6),
                new PoliticalBirthday("M-1", LocalDate.of(2026, 7, 1), 7)));
    }

    @Test
    void theCareListRejectsABlankReference() {
        InvalidInputException e = assertThrows(InvalidInputException.class,
                () -> Care.careList(Map.of(" ", Set.of(CareCircumstance.DISABILITY))));
        assertEquals("a member reference must not be blank", e.violations().get(0).message());
    }
}
