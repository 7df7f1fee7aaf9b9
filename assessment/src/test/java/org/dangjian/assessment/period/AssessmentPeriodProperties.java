package org.dangjian.assessment.period;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

class AssessmentPeriodProperties {

    @Provide
    Arbitrary<AssessmentPeriod> periods() {
        return Combinators.combine(Arbitraries.of(PeriodKind.class), Arbitraries.integers().between(1921, 9999),
                Arbitraries.integers().between(1, 12)).as((k, y, i) -> AssessmentPeriod.of(k, y, (i - 1) % k.perYear() + 1));
    }

    @Property(tries = 200)
    void parseReadsWhatToStringWrites(@ForAll("periods") AssessmentPeriod p) {
        assertEquals(p, AssessmentPeriod.parse(p.toString()));
    }

    @Property(tries = 200)
    void containingFindsAPeriodThatContainsTheDate(@ForAll("periods") AssessmentPeriod p, @ForAll PeriodKind kind) {
        LocalDate d = p.start();
        AssessmentPeriod c = AssessmentPeriod.containing(kind, d);
        assertTrue(c.contains(d));
        assertEquals(kind, c.kind());
    }

    @Property(tries = 100)
    void splitCoversThePeriodDayByDayWithoutGaps(@ForAll("periods") AssessmentPeriod p, @ForAll PeriodKind into) {
        if (into.perYear() < p.kind().perYear()) {
            return;
        }
        var parts = p.split(into);
        assertEquals(p.start(), parts.get(0).start());
        assertEquals(p.end(), parts.get(parts.size() - 1).end());
        for (int i = 1; i < parts.size(); i++) {
            assertEquals(parts.get(i - 1).end().plusDays(1), parts.get(i).start());
        }
    }
}
