package org.dangjian.training.visit;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.List;
import org.dangjian.core.code.CreditCode;
import org.dangjian.core.decision.Outcome;
import org.dangjian.training.TestParameters;
import org.junit.jupiter.api.Test;

class VisitPolicyTest {
    private static final CreditCode ORG = CreditCode.withCheckCharacter("91430102MA4L00001");

    static Visit visit(String date) {
        return Visit.builder().organization(ORG).instructorId("I-1").date(LocalDate.parse(date)).build();
    }

    @Test
    void halfMonthsEndOnThe15thAndTheMonthsLastDay() {
        assertEquals(LocalDate.of(2028, 2, 29), VisitCycle.HALF_MONTH.endOf(LocalDate.of(2028, 2, 16)));
        assertEquals(LocalDate.of(2026, 2, 15), VisitCycle.HALF_MONTH.endOf(LocalDate.of(2026, 2, 1)));
        assertEquals(LocalDate.of(2026, 2, 16), VisitCycle.HALF_MONTH.startOf(LocalDate.of(2026, 2, 28)));
        assertEquals(LocalDate.of(2026, 3, 2), VisitCycle.WEEK.startOf(LocalDate.of(2026, 3, 8)));
        assertEquals(LocalDate.of(2026, 6, 30), VisitCycle.QUARTER.endOf(LocalDate.of(2026, 4, 1)));
    }

    @Test
    void aCycleStartedBeforeTheAssignmentIsNotOwed() {
        VisitPolicy monthly = VisitPolicy.of(TestParameters.with(LocalDate.of(2026, 4, 1), "training.visit.cycle", "MONTH"));
        VisitReport r = monthly.assessVisits(ORG, "I-1", List.of(visit("2026-02-10"), visit("2026-03-31")),
                LocalDate.of(2026, 1, 20), LocalDate.of(2026, 3, 31)).value();
        assertEquals(2, r.getCyclesOwed());
        assertEquals(List.of(), r.getMissed());
    }

    @Test
    void anotherInstructorsVisitDoesNotCount() {
        VisitPolicy monthly = VisitPolicy.of(TestParameters.with(LocalDate.of(2026, 4, 1), "training.visit.cycle", "MONTH"));
        Visit other = Visit.builder().from(visit("2026-02-10")).instructorId("I-2").build();
        assertEquals(Outcome.NON_COMPLIANT, monthly.assessVisits(ORG, "I-1", List.of(other), LocalDate.of(2026, 2, 1),
                LocalDate.of(2026, 2, 28)).outcome());
    }

    @Test
    void everyNamedDutyExercisedLeavesNothingMissing() {
        VisitPolicy p = VisitPolicy.of(TestParameters.baseline(LocalDate.of(2026, 4, 1)));
        Visit all = Visit.builder().from(visit("2026-02-10")).addPurposes(VisitPurpose.KEY_MEETING,
                VisitPurpose.ACTIVIST_CULTIVATION, VisitPurpose.MASS_ORGANIZATION_GUIDANCE).build();
        assertEquals(java.util.Set.of(), p.reviewDuties(ORG, "I-1", List.of(all), LocalDate.of(2026, 1, 1),
                LocalDate.of(2026, 12, 31)).value());
    }
}
