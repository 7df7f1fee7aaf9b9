package org.dangjian.membership.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Period;
import org.junit.jupiter.api.Test;

class PeriodTextTest {
    @Test
    void writesPeriodsAsOfficialsReadThem() {
        assertEquals("6个月", PeriodText.zh(Period.ofMonths(6)));
        assertEquals("1年6个月", PeriodText.zh(Period.of(1, 6, 0)));
        assertEquals("10天", PeriodText.zh(Period.ofDays(10)));
        assertEquals("0天", PeriodText.zh(Period.ZERO));
        assertEquals("1 month", PeriodText.en(Period.ofMonths(1)));
        assertEquals("2 years 1 day", PeriodText.en(Period.of(2, 0, 1)));
        assertEquals("0 days", PeriodText.en(Period.ZERO));
    }
}
