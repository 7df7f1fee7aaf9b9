package org.dangjian.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.dangjian.assessment.scorecard.Points;
import org.dangjian.core.band.Band;
import org.dangjian.core.band.BandedTable;
import org.dangjian.core.band.Bound;
import org.dangjian.core.code.Jurisdiction;
import org.dangjian.core.money.Money;
import org.dangjian.core.parameter.DatedValue;
import org.dangjian.core.parameter.LocalProfile;
import org.dangjian.core.parameter.ParameterDefinition;
import org.dangjian.core.parameter.PolicyParameters;
import org.dangjian.core.parameter.ResolvedParameters;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * Boundary cases generated from every banded parameter table of every module — each national baseline version and
 * each local profile's table: at every edge, the key on the edge and one fen (money) or one unit (counts, points)
 * (a hundredth of a point for scores) beyond it fall on the sides the table declares. A change to any table is tested here without new cases by hand.
 */
class BandEdgesTest {
    private static final Jurisdiction COUNTY = Jurisdiction.of("430102");

    /** Every banded table the SDK ships: baseline versions and profile values, each with where it came from. */
    private static List<Object[]> tables() {
        PolicyParameters params = PolicyParameters.nationalBaseline();
        List<Object[]> out = new ArrayList<>();
        for (ParameterDefinition<?> d : params.definitions()) {
            for (DatedValue<?> v : d.baseline()) {
                if (v.value() instanceof BandedTable<?, ?> t) {
                    out.add(new Object[] {d.name() + " baseline " + v.effectiveFrom(), t});
                }
            }
            for (LocalProfile p : params.profiles()) {
                ResolvedParameters r = params.adopt(COUNTY, p, LocalDate.of(2000, 1, 1))
                        .resolve(COUNTY, LocalDate.of(2100, 1, 1));
                Optional<?> v = r.find(d.key());
                if (v.isPresent() && v.get() instanceof BandedTable<?, ?> t
                        && r.provenance(d.key()).orElseThrow().detail().orElse("").startsWith(p.id())) {
                    out.add(new Object[] {d.name() + " profile " + p.id(), t});
                }
            }
        }
        return out;
    }

    @Test
    void theSdkShipsBandedTablesToTest() {
        List<String> names = tables().stream().map(o -> (String) o[0]).toList();
        assertTrue(names.stream().anyMatch(n -> n.startsWith("membership.dues.employedBands baseline")), names::toString);
        assertTrue(names.stream().anyMatch(n -> n.contains("star.bands profile")), names::toString);
    }

    @TestFactory
    Stream<DynamicTest> everyEdgeOfEveryTableFallsOnItsDeclaredSide() {
        List<DynamicTest> tests = new ArrayList<>();
        for (Object[] o : tables()) {
            BandedTable<?, ?> table = (BandedTable<?, ?>) o[1];
            tests.add(DynamicTest.dynamicTest((String) o[0] + ": " + table, () -> checkEdges(table)));
        }
        assertFalse(tests.isEmpty());
        return tests.stream();
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    private static void checkEdges(BandedTable table) {
        List<Band> bands = table.bands();
        for (int i = 0; i + 1 < bands.size(); i++) {
            Band below = bands.get(i);
            Band above = bands.get(i + 1);
            Bound edge = below.upper();
            Comparable x = edge.value();
            Comparable justBelow = step(x, -1);
            Comparable justAbove = step(x, +1);
            String where = "edge " + x + " between " + below + " and " + above;
            assertEquals(edge.isInclusive() ? below.value() : above.value(), table.valueOf(x), where);
            if (justBelow != null && below.contains(justBelow)) {
                assertEquals(below.value(), table.valueOf(justBelow), where + ", one unit below");
            }
            assertEquals(above.value(), table.valueOf(justAbove), where + ", one unit above");
        }
    }

    /** One fen for money, a hundredth of a point for scores, one unit for whole numbers. */
    private static Comparable<?> step(Object x, int direction) {
        if (x instanceof Money m) {
            return m.plus(Money.ofFen(direction));
        }
        if (x instanceof Points p) {
            return p.plus(Points.ofHundredths(direction));
        }
        if (x instanceof Integer n) {
            return n + direction;
        }
        if (x instanceof Long n) {
            return n + direction;
        }
        throw new AssertionError("no unit step for a table keyed by " + x.getClass().getSimpleName()
                + "; add one here so its edges are tested");
    }
}
