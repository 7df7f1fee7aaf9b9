package org.dangjian.membership.disposal;

import static org.dangjian.membership.ValueContract.assertValueContract;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.LocalDate;
import java.time.Period;
import java.util.List;
import java.util.Optional;
import org.dangjian.core.decision.Approver;
import org.dangjian.core.decision.Decision;
import org.dangjian.core.decision.Outcome;
import org.dangjian.core.decision.Reason;
import org.dangjian.core.validation.InvalidInputException;
import org.dangjian.core.validation.Violation;
import org.dangjian.membership.MembershipParameters;
import org.dangjian.membership.TestParameters;
import org.junit.jupiter.api.Test;

class DisposalEdgeTest {
    private static final LocalDate FOUND = LocalDate.of(2025, 12, 20);
    private static final LocalDate ON = LocalDate.of(2026, 1, 1);
    private final DisposalPolicy policy = DisposalPolicy.of(TestParameters.on(ON));
    private final DisposalPolicy before2019 = DisposalPolicy.of(TestParameters.on(LocalDate.of(2019, 5, 5)));

    private static DisposalStep correction(LocalDate on, LocalDate deadline) {
        return DisposalStep.of(DisposalMeasure.CORRECTION_DEADLINE, on, Optional.of(deadline), false);
    }

    private static DisposalStep step(DisposalMeasure m, LocalDate on) {
        return DisposalStep.of(m, on, Optional.empty(), false);
    }

    private static List<String> keys(Decision<?> d) {
        return d.reasons().stream().map(Reason::messageKey).toList();
    }

    private static List<String> messages(InvalidInputException e) {
        return e.violations().stream().map(v -> v.path() + ": " + v.message()).toList();
    }

    @Test
    void aDisposalStepIsAValueAndOnlyACorrectionHasADeadlineAfterItsDate() {
        DisposalStep c = correction(ON, ON.plusMonths(6));
        assertEquals("CORRECTION_DEADLINE 2026-01-01 until 2026-07-01", c.toString());
        assertEquals("REMOVAL 2026-01-01 resolved",
                DisposalStep.of(DisposalMeasure.REMOVAL, ON, Optional.empty(), true).toString());
        assertValueContract(c, correction(ON, ON.plusMonths(6)), List.of(correction(ON.plusDays(1), ON.plusMonths(6)),
                correction(ON, ON.plusMonths(7)), DisposalStep.of(DisposalMeasure.CORRECTION_DEADLINE, ON,
                        Optional.of(ON.plusMonths(6)), true), step(DisposalMeasure.ADVISED_TO_WITHDRAW, ON)));
        assertEquals(List.of("deadline: a correction has a deadline"), messages(assertThrows(
                InvalidInputException.class, () -> step(DisposalMeasure.CORRECTION_DEADLINE, ON))));
        assertEquals(List.of("deadline: only a correction has a deadline"), messages(assertThrows(
                InvalidInputException.class, () -> DisposalStep.of(DisposalMeasure.REMOVAL, ON, Optional.of(
                        ON.plusDays(1)), false))));
        assertEquals(List.of("deadline: a deadline comes after the decision (2026-01-01)"), messages(assertThrows(
                InvalidInputException.class, () -> correction(ON, ON))));
    }

    @Test
    void aDisposalCaseIsAValueAndListsEveryStepOutOfOrder() {
        List<DisposalStep> steps = List.of(correction(LocalDate.of(2026, 1, 10), LocalDate.of(2026, 7, 10)));
        DisposalCase c = DisposalCase.of("M-1", MemberStatus.FULL_MEMBER, FOUND, false, steps);
        assertEquals("M-1", c.memberRef());
        assertEquals("M-1 FULL_MEMBER unqualified 2025-12-20: [CORRECTION_DEADLINE 2026-01-10 until 2026-07-10]",
                c.toString());
        assertValueContract(c, DisposalCase.of("M-1", MemberStatus.FULL_MEMBER, FOUND, false, steps), List.of(
                DisposalCase.of("M-2", MemberStatus.FULL_MEMBER, FOUND, false, steps),
                DisposalCase.of("M-1", MemberStatus.PROBATIONARY_MEMBER, FOUND, false, steps),
                DisposalCase.of("M-1", MemberStatus.FULL_MEMBER, FOUND.plusDays(1), false, steps),
                DisposalCase.of("M-1", MemberStatus.FULL_MEMBER, FOUND, true, steps),
                DisposalCase.of("M-1", MemberStatus.FULL_MEMBER, FOUND, false, List.of())));
        InvalidInputException e = assertThrows(InvalidInputException.class, () -> DisposalCase.of(" ",
                MemberStatus.FULL_MEMBER, FOUND, false, List.of(correction(LocalDate.of(2026, 2, 1),
                        LocalDate.of(2026, 8, 1)), step(DisposalMeasure.ADVISED_TO_WITHDRAW, LocalDate.of(2026, 1, 15)),
                        step(DisposalMeasure.REMOVAL, LocalDate.of(2026, 1, 20)))));
        assertEquals(List.of("memberRef", "steps[1].date", "steps[2].date"),
                e.violations().stream().map(Violation::path).toList());
        assertEquals("steps are in date order, on or after 2026-02-01", e.violations().get(2).message());
    }

    @Test
    void aNextMeasureIsAValueOfMeasureAndEarliestDay() {
        NextMeasure n = new NextMeasure(DisposalMeasure.REMOVAL, ON);
        assertEquals(ON, n.earliest());
        assertEquals("REMOVAL from 2026-01-01", n.toString());
        assertValueContract(n, new NextMeasure(DisposalMeasure.REMOVAL, ON), List.of(
                new NextMeasure(DisposalMeasure.ADVISED_TO_WITHDRAW, ON), new NextMeasure(DisposalMeasure.REMOVAL,
                        ON.plusDays(1))));
        assertEquals("除名", DisposalMeasure.REMOVAL.label());
        assertEquals("预备党员", MemberStatus.PROBATIONARY_MEMBER.label());
    }

    @Test
    void beforeTheEducationRulesOf2019NoCorrectionFigureIsInForce() {
        Decision<LocalDate> normal = before2019.decideCorrectionDeadline(ON);
        assertEquals(Outcome.INSUFFICIENT_DATA, normal.outcome());
        assertEquals("membership.disposal.correctionPeriod", normal.reasons().get(0).arguments().get("parameter"));
        Decision<LocalDate> chosen = before2019.decideCorrectionDeadline(ON, Period.ofMonths(3));
        assertEquals(Outcome.INSUFFICIENT_DATA, chosen.outcome());
        assertEquals("membership.disposal.correctionMaximum", chosen.reasons().get(0).arguments().get("parameter"));
    }

    @Test
    void theCorrectionReasonSaysWhetherTheDeadlineIsWithinTheMaximum() {
        assertEquals(List.of("disp.correction.deadline"), keys(policy.decideCorrectionDeadline(ON,
                Period.ofMonths(12))));
        assertEquals(List.of("disp.correction.tooLong"), keys(policy.decideCorrectionDeadline(ON,
                Period.ofMonths(13))));
    }

    @Test
    void extendingProbationIsNotAMeasureForAFullMember() {
        DisposalCase c = DisposalCase.of("M-1", MemberStatus.FULL_MEMBER, FOUND, false, List.of(
                correction(LocalDate.of(2026, 1, 10), LocalDate.of(2026, 7, 10)),
                step(DisposalMeasure.EXTEND_OR_CANCEL_PROBATION, LocalDate.of(2026, 7, 11))));
        Decision<NextMeasure> d = policy.decideNextMeasure(c, LocalDate.of(2026, 8, 1));
        assertEquals(Outcome.NON_COMPLIANT, d.outcome());
        assertEquals(List.of("disp.full.extend"), keys(d));
    }

    @Test
    void removalAfterAdviceClosesTheCase() {
        DisposalCase c = DisposalCase.of("M-1", MemberStatus.FULL_MEMBER, FOUND, false, List.of(
                correction(LocalDate.of(2026, 1, 10), LocalDate.of(2026, 7, 10)),
                step(DisposalMeasure.ADVISED_TO_WITHDRAW, LocalDate.of(2026, 7, 11)),
                step(DisposalMeasure.REMOVAL, LocalDate.of(2026, 8, 1))));
        Decision<NextMeasure> d = policy.decideNextMeasure(c, LocalDate.of(2026, 9, 1));
        assertEquals(Outcome.NOT_APPLICABLE, d.outcome());
        assertEquals(List.of("disp.closed"), keys(d));
        assertNull(d.findValue().orElse(null));
    }

    @Test
    void afterTheCorrectionDeadlineTheNextMeasureNeedsTheHigherCommittee() {
        DisposalCase c = DisposalCase.of("M-1", MemberStatus.FULL_MEMBER, FOUND, false, List.of(
                correction(LocalDate.of(2026, 1, 10), LocalDate.of(2026, 7, 10))));
        Decision<NextMeasure> waiting = policy.decideNextMeasure(c, LocalDate.of(2026, 7, 10));
        assertEquals(Outcome.DETERMINED, waiting.outcome());
        assertEquals(List.of("disp.next.waiting"), keys(waiting));
        Decision<NextMeasure> after = policy.decideNextMeasure(c, LocalDate.of(2026, 7, 11));
        assertEquals(Outcome.REQUIRES_APPROVAL, after.outcome());
        assertEquals(List.of("disp.next.after"), keys(after));
        assertEquals(new NextMeasure(DisposalMeasure.ADVISED_TO_WITHDRAW, LocalDate.of(2026, 7, 11)), after.value());
    }

    @Test
    void readmissionIsBarredForFiveYearsAfterAdviceOrRemoval() {
        LocalDate removed = LocalDate.of(2020, 8, 31);
        Decision<Boolean> ok = policy.decideReadmission(DisposalMeasure.REMOVAL, removed, LocalDate.of(2025, 8, 31));
        assertEquals(Outcome.COMPLIANT, ok.outcome());
        assertEquals(List.of("disp.readmission.ok"), keys(ok));
        Decision<Boolean> barred = policy.decideReadmission(DisposalMeasure.ADVISED_TO_WITHDRAW, removed,
                LocalDate.of(2025, 8, 30));
        assertEquals(Outcome.NON_COMPLIANT, barred.outcome());
        assertEquals(List.of("disp.readmission.barred"), keys(barred));
        Decision<Boolean> unset = DisposalPolicy.of(TestParameters.on(LocalDate.of(2024, 5, 31)))
                .decideReadmission(DisposalMeasure.REMOVAL, removed, LocalDate.of(2025, 8, 31));
        assertEquals(Outcome.INSUFFICIENT_DATA, unset.outcome());
        assertEquals("membership.disposal.readmissionBar", unset.reasons().get(0).arguments().get("parameter"));
    }

    @Test
    void selfWithdrawalCountsTheLongestAbsenceAgainstTheLocalLimit() {
        Decision<DisposalMeasure> unset = DisposalPolicy.of(TestParameters.on(LocalDate.of(2008, 3, 31)))
                .decideSelfWithdrawal(7, 0, 0, false);
        assertEquals(Outcome.INSUFFICIENT_DATA, unset.outcome());
        assertEquals("membership.disposal.absenceMonths", unset.reasons().get(0).arguments().get("parameter"));
        DisposalPolicy six = policy; // the Party Constitution's six months
        assertEquals(Outcome.REQUIRES_APPROVAL, DisposalPolicy.of(TestParameters.with(
                MembershipParameters.DISPOSAL_ABSENCE_MONTHS, 4, ON)).decideSelfWithdrawal(4, 0, 0, false).outcome());
        Decision<DisposalMeasure> removal = six.decideSelfWithdrawal(0, 6, 0, false);
        assertEquals(Outcome.REQUIRES_APPROVAL, removal.outcome());
        assertEquals(Approver.BRANCH, removal.approver().orElseThrow());
        assertEquals(DisposalMeasure.REMOVAL, removal.value());
        assertEquals(List.of("disp.absence.excused"), keys(six.decideSelfWithdrawal(0, 0, 6, true)));
        assertEquals(List.of("disp.absence.below"), keys(six.decideSelfWithdrawal(5, 0, 0, true)));
        Decision<DisposalMeasure> below = six.decideSelfWithdrawal(0, 0, 5, false);
        assertEquals(List.of("disp.absence.below"), keys(below));
        assertEquals("5", below.reasons().get(0).arguments().get("months"));
        assertEquals(List.of("monthsWithoutDues"), assertThrows(InvalidInputException.class,
                () -> six.decideSelfWithdrawal(0, -1, 0, false)).violations().stream().map(Violation::path).toList());
    }
}
