package org.dangjian.training.plan;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.LocalDate;
import java.time.Year;
import java.util.List;
import java.util.Map;
import org.dangjian.core.code.Jurisdiction;
import org.dangjian.core.validation.InvalidInputException;
import org.dangjian.training.TestParameters;
import org.dangjian.training.duty.Role;
import org.dangjian.training.duty.Trainee;
import org.junit.jupiter.api.Test;

class TrainingPlanPolicyTest {
    private static final LocalDate AS_OF = LocalDate.of(2026, 9, 1);
    private static final TrainingPlanPolicy PLANS = TrainingPlanPolicy.of(TestParameters.baseline(AS_OF));

    static Trainee person(String id, Role role) {
        return Trainee.builder().id(id).role(role).jurisdiction(Jurisdiction.of("430102001")).build();
    }

    static TrainingClass cls(String id, String start, int capacity, Role... roles) {
        LocalDate s = LocalDate.parse(start);
        return TrainingClass.builder().id(id).jurisdiction(Jurisdiction.of("430102")).startDate(s).endDate(s.plusDays(2))
                .capacity(capacity).addRoles(roles).build();
    }

    @Test
    void aClassThatStartedOrEndsNextYearIsNotUsed() {
        RotationPlan p = PLANS.planRotation(List.of(person("P-1", Role.MEMBER), person("P-2", Role.MEMBER)),
                List.of(cls("R-past", "2026-08-31", 9), cls("R-late", "2026-12-30", 9)), Year.of(2026), AS_OF).value();
        assertEquals(Map.of("P-1", UnplacedReason.NO_SUITABLE_CLASS, "P-2", UnplacedReason.NO_SUITABLE_CLASS), p.getUnplaced());
    }

    @Test
    void theSecretaryTakesTheSecretariesClassSoBothArePlaced() {
        RotationPlan p = PLANS.planRotation(List.of(person("P-1", Role.MEMBER), person("S-1", Role.SECRETARY)),
                List.of(cls("R-any", "2026-10-01", 1), cls("R-sec", "2026-11-01", 1, Role.SECRETARY)), Year.of(2026), AS_OF).value();
        assertEquals(Map.of("P-1", "R-any", "S-1", "R-sec"), p.getPlacements());
    }

    @Test
    void theEarlierOfTwoClassesIsChosen() {
        RotationPlan p = PLANS.planRotation(List.of(person("P-1", Role.MEMBER)),
                List.of(cls("R-nov", "2026-11-01", 1), cls("R-oct", "2026-10-01", 1)), Year.of(2026), AS_OF).value();
        assertEquals(Map.of("P-1", "R-oct"), p.getPlacements());
    }

    @Test
    void rejectsAClassListedTwiceAndAClassEndingBeforeItStarts() {
        assertThrows(InvalidInputException.class, () -> PLANS.planRotation(List.of(),
                List.of(cls("R", "2026-10-01", 1), cls("R", "2026-10-01", 1)), Year.of(2026), AS_OF));
        assertThrows(InvalidInputException.class, () -> TrainingClass.builder().id("R").jurisdiction(Jurisdiction.of("430102"))
                .startDate(AS_OF).endDate(AS_OF.minusDays(1)).capacity(-1).build());
    }
}
