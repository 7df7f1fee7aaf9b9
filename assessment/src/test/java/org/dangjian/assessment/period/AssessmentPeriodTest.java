package org.dangjian.assessment.period;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import org.dangjian.core.validation.InvalidInputException;
import org.junit.jupiter.api.Test;

class AssessmentPeriodTest {

    @Test
    void labelsAQuarterInChinese() {
        assertEquals("2026年第二季度", AssessmentPeriod.quarter(2026, 2).label());
        assertEquals("2026年4月", AssessmentPeriod.month(2026, 4).label());
        assertEquals("2026年", AssessmentPeriod.year(2026).label());
        assertEquals("Q2 2026", AssessmentPeriod.quarter(2026, 2).labelEn());
        assertEquals("April 2026", AssessmentPeriod.month(2026, 4).labelEn());
    }

    @Test
    void quarterRunsFromItsFirstToItsLastDay() {
        AssessmentPeriod q = AssessmentPeriod.quarter(2026, 2);
        assertEquals(LocalDate.of(2026, 4, 1), q.start());
        assertEquals(LocalDate.of(2026, 6, 30), q.end());
        assertTrue(q.contains(LocalDate.of(2026, 6, 30)));
        assertFalse(q.contains(LocalDate.of(2026, 7, 1)));
        assertFalse(q.contains(LocalDate.of(2026, 3, 31)));
    }

    @Test
    void februaryOfALeapYearEndsOnThe29th() {
        assertEquals(LocalDate.of(2028, 2, 29), AssessmentPeriod.month(2028, 2).end());
        assertEquals(LocalDate.of(2026, 2, 28), AssessmentPeriod.month(2026, 2).end());
    }

    @Test
    void splitsAYearIntoQuartersAndMonths() {
        assertEquals(List.of(AssessmentPeriod.quarter(2026, 1), AssessmentPeriod.quarter(2026, 2),
                AssessmentPeriod.quarter(2026, 3), AssessmentPeriod.quarter(2026, 4)),
                AssessmentPeriod.year(2026).split(PeriodKind.QUARTER));
        assertEquals(12, AssessmentPeriod.year(2026).split(PeriodKind.MONTH).size());
        assertEquals(List.of(AssessmentPeriod.month(2026, 4), AssessmentPeriod.month(2026, 5),
                AssessmentPeriod.month(2026, 6)), AssessmentPeriod.quarter(2026, 2).split(PeriodKind.MONTH));
        assertThrows(IllegalArgumentException.class, () -> AssessmentPeriod.quarter(2026, 2).split(PeriodKind.YEAR));
    }

    @Test
    void splitsTheLastYearWithoutRunningPastIt() {
        assertEquals(12, AssessmentPeriod.year(9999).split(PeriodKind.MONTH).size());
    }

    @Test
    void parsesWhatItWrites() {
        assertEquals(AssessmentPeriod.quarter(2026, 2), AssessmentPeriod.parse("2026-Q2"));
        assertEquals(AssessmentPeriod.month(2026, 4), AssessmentPeriod.parse("2026-04"));
        assertEquals(AssessmentPeriod.year(2026), AssessmentPeriod.parse("2026"));
        assertEquals("2026-04", AssessmentPeriod.month(2026, 4).toString());
    }

    @Test
    void rejectsMalformedPeriods() {
        assertThrows(InvalidInputException.class, () -> AssessmentPeriod.parse("2026-Q5"));
        assertThrows(InvalidInputException.class, () -> AssessmentPeriod.parse("2026-13"));
        assertThrows(InvalidInputException.class, () -> AssessmentPeriod.parse("26-Q1"));
        assertThrows(InvalidInputException.class, () -> AssessmentPeriod.month(1900, 1));
    }

    @Test
    void ordersByStartThenLongestLast() {
        assertTrue(AssessmentPeriod.month(2026, 1).compareTo(AssessmentPeriod.quarter(2026, 1)) < 0);
        assertTrue(AssessmentPeriod.quarter(2026, 1).compareTo(AssessmentPeriod.year(2026)) < 0);
        assertTrue(AssessmentPeriod.year(2026).compareTo(AssessmentPeriod.month(2026, 2)) < 0);
    }

    @Test
    void findsThePeriodContainingADate() {
        assertEquals(AssessmentPeriod.quarter(2026, 3), AssessmentPeriod.containing(PeriodKind.QUARTER,
                LocalDate.of(2026, 9, 30)));
        assertEquals(AssessmentPeriod.quarter(2026, 4), AssessmentPeriod.containing(PeriodKind.QUARTER,
                LocalDate.of(2026, 10, 1)));
    }
}
