package org.dangjian.core.band;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.dangjian.core.money.Money;
import org.dangjian.core.money.Rate;
import org.dangjian.core.parameter.ParameterType;
import org.dangjian.core.validation.InvalidInputException;
import org.junit.jupiter.api.Test;

class BandedTableTest {
    static final String DUES = "[0.00, 3000.00] 0.5%; (3000.00, 5000.00] 1%; (5000.00, 10000.00] 1.5%; (10000.00, +∞) 2%";
    static final ParameterType<BandedTable<Money, Rate>> TYPE = ParameterType.moneyBands(ParameterType.RATE);

    @Test
    void putsEachDuesEdgeOnTheDocumentedSide() {
        BandedTable<Money, Rate> t = TYPE.parse(DUES);
        assertEquals(Rate.parse("0.5%"), t.valueOf(Money.parse("3000.00")));
        assertEquals(Rate.parse("1%"), t.valueOf(Money.parse("3000.01")));
        assertEquals(Rate.parse("1%"), t.valueOf(Money.parse("5000.00")));
        assertEquals(Rate.parse("1.5%"), t.valueOf(Money.parse("5000.01")));
        assertEquals(Rate.parse("1.5%"), t.valueOf(Money.parse("10000.00")));
        assertEquals(Rate.parse("2%"), t.valueOf(Money.parse("10000.01")));
        assertEquals(Rate.parse("0.5%"), t.valueOf(Money.ZERO));
    }

    @Test
    void parsesWhatToStringWrites() {
        assertEquals(DUES, TYPE.parse(DUES).toString());
    }

    @Test
    void rejectsKeysOutsideTheDomain() {
        assertThrows(InvalidInputException.class, () -> TYPE.parse(DUES).valueOf(Money.parse("-0.01")));
    }

    @Test
    void reportsAGapAtAnEdgeNeitherBandIncludes() {
        InvalidInputException e = assertThrows(InvalidInputException.class,
                () -> TYPE.parse("[0.00, 3000.00) 0.5%; (3000.00, +∞) 1%"));
        assertTrue(e.getMessage().contains("gap at 3000.00"), e.getMessage());
    }

    @Test
    void reportsAnOverlapAtAnEdgeBothBandsInclude() {
        InvalidInputException e = assertThrows(InvalidInputException.class,
                () -> TYPE.parse("[0.00, 3000.00] 0.5%; [3000.00, +∞) 1%"));
        assertTrue(e.getMessage().contains("overlap at 3000.00"), e.getMessage());
    }

    @Test
    void reportsEveryProblemTogether() {
        InvalidInputException e = assertThrows(InvalidInputException.class,
                () -> TYPE.parse("[1.00, 3000.00] 0.5%; (4000.00, 5000.00] 1%; (4500.00, 6000.00] 2%"));
        assertEquals(4, e.violations().size(), e.getMessage()); // start, end, gap, overlap
    }

    @Test
    void requiresTheDomainToBeCovered() {
        assertThrows(InvalidInputException.class, () -> BandedTable.of(Bound.inclusive(0), Bound.unbounded(),
                List.of(Band.of(Bound.inclusive(0), Bound.inclusive(10), "a"))));
        assertThrows(InvalidInputException.class, () -> BandedTable.of(Bound.inclusive(0), Bound.unbounded(),
                List.<Band<Integer, String>>of()));
    }

    @Test
    void countBandsWorkOnPeople() {
        BandedTable<Integer, String> t = ParameterType.countBands(ParameterType.TEXT)
                .parse("[0, 3) none; [3, 50) branch; [50, 100) general; [100, +∞) committee");
        assertEquals("none", t.valueOf(2));
        assertEquals("branch", t.valueOf(3));
        assertEquals("branch", t.valueOf(49));
        assertEquals("general", t.valueOf(50));
        assertEquals("committee", t.valueOf(100));
    }
}
