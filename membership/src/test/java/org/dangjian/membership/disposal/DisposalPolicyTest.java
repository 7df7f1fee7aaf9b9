package org.dangjian.membership.disposal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.LocalDate;
import java.time.Period;
import java.util.List;
import java.util.Optional;
import org.dangjian.core.decision.Approver;
import org.dangjian.core.decision.Decision;
import org.dangjian.core.decision.Outcome;
import org.dangjian.core.validation.InvalidInputException;
import org.dangjian.membership.TestParameters;
import org.junit.jupiter.api.Test;

class DisposalPolicyTest {
    private static final LocalDate FOUND = LocalDate.of(2025, 12, 20);
    private final DisposalPolicy policy = DisposalPolicy.of(TestParameters.on(LocalDate.of(2026, 1, 1)));

    private static DisposalStep correction(LocalDate on, LocalDate deadline) {
        return DisposalStep.of(DisposalMeasure.CORRECTION_DEADLINE, on, Optional.of(deadline), false);
    }

    @Test
    void correctionDeadlinesOfSixAndTwelveMonthsAreAllowedAndThirteenIsNot() {
        LocalDate on = LocalDate.of(2026, 8, 31);
        assertEquals(LocalDate.of(2027, 2, 28), policy.decideCorrectionDeadline(on).value());
        assertEquals(Outcome.DETERMINED, policy.decideCorrectionDeadline(on, Period.ofMonths(12)).outcome());
        assertEquals(Outcome.NON_COMPLIANT, policy.decideCorrectionDeadline(on, Period.ofMonths(13)).outcome());
        assertThrows(InvalidInputException.class, () -> policy.decideCorrectionDeadline(on, Period.ZERO));
    }

    @Test
    void aCorrectionLongerThanAYearInTheCaseIsNonCompliant() {
        DisposalCase c = DisposalCase.of("M-1", MemberStatus.FULL_MEMBER, FOUND, false,
                List.of(correction(LocalDate.of(2026, 1, 10), LocalDate.of(2027, 1, 11))));
        Decision<NextMeasure> d = policy.decideNextMeasure(c, LocalDate.of(2026, 3, 1));
        assertEquals(Outcome.NON_COMPLIANT, d.outcome());
        assertEquals(List.of("MEM-DISP-002"), d.ruleIds());
    }

    @Test
    void adviceBeforeTheCorrectionDeadlinePassedIsNonCompliant() {
        DisposalCase c = DisposalCase.of("M-1", MemberStatus.FULL_MEMBER, FOUND, false, List.of(
                correction(LocalDate.of(2026, 1, 10), LocalDate.of(2026, 7, 10)),
                DisposalStep.of(DisposalMeasure.ADVISED_TO_WITHDRAW, LocalDate.of(2026, 7, 10), Optional.empty(), false)));
        assertEquals(List.of("MEM-DISP-002"), policy.decideNextMeasure(c, LocalDate.of(2026, 8, 1)).ruleIds());
    }

    @Test
    void aCorrectedMemberClosesTheCase() {
        DisposalCase c = DisposalCase.of("M-1", MemberStatus.FULL_MEMBER, FOUND, false, List.of(
                DisposalStep.of(DisposalMeasure.CORRECTION_DEADLINE, LocalDate.of(2026, 1, 10),
                        Optional.of(LocalDate.of(2026, 7, 10)), true)));
        assertEquals(Outcome.NOT_APPLICABLE, policy.decideNextMeasure(c, LocalDate.of(2026, 8, 1)).outcome());
        DisposalCase after = DisposalCase.of("M-1", MemberStatus.FULL_MEMBER, FOUND, false, List.of(c.steps().get(0),
                DisposalStep.of(DisposalMeasure.ADVISED_TO_WITHDRAW, LocalDate.of(2026, 8, 1), Optional.empty(), false)));
        assertEquals(Outcome.NON_COMPLIANT, policy.decideNextMeasure(after, LocalDate.of(2026, 8, 2)).outcome());
    }

    @Test
    void removalOfAMemberWhoRefusedToWithdrawNeedsTheHigherCommittee() {
        DisposalCase c = DisposalCase.of("M-1", MemberStatus.FULL_MEMBER, FOUND, false, List.of(
                correction(LocalDate.of(2026, 1, 10), LocalDate.of(2026, 7, 10)),
                DisposalStep.of(DisposalMeasure.ADVISED_TO_WITHDRAW, LocalDate.of(2026, 7, 20), Optional.empty(), false)));
        Decision<NextMeasure> d = policy.decideNextMeasure(c, LocalDate.of(2026, 8, 1));
        assertEquals(DisposalMeasure.REMOVAL, d.value().measure());
        assertEquals(Approver.HIGHER_PARTY_COMMITTEE, d.approver().orElseThrow());
    }

    @Test
    void rejectsStepsOutOfDateOrderAndMisplacedDeadlines() {
        InvalidInputException e = assertThrows(InvalidInputException.class, () -> DisposalCase.of("M-1",
                MemberStatus.FULL_MEMBER, FOUND, false, List.of(correction(LocalDate.of(2025, 12, 1),
                        LocalDate.of(2026, 6, 1)))));
        assertEquals(1, e.violations().size());
        assertThrows(InvalidInputException.class, () -> DisposalStep.of(DisposalMeasure.CORRECTION_DEADLINE, FOUND,
                Optional.empty(), false));
        assertThrows(InvalidInputException.class, () -> DisposalStep.of(DisposalMeasure.REMOVAL, FOUND,
                Optional.of(FOUND.plusDays(1)), false));
    }

    @Test
    void theFiveYearBarEndsOnTheFifthAnniversary() {
        LocalDate removed = LocalDate.of(2021, 1, 31);
        assertEquals(false, policy.decideReadmission(DisposalMeasure.REMOVAL, removed, LocalDate.of(2026, 1, 30)).value());
        assertEquals(true, policy.decideReadmission(DisposalMeasure.REMOVAL, removed, LocalDate.of(2026, 1, 31)).value());
        assertEquals(Outcome.NOT_APPLICABLE, policy.decideReadmission(DisposalMeasure.CORRECTION_DEADLINE, removed,
                LocalDate.of(2022, 1, 1)).outcome());
    }

    @Test
    void sixMonthsWithoutDuesIsSelfWithdrawalAndFiveIsNot() {
        assertEquals(Outcome.REQUIRES_APPROVAL, policy.decideSelfWithdrawal(0, 6, 0, false).outcome());
        assertEquals(Outcome.COMPLIANT, policy.decideSelfWithdrawal(5, 5, 5, false).outcome());
        InvalidInputException e = assertThrows(InvalidInputException.class, () -> policy.decideSelfWithdrawal(-1, -1, 0, false));
        assertEquals(2, e.violations().size());
    }
}
