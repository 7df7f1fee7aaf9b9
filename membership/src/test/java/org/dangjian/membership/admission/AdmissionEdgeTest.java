package org.dangjian.membership.admission;

import static org.dangjian.membership.admission.AdmissionPolicyTest.complete;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;
import org.dangjian.core.decision.Decision;
import org.dangjian.core.decision.Outcome;
import org.dangjian.core.decision.Reason;
import org.dangjian.core.parameter.ResolvedParameters;
import org.dangjian.membership.MembershipParameters;
import org.dangjian.membership.TestParameters;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** The admission checks' edges: each time limit, each order and presence check, counts and votes. */
class AdmissionEdgeTest {
    private static final LocalDate ON = LocalDate.of(2026, 1, 1);
    private static final LocalDate AFTER = LocalDate.of(2025, 7, 1);
    private final ResolvedParameters national = TestParameters.on(ON);
    private final AdmissionPolicy policy = AdmissionPolicy.of(national);

    private AdmissionReport check(AdmissionRecord.Builder b) {
        return policy.validate(b.build(), AFTER).value();
    }

    /** Each finding as "STEP messageKey". */
    private static List<String> findings(AdmissionReport report) {
        return report.findings().stream().map(f -> f.step() + " " + f.reason().messageKey()).toList();
    }

    private static List<String> withKey(AdmissionReport report, String key) {
        return report.findings().stream().filter(f -> f.reason().messageKey().equals(key))
                .map(f -> f.step() + " " + f.reason().arguments()).toList();
    }

    /** A record up to the development candidate, with two full-member introducers, before any review. */
    private static AdmissionRecord.Builder candidate() {
        return AdmissionRecord.builder().applicantRef("A-0002").birthDate(LocalDate.of(1998, 5, 4))
                .applicationDate(LocalDate.of(2023, 1, 31)).talkDate(LocalDate.of(2023, 2, 28))
                .activistDate(LocalDate.of(2023, 3, 15)).cultivators(2)
                .addActivistAssessments(LocalDate.of(2023, 9, 15), LocalDate.of(2024, 3, 15))
                .candidateDate(LocalDate.of(2024, 3, 15))
                .addIntroducers(IntroducerStatus.FULL_MEMBER, IntroducerStatus.FULL_MEMBER);
    }

    @Test
    void everyStepDatedAfterTheCheckIsReportedInStepOrder() {
        AdmissionRecord r = complete().jointReviewDate(LocalDate.of(2024, 4, 20))
                .publicityStart(LocalDate.of(2024, 4, 1)).publicityEnd(LocalDate.of(2024, 4, 7)).build();
        AdmissionReport report = policy.validate(r, LocalDate.of(2023, 1, 30)).value();
        List<AdmissionStep> future = report.findings().stream()
                .filter(f -> f.reason().messageKey().equals("adm.order.future")).map(AdmissionFinding::step).toList();
        assertEquals(List.of(AdmissionStep.APPLICATION, AdmissionStep.TALK, AdmissionStep.ACTIVIST,
                AdmissionStep.DEVELOPMENT_CANDIDATE, AdmissionStep.POLITICAL_REVIEW, AdmissionStep.JOINT_REVIEW,
                AdmissionStep.TRAINING, AdmissionStep.PUBLICITY, AdmissionStep.PRE_REVIEW,
                AdmissionStep.ADMISSION_MEETING, AdmissionStep.APPROVAL, AdmissionStep.OATH,
                AdmissionStep.CONVERSION_MEETING, AdmissionStep.CONVERSION_APPROVAL), future);
        assertEquals("2023-01-30", report.findings().get(0).reason().arguments().get("asOf"));
        assertTrue(findings(policy.validate(r, AFTER).value()).stream().noneMatch(f -> f.endsWith("future")));
    }

    static Stream<Arguments> backwardsSteps() {
        return Stream.of(
                Arguments.of("activist before the application", AdmissionStep.APPLICATION, AdmissionStep.ACTIVIST,
                        (UnaryOperator<AdmissionRecord.Builder>) b -> b.activistDate(LocalDate.of(2023, 1, 30))),
                Arguments.of("candidate before the activist", AdmissionStep.ACTIVIST,
                        AdmissionStep.DEVELOPMENT_CANDIDATE,
                        (UnaryOperator<AdmissionRecord.Builder>) b -> b.candidateDate(LocalDate.of(2023, 3, 14))),
                Arguments.of("joint review before the candidate", AdmissionStep.DEVELOPMENT_CANDIDATE,
                        AdmissionStep.JOINT_REVIEW,
                        (UnaryOperator<AdmissionRecord.Builder>) b -> b.jointReviewDate(LocalDate.of(2024, 3, 14))),
                Arguments.of("publicity before the candidate", AdmissionStep.DEVELOPMENT_CANDIDATE,
                        AdmissionStep.PUBLICITY, (UnaryOperator<AdmissionRecord.Builder>) b -> b
                                .publicityStart(LocalDate.of(2024, 3, 14)).publicityEnd(LocalDate.of(2024, 3, 20))),
                Arguments.of("publicity ending before it starts", AdmissionStep.PUBLICITY, AdmissionStep.PUBLICITY,
                        (UnaryOperator<AdmissionRecord.Builder>) b -> b.publicityStart(LocalDate.of(2024, 4, 10))
                                .publicityEnd(LocalDate.of(2024, 4, 1))),
                Arguments.of("pre-review before the political review", AdmissionStep.POLITICAL_REVIEW,
                        AdmissionStep.PRE_REVIEW,
                        (UnaryOperator<AdmissionRecord.Builder>) b -> b.politicalReviewDate(LocalDate.of(2024, 5, 11))),
                Arguments.of("pre-review before the training ends", AdmissionStep.TRAINING,
                        AdmissionStep.PRE_REVIEW,
                        (UnaryOperator<AdmissionRecord.Builder>) b -> b.trainingCompletedOn(LocalDate.of(2024, 5, 11))),
                Arguments.of("pre-review before the joint review", AdmissionStep.JOINT_REVIEW,
                        AdmissionStep.PRE_REVIEW,
                        (UnaryOperator<AdmissionRecord.Builder>) b -> b.jointReviewDate(LocalDate.of(2024, 5, 11))),
                Arguments.of("pre-review before the publicity ends", AdmissionStep.PUBLICITY,
                        AdmissionStep.PRE_REVIEW, (UnaryOperator<AdmissionRecord.Builder>) b -> b
                                .publicityStart(LocalDate.of(2024, 4, 1)).publicityEnd(LocalDate.of(2024, 5, 11))),
                Arguments.of("pre-review before the candidate", AdmissionStep.DEVELOPMENT_CANDIDATE,
                        AdmissionStep.PRE_REVIEW,
                        (UnaryOperator<AdmissionRecord.Builder>) b -> b.preReviewDate(LocalDate.of(2024, 3, 14))),
                Arguments.of("meeting before the candidate", AdmissionStep.DEVELOPMENT_CANDIDATE,
                        AdmissionStep.ADMISSION_MEETING,
                        (UnaryOperator<AdmissionRecord.Builder>) b -> b.admissionMeetingDate(LocalDate.of(2024, 3, 14))),
                Arguments.of("conversion before the approval", AdmissionStep.APPROVAL,
                        AdmissionStep.CONVERSION_MEETING,
                        (UnaryOperator<AdmissionRecord.Builder>) b -> b.conversionMeetingDate(LocalDate.of(2024, 8, 19))));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("backwardsSteps")
    void aStepDatedBeforeTheStepItFollowsIsReportedAgainstThatStep(String name, AdmissionStep earlier,
            AdmissionStep later, UnaryOperator<AdmissionRecord.Builder> change) {
        AdmissionReport report = check(change.apply(complete()));
        assertTrue(report.findings().stream().anyMatch(f -> f.step() == later
                && f.reason().messageKey().equals("adm.order.backwards")
                && f.reason().arguments().get("before").equals(earlier.label())
                && f.reason().arguments().get("step").equals(later.label())
                && f.earliest().isPresent()), findings(report).toString());
        assertTrue(report.findings().stream().allMatch(f -> f.ruleId().startsWith("MEM-")));
    }

    @Test
    void aStepRecordedWithoutTheStepBeforeItNamesTheMissingStep() {
        assertEquals(List.of("TALK {step=确定为入党积极分子, missing=党组织派人谈话}"),
                withKey(check(complete().talkDate(Optional.empty())), "adm.order.missing"));
        assertEquals(List.of("ACTIVIST {step=确定为发展对象, missing=确定为入党积极分子}"),
                withKey(check(complete().activistDate(Optional.empty())), "adm.order.missing"));
        assertEquals(List.of("DEVELOPMENT_CANDIDATE {step=上级党委预审, missing=确定为发展对象}"),
                withKey(check(complete().candidateDate(Optional.empty())), "adm.order.missing"));
        AdmissionRecord.Builder noMeeting = complete().admissionMeetingDate(Optional.empty())
                .admissionVote(Optional.empty()).conversionMeetingDate(Optional.empty())
                .conversionVote(Optional.empty()).conversionApprovalDate(Optional.empty());
        assertEquals(List.of("ADMISSION_MEETING {step=上级党委审批, missing=支部大会讨论接收预备党员}"),
                withKey(check(noMeeting), "adm.order.missing"));
        assertEquals(List.of("APPROVAL {step=入党宣誓, missing=上级党委审批}",
                "APPROVAL {step=支部大会讨论转正, missing=上级党委审批}"),
                withKey(check(complete().approvalDate(Optional.empty())), "adm.order.missing"));
        AdmissionReport noConversion = check(complete().conversionMeetingDate(Optional.empty())
                .conversionVote(Optional.empty()));
        assertEquals(List.of("CONVERSION_MEETING {step=上级党委审批转正, missing=支部大会讨论转正}"),
                withKey(noConversion, "adm.order.missing"));
        assertEquals(Optional.of(LocalDate.of(2025, 6, 30)), noConversion.findings().get(0).deadline());
    }

    @Test
    void aPublicityWithOnlyOneEndIsIncomplete() {
        // the national baseline sets no publicity period, so the figure is reported missing as well
        assertEquals(List.of("PUBLICITY adm.publicity.incomplete", "PUBLICITY parameter.unset"),
                findings(check(complete().publicityStart(LocalDate.of(2024, 4, 1)))));
    }

    @Test
    void aFailedVoteAtEitherMeetingIsReportedAgainstThatMeeting() {
        assertEquals(List.of("ADMISSION_MEETING vote.quorum.missed", "ADMISSION_MEETING vote.majority.missed"),
                findings(check(complete().admissionVote(MeetingVote.of(9, 4, 4)))));
        assertEquals(List.of("CONVERSION_MEETING vote.majority.missed"),
                findings(check(complete().conversionVote(MeetingVote.of(9, 9, 4)))));
        assertEquals(List.of("ADMISSION_MEETING vote.quorum.missed"),
                findings(check(complete().admissionVote(MeetingVote.of(10, 5, 5)).conversionVote(
                        MeetingVote.of(10, 6, 6)))).subList(0, 1));
    }

    @Test
    void oneOrTwoCultivatorsAreAllowedAndNoneOrThreeAreNot() {
        assertEquals(List.of(), findings(check(complete().cultivators(1))));
        assertEquals(List.of(), findings(check(complete().cultivators(2))));
        assertEquals(List.of("ACTIVIST adm.cultivators"), findings(check(complete().cultivators(0))));
        assertEquals(List.of("ACTIVIST {count=3}"), withKey(check(complete().cultivators(3)), "adm.cultivators"));
    }

    @Test
    void anAssessmentOutOfOrderOrMoreThanSixMonthsLateIsReported() {
        AdmissionReport backwards = check(complete().activistAssessments(List.of(LocalDate.of(2023, 3, 1),
                LocalDate.of(2023, 9, 15), LocalDate.of(2024, 3, 15))));
        assertEquals(List.of("ACTIVIST adm.order.assessment"), findings(backwards));
        assertEquals(Optional.of(LocalDate.of(2023, 3, 15)), backwards.findings().get(0).earliest());
        AdmissionReport onTheDay = check(complete().activistAssessments(List.of(LocalDate.of(2023, 9, 15),
                LocalDate.of(2024, 3, 15))));
        assertEquals(List.of(), findings(onTheDay));
        AdmissionReport late = check(complete().activistAssessments(List.of(LocalDate.of(2023, 9, 16),
                LocalDate.of(2024, 3, 15))));
        assertEquals(List.of("ACTIVIST adm.assessment.late"), findings(late));
        assertEquals(Optional.of(LocalDate.of(2023, 9, 15)), late.findings().get(0).deadline());
    }

    @Test
    void aProbationaryIntroducerDoesNotCountAndIsReported() {
        AdmissionReport mixed = check(complete().introducers(List.of(IntroducerStatus.FULL_MEMBER,
                IntroducerStatus.PROBATIONARY_MEMBER)));
        assertEquals(List.of("INTRODUCERS {count=1}", "INTRODUCERS {count=1}"),
                Stream.concat(withKey(mixed, "adm.introducers.probationary").stream(),
                        withKey(mixed, "adm.introducers.missing").stream()).toList());
        AdmissionReport one = check(complete().introducers(List.of(IntroducerStatus.FULL_MEMBER)));
        assertEquals(List.of("INTRODUCERS adm.introducers.missing"), findings(one));
        assertEquals(Optional.of(LocalDate.of(2024, 3, 15)), one.findings().get(0).earliest());
        AdmissionReport three = check(complete().introducers(List.of(IntroducerStatus.FULL_MEMBER,
                IntroducerStatus.FULL_MEMBER, IntroducerStatus.FULL_MEMBER)));
        assertEquals(List.of(), findings(three));
    }

    @Test
    void aCandidateWithAProbationaryIntroducerStillNeedsASecondFullMember() {
        AdmissionReport r = check(candidate().introducers(List.of(IntroducerStatus.FULL_MEMBER,
                IntroducerStatus.PROBATIONARY_MEMBER)));
        assertEquals(Optional.of(AdmissionStep.INTRODUCERS), r.nextStep());
        assertEquals(Optional.of(AdmissionStep.POLITICAL_REVIEW), check(candidate()).nextStep());
    }

    @Test
    void trainingMissingBeforeTheMeetingIsReported() {
        AdmissionReport r = check(complete().trainingCompletedOn(Optional.empty()));
        assertEquals(List.of("TRAINING adm.training.missing"), findings(r));
        assertEquals(Optional.of(LocalDate.of(2024, 3, 15)), r.findings().get(0).earliest());
    }

    @Test
    void whereThePublicityPeriodIsSetAMeetingWithoutPublicityIsReported() {
        AdmissionPolicy five = AdmissionPolicy.of(TestParameters.with(MembershipParameters.ADMISSION_PUBLICITY_DAYS,
                5, ON));
        AdmissionReport r = five.validate(complete().build(), AFTER).value();
        assertEquals(List.of("PUBLICITY adm.publicity.missing"), findings(r));
        AdmissionReport ok = five.validate(complete().publicityStart(LocalDate.of(2024, 4, 1))
                .publicityEnd(LocalDate.of(2024, 4, 5)).build(), AFTER).value();
        assertEquals(List.of(), findings(ok));
        AdmissionReport next = five.validate(candidate().politicalReviewDate(LocalDate.of(2024, 4, 20))
                .trainingCompletedOn(LocalDate.of(2024, 4, 10)).trainingDays(3).build(), AFTER).value();
        assertEquals(Optional.of(AdmissionStep.PUBLICITY), next.nextStep());
        AdmissionReport preReview = five.validate(candidate().politicalReviewDate(LocalDate.of(2024, 4, 20))
                .trainingCompletedOn(LocalDate.of(2024, 4, 10)).trainingDays(3)
                .publicityStart(LocalDate.of(2024, 4, 21)).publicityEnd(LocalDate.of(2024, 4, 25)).build(), AFTER)
                .value();
        assertEquals(Optional.of(AdmissionStep.PRE_REVIEW), preReview.nextStep());
        assertEquals(Optional.of(LocalDate.of(2024, 4, 25)), preReview.nextEarliest());
    }

    @Test
    void thePreReviewMayFollowTheLatestOfTheReviewsTrainingAndPublicity() {
        AdmissionReport r = check(candidate().politicalReviewDate(LocalDate.of(2024, 4, 20))
                .trainingCompletedOn(LocalDate.of(2024, 4, 10)).trainingDays(3));
        assertEquals(Optional.of(AdmissionStep.PRE_REVIEW), r.nextStep());
        assertEquals(Optional.of(LocalDate.of(2024, 4, 20)), r.nextEarliest());
        AdmissionReport trainingLast = check(candidate().politicalReviewDate(LocalDate.of(2024, 4, 20))
                .trainingCompletedOn(LocalDate.of(2024, 4, 22)).trainingDays(3));
        assertEquals(Optional.of(LocalDate.of(2024, 4, 22)), trainingLast.nextEarliest());
    }

    @Test
    void whereAJointReviewIsRequiredItIsTheNextStepAfterThePoliticalReview() {
        AdmissionPolicy joint = AdmissionPolicy.of(TestParameters.with(
                MembershipParameters.ADMISSION_JOINT_REVIEW_REQUIRED, true, ON));
        AdmissionReport r = joint.validate(candidate().politicalReviewDate(LocalDate.of(2024, 4, 20)).build(), AFTER)
                .value();
        assertEquals(Optional.of(AdmissionStep.JOINT_REVIEW), r.nextStep());
        assertEquals(Optional.of(LocalDate.of(2024, 3, 15)), r.nextEarliest());
    }

    @Test
    void theNextStepReasonCarriesItsDeadlineOrADash() {
        Decision<AdmissionReport> approval = policy.validate(complete().approvalDate(Optional.empty())
                .oathDate(Optional.empty()).conversionMeetingDate(Optional.empty()).conversionVote(Optional.empty())
                .conversionApprovalDate(Optional.empty()).build(), LocalDate.of(2024, 6, 1));
        Reason next = approval.reasons().get(approval.reasons().size() - 1);
        assertEquals("adm.next.deadline", next.messageKey());
        assertEquals("上级党委审批", next.arguments().get("step"));
        assertEquals("2024-05-20", next.arguments().get("earliest"));
        assertEquals("2024-08-20", next.arguments().get("deadline"));
        Decision<AdmissionReport> oath = policy.validate(complete().oathDate(Optional.empty())
                .conversionMeetingDate(Optional.empty()).conversionVote(Optional.empty())
                .conversionApprovalDate(Optional.empty()).build(), LocalDate.of(2024, 8, 25));
        Reason nextOath = oath.reasons().get(oath.reasons().size() - 1);
        assertEquals("adm.next", nextOath.messageKey());
        assertEquals("—", nextOath.arguments().get("deadline"));
        assertEquals("2024-08-20", nextOath.arguments().get("earliest"));
    }

    @Test
    void extensionsOfSixToTwelveMonthsAreAllowedAndMoveTheExpiry() {
        AdmissionRecord.Builder six = complete().extensionDecidedOn(LocalDate.of(2025, 5, 20)).addExtensionMonths(6)
                .conversionMeetingDate(LocalDate.of(2025, 11, 20)).conversionApprovalDate(LocalDate.of(2025, 12, 1));
        AdmissionReport r = policy.validate(six.build(), LocalDate.of(2025, 12, 2)).value();
        assertEquals(List.of(), findings(r));
        assertEquals(Optional.of(LocalDate.of(2025, 11, 20)), r.probationExpiry());
        AdmissionReport twelve = policy.validate(complete().extensionDecidedOn(LocalDate.of(2025, 5, 20))
                .addExtensionMonths(12).conversionMeetingDate(LocalDate.of(2026, 5, 20))
                .conversionApprovalDate(LocalDate.of(2026, 5, 21)).build(), LocalDate.of(2026, 6, 1)).value();
        assertEquals(List.of(), findings(twelve));
        assertEquals(List.of("CONVERSION_MEETING adm.extension.range"), findings(policy.validate(complete()
                .extensionDecidedOn(LocalDate.of(2025, 5, 20)).addExtensionMonths(5)
                .conversionMeetingDate(LocalDate.of(2025, 10, 20)).conversionApprovalDate(LocalDate.of(2025, 11, 1))
                .build(), LocalDate.of(2025, 12, 2)).value()));
        assertEquals(List.of("CONVERSION_MEETING {months=13}"), withKey(policy.validate(complete()
                .extensionDecidedOn(LocalDate.of(2025, 5, 20)).addExtensionMonths(13)
                .conversionMeetingDate(LocalDate.of(2026, 6, 20)).conversionApprovalDate(LocalDate.of(2026, 7, 1))
                .build(), LocalDate.of(2026, 7, 2)).value(), "adm.extension.range"));
    }

    @Test
    void anExtensionDecidedBeforeExpiryOrWithoutALengthIsReported() {
        AdmissionReport early = policy.validate(complete().extensionDecidedOn(LocalDate.of(2025, 5, 19))
                .addExtensionMonths(6).conversionMeetingDate(LocalDate.of(2025, 11, 20))
                .conversionApprovalDate(LocalDate.of(2025, 12, 1)).build(), LocalDate.of(2025, 12, 2)).value();
        assertEquals(List.of("CONVERSION_MEETING adm.extension.early"), findings(early));
        assertEquals(Optional.of(LocalDate.of(2025, 5, 20)), early.findings().get(0).earliest());
        AdmissionReport noLength = check(complete().extensionDecidedOn(LocalDate.of(2025, 5, 20)));
        assertEquals(List.of("CONVERSION_MEETING adm.extension.noLength"), findings(noLength));
    }

    @Test
    void conversionApprovalOnTheThreeMonthDayIsInTimeAndTheDayAfterIsLate() {
        assertEquals(List.of(), findings(policy.validate(complete().conversionApprovalDate(LocalDate.of(2025, 8, 20))
                .build(), LocalDate.of(2025, 9, 1)).value()));
        AdmissionReport late = policy.validate(complete().conversionApprovalDate(LocalDate.of(2025, 8, 21)).build(),
                LocalDate.of(2025, 9, 1)).value();
        assertEquals(List.of("CONVERSION_APPROVAL adm.conversionApproval.late"), findings(late));
        assertEquals(Optional.of(LocalDate.of(2025, 8, 20)), late.findings().get(0).deadline());
        assertEquals(Optional.of(LocalDate.of(2025, 5, 20)), late.findings().get(0).earliest());
    }

    @Test
    void aSecondExtensionIsCountedInTheReason() {
        Decision<LocalDate> d = policy.decideExtension(LocalDate.of(2025, 5, 20), 6, 1);
        assertEquals(Outcome.NON_COMPLIANT, d.outcome());
        assertEquals("adm.extension.once", d.reasons().get(0).messageKey());
        assertEquals("2", d.reasons().get(0).arguments().get("count"));
        assertSame(national, policy.parameters());
    }

    @Test
    void aLocalProbationBeforeTheNationalExtensionFiguresStillNamesTheMissingExtensionFigure() {
        ResolvedParameters early = TestParameters.national().override(TestParameters.COUNTY, LocalDate.of(2010, 1, 1),
                MembershipParameters.ADMISSION_PROBATION, java.time.Period.ofYears(1))
                .resolve(TestParameters.COUNTY, LocalDate.of(2013, 1, 1));
        AdmissionReport r = AdmissionPolicy.of(early).validate(complete().extensionDecidedOn(LocalDate.of(2025, 5, 20))
                .addExtensionMonths(6).conversionMeetingDate(LocalDate.of(2025, 11, 20))
                .conversionApprovalDate(LocalDate.of(2025, 12, 1)).build(), LocalDate.of(2025, 12, 2)).value();
        assertTrue(r.findings().stream().anyMatch(f -> f.step() == AdmissionStep.CONVERSION_MEETING
                && f.outcome() == Outcome.INSUFFICIENT_DATA
                && "membership.admission.extensionMinMonths".equals(f.reason().arguments().get("parameter"))),
                findings(r).toString());
        assertEquals(Optional.of(LocalDate.of(2025, 11, 20)), r.probationExpiry());
    }

    @Test
    void beforeTheAdmissionRulesOf2014EveryMissingFigureIsNamed() {
        AdmissionPolicy old = AdmissionPolicy.of(TestParameters.on(LocalDate.of(2014, 5, 27)));
        Decision<AdmissionReport> d = old.validate(complete().build(), AFTER);
        assertEquals(Outcome.INSUFFICIENT_DATA, d.outcome());
        List<String> missing = d.value().findings().stream()
                .map(f -> f.step() + " " + f.outcome() + " " + f.reason().arguments().get("parameter")).toList();
        assertEquals(List.of("APPLICATION INSUFFICIENT_DATA membership.admission.minimumAge",
                "TALK INSUFFICIENT_DATA membership.admission.talkWithin",
                "ACTIVIST INSUFFICIENT_DATA membership.admission.minCultivators",
                "ACTIVIST INSUFFICIENT_DATA membership.admission.assessmentInterval",
                "DEVELOPMENT_CANDIDATE INSUFFICIENT_DATA membership.admission.activistPeriod",
                "INTRODUCERS INSUFFICIENT_DATA membership.admission.introducers",
                "TRAINING INSUFFICIENT_DATA membership.admission.trainingDays",
                "ADMISSION_MEETING INSUFFICIENT_DATA membership.vote.quorum, membership.vote.majority",
                "APPROVAL INSUFFICIENT_DATA membership.admission.approvalWithin",
                "CONVERSION_MEETING INSUFFICIENT_DATA membership.admission.probation",
                "CONVERSION_MEETING INSUFFICIENT_DATA membership.vote.quorum, membership.vote.majority",
                "CONVERSION_APPROVAL INSUFFICIENT_DATA membership.admission.conversionApprovalWithin"), missing);
        AdmissionReport special = old.validate(complete().specialCase(true).build(), AFTER).value();
        assertTrue(special.findings().stream().anyMatch(f -> f.step() == AdmissionStep.APPROVAL
                && "membership.admission.approvalWithinSpecial".equals(f.reason().arguments().get("parameter"))));
        assertFalse(d.value().nextStep().isPresent());
    }
}
