package org.dangjian.core.band;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;
import net.jqwik.api.constraints.UniqueElements;

class BandedTableProperties {

    /** Any sorted cut points with any inclusive/exclusive choices make a valid table where every key is in one band. */
    @Property(tries = 300)
    void everyKeyFallsInExactlyOneBand(@ForAll @Size(max = 8) @UniqueElements List<@IntRange(min = 1, max = 1000) Integer> cuts,
            @ForAll @Size(8) List<Boolean> upperInclusive, @ForAll @IntRange(min = 0, max = 1100) int key) {
        List<Integer> sorted = new ArrayList<>(new TreeSet<>(cuts));
        List<Band<Integer, Integer>> bands = new ArrayList<>();
        Bound<Integer> lower = Bound.inclusive(0);
        for (int i = 0; i < sorted.size(); i++) {
            boolean incl = upperInclusive.get(i);
            Bound<Integer> upper = incl ? Bound.inclusive(sorted.get(i)) : Bound.exclusive(sorted.get(i));
            bands.add(Band.of(lower, upper, i));
            lower = incl ? Bound.exclusive(sorted.get(i)) : Bound.inclusive(sorted.get(i));
        }
        bands.add(Band.of(lower, Bound.unbounded(), sorted.size()));
        BandedTable<Integer, Integer> t = BandedTable.of(Bound.inclusive(0), Bound.unbounded(), bands);
        long containing = t.bands().stream().filter(b -> b.contains(key)).count();
        assertEquals(1, containing);
        assertEquals(t, BandedTable.parse(t.toString(), Bound.inclusive(0), Bound.unbounded(), Integer::valueOf,
                Integer::valueOf));
    }
}
