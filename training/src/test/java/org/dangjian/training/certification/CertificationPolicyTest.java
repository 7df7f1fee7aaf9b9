package org.dangjian.training.certification;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.LocalDate;
import org.dangjian.core.decision.Outcome;
import org.dangjian.core.validation.InvalidInputException;
import org.dangjian.training.TestParameters;
import org.dangjian.training.duty.ClassHours;
import org.junit.jupiter.api.Test;

class CertificationPolicyTest {
    private static final CertificationPolicy LOCAL = CertificationPolicy.of(TestParameters.with(LocalDate.of(2026, 12, 31),
            "training.certification.minClassHours", "40", "training.certification.passingScore", "60",
            "training.certification.minGrade", "FAIRLY_GOOD", "training.certification.validity", "P3Y",
            "training.certification.renewalNotice", "P3M"));

    static CertificationFacts facts(String hours, int score, AssessmentGrade grade) {
        return CertificationFacts.builder().personId("W-1").classHours(ClassHours.parse(hours)).examScore(score)
                .grade(grade).build();
    }

    @Test
    void everyShortfallIsAReason() {
        assertEquals(3, LOCAL.assessEligibility(facts("39.9", 59, AssessmentGrade.AVERAGE)).reasons().size());
        assertEquals(Outcome.COMPLIANT, LOCAL.assessEligibility(facts("40", 60, AssessmentGrade.GOOD)).outcome());
    }

    @Test
    void aWorkerWithoutAnExamScoreCannotBeJudged() {
        CertificationFacts noExam = CertificationFacts.builder().personId("W-1").classHours(ClassHours.of(50))
                .grade(AssessmentGrade.GOOD).build();
        assertEquals(Outcome.INSUFFICIENT_DATA, LOCAL.assessEligibility(noExam).outcome());
    }

    @Test
    void aCertificateIsValidTheDayBeforeRenewalAndDueOnItsLastDay() {
        LocalDate issued = LocalDate.of(2026, 1, 31);
        assertEquals(CertificateState.VALID, LOCAL.decideStatus("W-1", issued, LocalDate.of(2028, 10, 30)).value().getState());
        assertEquals(CertificateState.RENEWAL_DUE, LOCAL.decideStatus("W-1", issued, LocalDate.of(2029, 1, 31)).value().getState());
        assertEquals(Outcome.INSUFFICIENT_DATA, CertificationPolicy.of(TestParameters.baseline(LocalDate.of(2026, 1, 1)))
                .decideStatus("W-1", issued, LocalDate.of(2026, 2, 1)).outcome());
    }

    @Test
    void rejectsAScoreAbove100() {
        assertThrows(InvalidInputException.class, () -> facts("40", 101, AssessmentGrade.GOOD));
    }
}
