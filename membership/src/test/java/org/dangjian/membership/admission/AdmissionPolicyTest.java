package org.dangjian.membership.admission;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import org.dangjian.core.decision.Decision;
import org.dangjian.core.decision.Outcome;
import org.dangjian.core.i18n.Language;
import org.dangjian.core.json.DangjianJson;
import org.dangjian.core.money.Fraction;
import org.dangjian.core.validation.InvalidInputException;
import org.dangjian.membership.TestParameters;
import org.junit.jupiter.api.Test;

class AdmissionPolicyTest {
    private final AdmissionPolicy policy = AdmissionPolicy.of(TestParameters.on(LocalDate.of(2026, 1, 1)));

    /** A record complete and in time from application (2023-01-31) to conversion approval (2025-06-30). */
    static AdmissionRecord.Builder complete() {
        AdmissionRecord.Builder b = AdmissionRecord.builder();
        b.applicantRef("A-0001").birthDate(LocalDate.of(1998, 5, 4)).applicationDate(LocalDate.of(2023, 1, 31))
                .talkDate(LocalDate.of(2023, 2, 28)).activistDate(LocalDate.of(2023, 3, 15)).cultivators(2)
                .addActivistAssessments(LocalDate.of(2023, 9, 15), LocalDate.of(2024, 3, 15))
                .candidateDate(LocalDate.of(2024, 3, 15))
                .addIntroducers(IntroducerStatus.FULL_MEMBER, IntroducerStatus.FULL_MEMBER)
                .politicalReviewDate(LocalDate.of(2024, 4, 20)).trainingCompletedOn(LocalDate.of(2024, 4, 10))
                .trainingDays(3).trainingClassHours(24).preReviewDate(LocalDate.of(2024, 5, 10))
                .admissionMeetingDate(LocalDate.of(2024, 5, 20)).admissionVote(MeetingVote.of(9, 8, 8))
                .approvalDate(LocalDate.of(2024, 8, 20)).oathDate(LocalDate.of(2024, 9, 1))
                .conversionMeetingDate(LocalDate.of(2025, 5, 20)).conversionVote(MeetingVote.of(9, 7, 6))
                .conversionApprovalDate(LocalDate.of(2025, 6, 30));
        return b;
    }

    @Test
    void aCompleteRecordInTimeIsCompliant() {
        Decision<AdmissionReport> d = policy.validate(complete().build(), LocalDate.of(2025, 7, 1));
        assertEquals(Outcome.COMPLIANT, d.outcome(), d.explain(Language.ZH));
        assertTrue(d.value().nextStep().isEmpty());
        assertEquals(LocalDate.of(2025, 5, 20), d.value().probationExpiry().orElseThrow());
    }

    @Test
    void aTalkOnTheLastDayOfFebruaryIsWithinAMonthOfThirtyFirstJanuary() {
        assertTrue(policy.validate(complete().build(), LocalDate.of(2025, 7, 1)).value().findings().isEmpty());
        AdmissionRecord late = complete().talkDate(LocalDate.of(2023, 3, 1)).build();
        AdmissionFinding f = policy.validate(late, LocalDate.of(2025, 7, 1)).value().findings().get(0);
        assertEquals("MEM-ADM-002", f.ruleId());
        assertEquals(LocalDate.of(2023, 2, 28), f.deadline().orElseThrow());
    }

    @Test
    void approvalOnTheThreeMonthDayIsInTimeAndOneDayLaterIsLate() {
        AdmissionRecord.Builder b = complete();
        assertEquals(Outcome.COMPLIANT, policy.validate(b.approvalDate(LocalDate.of(2024, 8, 20)).build(),
                LocalDate.of(2025, 7, 1)).outcome());
        Decision<AdmissionReport> late = policy.validate(complete().approvalDate(LocalDate.of(2024, 8, 21)).build(),
                LocalDate.of(2025, 7, 1));
        assertEquals(List.of("MEM-ADM-013"), late.value().findingRuleIds());
        assertEquals(LocalDate.of(2024, 8, 20), late.value().findings().get(0).deadline().orElseThrow());
    }

    @Test
    void approvalThreeMonthsAfterThirtyFirstMayEndsOnThirtyFirstAugust() {
        AdmissionRecord r = complete().admissionMeetingDate(LocalDate.of(2024, 5, 31)).approvalDate(LocalDate.of(2024, 8, 31))
                .conversionMeetingDate(LocalDate.of(2025, 5, 31)).build();
        assertEquals(Outcome.COMPLIANT, policy.validate(r, LocalDate.of(2025, 7, 1)).outcome());
        AdmissionRecord nov = complete().admissionMeetingDate(LocalDate.of(2023, 11, 30)).preReviewDate(LocalDate.of(2023, 11, 1))
                .candidateDate(LocalDate.of(2024, 3, 15)).build();
        // a meeting before the candidate designation is out of order; the approval deadline itself is 2024-02-29
        Decision<AdmissionReport> d = policy.validate(AdmissionRecord.builder().from(nov).approvalDate(LocalDate.of(2024, 3, 1))
                .build(), LocalDate.of(2025, 7, 1));
        assertTrue(d.value().findings().stream().anyMatch(f -> f.ruleId().equals("MEM-ADM-013")
                && f.deadline().orElseThrow().equals(LocalDate.of(2024, 2, 29))), d.explain(Language.EN));
    }

    @Test
    void probationOfAMemberAdmittedOnTwentyNinthFebruaryExpiresOnTwentyEighthFebruary() {
        AdmissionRecord r = AdmissionRecord.builder().from(complete().build())
                .candidateDate(LocalDate.of(2024, 2, 1)).activistDate(LocalDate.of(2023, 2, 1))
                .activistAssessments(List.of(LocalDate.of(2023, 8, 1), LocalDate.of(2024, 2, 1)))
                .talkDate(LocalDate.of(2023, 1, 31)).politicalReviewDate(LocalDate.of(2024, 2, 10))
                .trainingCompletedOn(LocalDate.of(2024, 2, 12)).preReviewDate(LocalDate.of(2024, 2, 20))
                .admissionMeetingDate(LocalDate.of(2024, 2, 29)).approvalDate(LocalDate.of(2024, 5, 29))
                .oathDate(LocalDate.of(2024, 6, 1)).conversionMeetingDate(LocalDate.of(2025, 2, 28))
                .conversionApprovalDate(LocalDate.of(2025, 3, 10)).build();
        Decision<AdmissionReport> d = policy.validate(r, LocalDate.of(2025, 7, 1));
        assertEquals(LocalDate.of(2025, 2, 28), d.value().probationExpiry().orElseThrow());
        assertTrue(d.value().findings().isEmpty(), d.explain(Language.EN));
        AdmissionRecord early = AdmissionRecord.builder().from(r).conversionMeetingDate(LocalDate.of(2025, 2, 27)).build();
        assertEquals(List.of("MEM-ADM-015"), policy.validate(early, LocalDate.of(2025, 7, 1)).value().findingRuleIds());
    }

    @Test
    void extensionsOfSixAndTwelveMonthsAreAllowedAndFiveAndThirteenAreNot() {
        LocalDate expiry = LocalDate.of(2026, 1, 31);
        assertEquals(LocalDate.of(2026, 7, 31), policy.decideExtension(expiry, 6, 0).value());
        assertEquals(LocalDate.of(2027, 1, 31), policy.decideExtension(expiry, 12, 0).value());
        assertEquals(Outcome.NON_COMPLIANT, policy.decideExtension(expiry, 5, 0).outcome());
        assertEquals(Outcome.NON_COMPLIANT, policy.decideExtension(expiry, 13, 0).outcome());
        assertEquals(Outcome.NON_COMPLIANT, policy.decideExtension(expiry, 6, 1).outcome());
        assertFalse(policy.decideExtension(expiry, 5, 0).findValue().isPresent());
    }

    @Test
    void theVoteCountsQuorumAndYesVotesAgainstTheMembersExpected() {
        assertTrue(policy.decideVote(MeetingVote.of(9, 5, 5)).value());
        assertFalse(policy.decideVote(MeetingVote.of(9, 4, 4)).value());
        assertFalse(policy.decideVote(MeetingVote.of(10, 10, 5)).value());
        assertTrue(policy.decideVote(MeetingVote.of(10, 6, 6)).value());
        assertFalse(MeetingVote.of(12, 7, 6).hasMajority(Fraction.HALF));
        assertTrue(MeetingVote.of(12, 7, 6).isQuorate(Fraction.HALF));
    }

    @Test
    void rejectsAVoteWithMoreVotesThanAttendees() {
        InvalidInputException e = assertThrows(InvalidInputException.class, () -> MeetingVote.of(5, 6, 7));
        assertEquals(2, e.violations().size());
        assertThrows(InvalidInputException.class, () -> MeetingVote.of(0, 0, 0));
    }

    @Test
    void rejectsAConversionBeforeAdmissionListingEveryViolation() {
        InvalidInputException e = assertThrows(InvalidInputException.class, () -> complete()
                .conversionMeetingDate(LocalDate.of(2024, 5, 1)).cultivators(-1).applicantRef(" ").build());
        assertEquals(3, e.violations().size(), e.getMessage());
        assertThrows(InvalidInputException.class, () -> AdmissionRecord.builder().applicantRef("A")
                .birthDate(LocalDate.of(2000, 1, 1)).applicationDate(LocalDate.of(1999, 1, 1)).build());
    }

    @Test
    void namesTheNextStepWithItsEarliestDayAndDeadline() {
        AdmissionRecord r = AdmissionRecord.builder().applicantRef("A-2").birthDate(LocalDate.of(2000, 1, 1))
                .applicationDate(LocalDate.of(2026, 1, 31)).build();
        AdmissionReport report = policy.validate(r, LocalDate.of(2026, 2, 1)).value();
        assertEquals(AdmissionStep.TALK, report.nextStep().orElseThrow());
        assertEquals(LocalDate.of(2026, 1, 31), report.nextEarliest().orElseThrow());
        assertEquals(LocalDate.of(2026, 2, 28), report.nextDeadline().orElseThrow());
        Decision<AdmissionReport> overdue = policy.validate(r, LocalDate.of(2026, 3, 1));
        assertEquals(Outcome.NON_COMPLIANT, overdue.outcome());
        assertEquals(List.of("MEM-ADM-002"), overdue.value().findingRuleIds());
    }

    @Test
    void aCancelledProcessHasNoNextStepAndNoOverdueSteps() {
        AdmissionRecord r = AdmissionRecord.builder().applicantRef("A-3").birthDate(LocalDate.of(2000, 1, 1))
                .applicationDate(LocalDate.of(2026, 1, 31)).cancelledOn(LocalDate.of(2026, 2, 2)).build();
        Decision<AdmissionReport> d = policy.validate(r, LocalDate.of(2026, 6, 1));
        assertEquals(Outcome.COMPLIANT, d.outcome());
        assertTrue(d.value().nextStep().isEmpty());
    }

    @Test
    void aStepDatedAfterTheCheckIsAFinding() {
        Decision<AdmissionReport> d = policy.validate(complete().build(), LocalDate.of(2025, 6, 1));
        assertEquals(List.of("MEM-ADM-017"), d.value().findingRuleIds());
    }

    @Test
    void beforeTheAdmissionRulesWereInForceEveryLimitIsInsufficientData() {
        AdmissionPolicy old = AdmissionPolicy.of(TestParameters.on(LocalDate.of(2014, 5, 27)));
        Decision<AdmissionReport> d = old.validate(complete().build(), LocalDate.of(2025, 7, 1));
        assertEquals(Outcome.INSUFFICIENT_DATA, d.outcome(), d.explain(Language.EN));
        assertTrue(d.value().findings().stream().allMatch(f -> f.outcome() == Outcome.INSUFFICIENT_DATA));
        assertEquals(Outcome.INSUFFICIENT_DATA, old.decideVote(MeetingVote.of(9, 9, 9)).outcome());
        assertEquals(Outcome.INSUFFICIENT_DATA, old.decideExtension(LocalDate.of(2014, 1, 1), 6, 0).outcome());
    }

    @Test
    void recordsRoundTripThroughJson() {
        AdmissionRecord r = complete().specialCase(true).addExtensionMonths(6).extensionDecidedOn(LocalDate.of(2025, 5, 20))
                .build();
        String json = DangjianJson.write(r);
        assertEquals(r, DangjianJson.read(json, AdmissionRecord.class));
        assertFalse(r.toString().contains("1998"), r.toString());
        assertTrue(r.toString().contains("A-0001"), r.toString());
    }
}
