package org.dangjian.membership.care;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.dangjian.core.validation.InvalidInputException;
import org.junit.jupiter.api.Test;

class CareTest {
    private static final PointsScheme SCHEME = PointsScheme.of("样例积分办法", CapPeriod.QUARTER, List.of(
            PointsItem.of("STUDY", "学习", 2, Optional.of(6)),
            PointsItem.of("LATE", "迟到", -1, Optional.of(3))));

    @Test
    void capsApplyPerItemAndPeriodInBothDirections() {
        List<PointsEntry> entries = List.of(
                PointsEntry.of("M", "STUDY", LocalDate.of(2026, 1, 5), 5),   // 10 → 6 in Q1
                PointsEntry.of("M", "STUDY", LocalDate.of(2026, 4, 5), 1),   // 2 in Q2
                PointsEntry.of("M", "LATE", LocalDate.of(2026, 2, 5), 5));   // -5 → -3 in Q1
        assertEquals(5, SCHEME.decideTotal("M", entries, LocalDate.of(2026, 1, 1), LocalDate.of(2026, 6, 30)).value());
        assertEquals(3, SCHEME.decideTotal("M", entries, LocalDate.of(2026, 1, 1), LocalDate.of(2026, 3, 31)).value());
    }

    @Test
    void rejectsUnknownItemsAndRepeatedCodes() {
        InvalidInputException e = assertThrows(InvalidInputException.class, () -> SCHEME.decideTotal("M",
                List.of(PointsEntry.of("M", "NOPE", LocalDate.of(2026, 1, 1), 1)), LocalDate.of(2026, 2, 1),
                LocalDate.of(2026, 1, 1)));
        assertEquals(2, e.violations().size());
        assertThrows(InvalidInputException.class, () -> PointsScheme.of("x", CapPeriod.YEAR, List.of(
                PointsItem.of("A", "a", 1, Optional.empty()), PointsItem.of("A", "b", 2, Optional.empty()))));
        assertThrows(InvalidInputException.class, () -> PointsItem.of("A", "a", 0, Optional.of(0)));
    }

    @Test
    void aPoliticalBirthdayOnTwentyNinthFebruaryFallsOnTwentyEighthInACommonYear() {
        var d = Care.politicalBirthdays(Map.of("M-1", LocalDate.of(2024, 2, 29)), LocalDate.of(2025, 1, 1),
                LocalDate.of(2028, 12, 31)).value();
        assertEquals(List.of(LocalDate.of(2025, 2, 28), LocalDate.of(2026, 2, 28), LocalDate.of(2027, 2, 28),
                LocalDate.of(2028, 2, 29)), d.stream().map(PoliticalBirthday::date).toList());
        assertEquals(4, d.get(3).years());
    }

    @Test
    void theCareListPutsMembersWithMoreCircumstancesFirst() {
        var list = Care.careList(Map.of("B", Set.of(CareCircumstance.DISABILITY), "A", Set.of(CareCircumstance.DISABILITY),
                "C", Set.of(CareCircumstance.VETERAN, CareCircumstance.SERIOUS_ILLNESS), "D", Set.of())).value();
        assertEquals(List.of("C", "A", "B"), list);
    }
}
