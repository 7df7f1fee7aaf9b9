package org.dangjian.core.time;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.time.Period;
import org.junit.jupiter.api.Test;

class TimeLimitsTest {
    static final Period MONTH = Period.ofMonths(1);
    static final Period YEAR = Period.ofYears(1);

    @Test
    void aMonthFromTheThirtyFirstEndsOnTheMonthsLastDay() {
        assertEquals(LocalDate.of(2026, 2, 28), TimeLimits.endOf(LocalDate.of(2026, 1, 31), MONTH));
        assertEquals(LocalDate.of(2024, 2, 29), TimeLimits.endOf(LocalDate.of(2024, 1, 31), MONTH));
        assertEquals(LocalDate.of(2026, 4, 30), TimeLimits.endOf(LocalDate.of(2026, 3, 31), MONTH));
    }

    @Test
    void aYearFromTheLeapDayEndsOnTheTwentyEighth() {
        assertEquals(LocalDate.of(2025, 2, 28), TimeLimits.endOf(LocalDate.of(2024, 2, 29), YEAR));
        assertEquals(LocalDate.of(2028, 2, 29), TimeLimits.endOf(LocalDate.of(2024, 2, 29), Period.ofYears(4)));
    }

    @Test
    void withinAMonthIncludesTheLastDayAndNotTheNext() {
        LocalDate application = LocalDate.of(2026, 1, 31);
        assertTrue(TimeLimits.isWithin(application, MONTH, LocalDate.of(2026, 2, 28)));
        assertFalse(TimeLimits.isWithin(application, MONTH, LocalDate.of(2026, 3, 1)));
        assertFalse(TimeLimits.isWithin(application, MONTH, LocalDate.of(2026, 1, 30)), "not before the event");
    }

    @Test
    void aFullYearIsCompleteOnTheAnniversaryNotTheDayBefore() {
        LocalDate designated = LocalDate.of(2025, 3, 15);
        assertFalse(TimeLimits.hasCompleted(designated, YEAR, LocalDate.of(2026, 3, 14)));
        assertTrue(TimeLimits.hasCompleted(designated, YEAR, LocalDate.of(2026, 3, 15)));
    }

    @Test
    void wholeMonthsCountTheMonthEndRule() {
        assertEquals(1, TimeLimits.wholeMonthsBetween(LocalDate.of(2026, 1, 31), LocalDate.of(2026, 2, 28)));
        assertEquals(0, TimeLimits.wholeMonthsBetween(LocalDate.of(2026, 1, 31), LocalDate.of(2026, 2, 27)));
        assertEquals(6, TimeLimits.wholeMonthsBetween(LocalDate.of(2026, 1, 15), LocalDate.of(2026, 7, 15)));
        assertEquals(5, TimeLimits.wholeMonthsBetween(LocalDate.of(2026, 1, 15), LocalDate.of(2026, 7, 14)));
    }
}
