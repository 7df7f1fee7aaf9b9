package org.dangjian.assessment.annual;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

class RankingProperties {
    private static final AnnualAssessmentPolicy POLICY = AnnualAssessmentPolicy.of(AnnualAssessmentTest.letter());

    @Provide
    Arbitrary<List<JurisdictionResults>> field() {
        return Arbitraries.integers().between(0, 6).tuple2().list().ofMinSize(1).ofMaxSize(30).map(l -> {
            List<JurisdictionResults> out = new ArrayList<>();
            for (int i = 0; i < l.size(); i++) {
                out.add(AnnualAssessmentTest.results(String.format("430102%03d", i + 1), l.get(i).get1() * 2,
                        l.get(i).get2() % 3));
            }
            return out;
        });
    }

    @Property(tries = 200)
    void rankingIsATotalOrderStableUnderInputOrder(@ForAll("field") List<JurisdictionResults> results,
            @ForAll long seed) {
        AiringTable t = POLICY.rank(results).value();
        List<JurisdictionResults> shuffled = new ArrayList<>(results);
        Collections.shuffle(shuffled, new Random(seed));
        assertEquals(t.toString(), POLICY.rank(shuffled).value().toString());
        List<AnnualScore> rows = t.rows();
        assertEquals(results.size(), rows.size());
        for (int i = 1; i < rows.size(); i++) {
            int c = rows.get(i - 1).total().compareTo(rows.get(i).total());
            assertTrue(c > 0 || (c == 0 && rows.get(i - 1).jurisdiction().toString()
                    .compareTo(rows.get(i).jurisdiction().toString()) < 0), rows.toString());
        }
    }
}
