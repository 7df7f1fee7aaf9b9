package org.dangjian.membership.admission;

import static org.dangjian.membership.ValueContract.assertValueContract;
import static org.dangjian.membership.admission.AdmissionPolicyTest.complete;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.dangjian.core.decision.Decision;
import org.dangjian.core.decision.Outcome;
import org.dangjian.core.decision.Reason;
import org.dangjian.core.money.Fraction;
import org.dangjian.core.validation.InvalidInputException;
import org.dangjian.core.validation.Violation;
import org.dangjian.membership.MembershipRules;
import org.junit.jupiter.api.Test;

class AdmissionValuesTest {
    private static final LocalDate BIRTH = LocalDate.of(1998, 5, 4);
    private static final LocalDate DAY = LocalDate.of(2024, 3, 1);

    private static List<String> keys(Decision<?> d) {
        return d.reasons().stream().map(Reason::messageKey).toList();
    }

    @Test
    void everyStepIsDatedAfterTheApplicantsBirth() {
        InvalidInputException e = assertThrows(InvalidInputException.class, () -> AdmissionRecord.builder()
                .applicantRef("A-1").birthDate(BIRTH).applicationDate(LocalDate.of(2020, 1, 1)).talkDate(BIRTH)
                .activistDate(BIRTH).candidateDate(BIRTH.minusDays(1)).admissionMeetingDate(BIRTH)
                .conversionMeetingDate(BIRTH).build());
        assertEquals(List.of("talkDate", "activistDate", "candidateDate", "admissionMeetingDate",
                "conversionMeetingDate"), e.violations().stream().map(Violation::path).toList());
        assertEquals("a step is dated after the applicant's birth", e.violations().get(0).message());
        AdmissionRecord dayAfter = AdmissionRecord.builder().applicantRef("A-1").birthDate(BIRTH)
                .applicationDate(BIRTH.plusDays(1)).talkDate(BIRTH.plusDays(1)).build();
        assertEquals(Optional.of(BIRTH.plusDays(1)), dayAfter.getTalkDate());
    }

    @Test
    void anExtensionLastsAtLeastOneMonth() {
        InvalidInputException e = assertThrows(InvalidInputException.class,
                () -> complete().extensionDecidedOn(LocalDate.of(2025, 5, 20)).addExtensionMonths(6, 0).build());
        assertEquals(List.of("extensionMonths[1]"), e.violations().stream().map(Violation::path).toList());
        assertEquals(List.of(1), complete().addExtensionMonths(1).build().getExtensionMonths());
    }

    @Test
    void aRecordPrintsItsReachedStagesWithoutPersonalData() {
        assertEquals("AdmissionRecord[A-0001, applied 2023-01-31, activist 2023-03-15, candidate 2024-03-15, "
                + "meeting 2024-05-20, conversion 2025-05-20, cancelled 2025-06-01]",
                complete().cancelledOn(LocalDate.of(2025, 6, 1)).build().toString());
        assertEquals("AdmissionRecord[A-1, applied 2020-01-01]", AdmissionRecord.builder().applicantRef("A-1")
                .birthDate(BIRTH).applicationDate(LocalDate.of(2020, 1, 1)).build().toString());
    }

    @Test
    void aVoteNeedsMoreThanHalfOfThoseExpectedBothPresentAndInFavour() {
        Decision<Boolean> nine = MeetingVote.of(9, 5, 5).decide(Fraction.HALF, Fraction.HALF);
        assertTrue(nine.value());
        assertEquals(List.of("vote.quorum.met", "vote.majority.met"), keys(nine));
        assertEquals("5", nine.reasons().get(0).arguments().get("needed"));
        assertEquals("5", nine.reasons().get(1).arguments().get("needed"));
        Decision<Boolean> ten = MeetingVote.of(10, 5, 5).decide(Fraction.HALF, Fraction.HALF);
        assertFalse(ten.value());
        assertEquals(Outcome.NON_COMPLIANT, ten.outcome());
        assertEquals(List.of("vote.quorum.missed", "vote.majority.missed"), keys(ten));
        assertEquals("6", ten.reasons().get(0).arguments().get("needed"));
        assertFalse(MeetingVote.of(10, 5, 5).isQuorate(Fraction.HALF));
        assertTrue(MeetingVote.of(10, 6, 5).isQuorate(Fraction.HALF));
        assertEquals(List.of("vote.quorum.met", "vote.majority.missed"),
                keys(MeetingVote.of(10, 6, 5).decide(Fraction.HALF, Fraction.HALF)));
    }

    @Test
    void aVoteIsAValueOfItsThreeCounts() {
        MeetingVote v = MeetingVote.of(9, 8, 7);
        assertEquals("9 expected, 8 present, 7 yes", v.toString());
        assertValueContract(v, MeetingVote.of(9, 8, 7), List.of(MeetingVote.of(10, 8, 7), MeetingVote.of(9, 9, 7),
                MeetingVote.of(9, 8, 6)));
    }

    @Test
    void aFindingIsAValueOfStepOutcomeReasonAndDates() {
        Reason late = Reason.of(MembershipRules.ADM_TALK, "adm.talk.late");
        AdmissionFinding f = new AdmissionFinding(AdmissionStep.TALK, Outcome.NON_COMPLIANT, late, DAY,
                DAY.plusMonths(1));
        assertEquals(AdmissionStep.TALK, f.step());
        assertEquals(Optional.of(DAY), f.earliest());
        assertEquals("MEM-ADM-002", f.ruleId());
        assertTrue(f.toString().startsWith("TALK NON_COMPLIANT "), f.toString());
        assertTrue(f.toString().endsWith(" earliest 2024-03-01 deadline 2024-04-01"), f.toString());
        assertFalse(new AdmissionFinding(AdmissionStep.TALK, Outcome.NON_COMPLIANT, late, null, null).toString()
                .contains("earliest"));
        assertValueContract(f, new AdmissionFinding(AdmissionStep.TALK, Outcome.NON_COMPLIANT, late, DAY,
                DAY.plusMonths(1)), List.of(
                new AdmissionFinding(AdmissionStep.ACTIVIST, Outcome.NON_COMPLIANT, late, DAY, DAY.plusMonths(1)),
                new AdmissionFinding(AdmissionStep.TALK, Outcome.INSUFFICIENT_DATA, late, DAY, DAY.plusMonths(1)),
                new AdmissionFinding(AdmissionStep.TALK, Outcome.NON_COMPLIANT, Reason.of(MembershipRules.ADM_TALK,
                        "adm.talk.overdue"), DAY, DAY.plusMonths(1)),
                new AdmissionFinding(AdmissionStep.TALK, Outcome.NON_COMPLIANT, late, null, DAY.plusMonths(1)),
                new AdmissionFinding(AdmissionStep.TALK, Outcome.NON_COMPLIANT, late, DAY, null)));
    }

    @Test
    void aReportIsAValueOfFindingsNextStepAndDates() {
        AdmissionFinding f = new AdmissionFinding(AdmissionStep.TALK, Outcome.NON_COMPLIANT,
                Reason.of(MembershipRules.ADM_TALK, "adm.talk.late"), null, null);
        AdmissionReport r = new AdmissionReport(List.of(f), AdmissionStep.OATH, DAY, DAY.plusDays(1), DAY.plusYears(1));
        assertEquals("next OATH from 2024-03-01 by 2024-03-02; 1 findings", r.toString());
        assertEquals("complete; 0 findings", new AdmissionReport(List.of(), null, null, null, null).toString());
        assertValueContract(r, new AdmissionReport(List.of(f), AdmissionStep.OATH, DAY, DAY.plusDays(1),
                DAY.plusYears(1)), List.of(
                new AdmissionReport(List.of(), AdmissionStep.OATH, DAY, DAY.plusDays(1), DAY.plusYears(1)),
                new AdmissionReport(List.of(f), AdmissionStep.APPROVAL, DAY, DAY.plusDays(1), DAY.plusYears(1)),
                new AdmissionReport(List.of(f), AdmissionStep.OATH, DAY.minusDays(1), DAY.plusDays(1), DAY.plusYears(1)),
                new AdmissionReport(List.of(f), AdmissionStep.OATH, DAY, DAY.plusDays(2), DAY.plusYears(1)),
                new AdmissionReport(List.of(f), AdmissionStep.OATH, DAY, DAY.plusDays(1), null)));
    }
}
