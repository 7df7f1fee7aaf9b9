package org.dangjian.membership.transfer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.dangjian.core.decision.Decision;
import org.dangjian.core.decision.Outcome;
import org.dangjian.core.validation.InvalidInputException;
import org.dangjian.membership.MembershipRules;
import org.dangjian.membership.TestParameters;
import org.junit.jupiter.api.Test;

class MembershipTransferTest {
    private static final LocalDate ISSUED = LocalDate.of(2026, 3, 2);
    private final TransferPolicy local = TransferPolicy.of(TestParameters.withProfile(MembershipRules.COMMON_LOCAL_PRACTICE,
            LocalDate.of(2026, 3, 1)));
    private final TransferPolicy national = TransferPolicy.of(TestParameters.on(LocalDate.of(2026, 3, 1)));

    private static MembershipTransfer issued(TransferScope scope) {
        return MembershipTransfer.issue("T-1", "M-1", "430102-B-1", "430104-B-9", scope, ISSUED);
    }

    @Test
    void walksFromIssuedThroughTransitToReceived() {
        MembershipTransfer t = issued(TransferScope.IN_CITY).dispatch(ISSUED.plusDays(1)).receive(ISSUED.plusDays(5));
        assertEquals(TransferState.RECEIVED, t.state());
        assertEquals(3, t.history().size());
        assertEquals("430104-B-9", t.responsibleOrganization());
    }

    @Test
    void theSenderStaysResponsibleUntilReceived() {
        MembershipTransfer t = issued(TransferScope.IN_CITY).dispatch(ISSUED);
        assertEquals("430102-B-1", t.responsibleOrganization());
    }

    @Test
    void rejectsAnIllegalTransitionNamingTheAllowedOnes() {
        MembershipTransfer received = issued(TransferScope.IN_CITY).receive(ISSUED);
        InvalidInputException e = assertThrows(InvalidInputException.class, () -> received.cancel(ISSUED));
        assertTrue(e.getMessage().contains("allowed next: none"), e.getMessage());
        MembershipTransfer overdue = issued(TransferScope.IN_CITY).markOverdue(ISSUED.plusDays(11));
        InvalidInputException e2 = assertThrows(InvalidInputException.class, () -> overdue.receive(ISSUED.plusDays(12)));
        assertTrue(e2.getMessage().contains("[RETURNED, CANCELLED]"), e2.getMessage());
    }

    @Test
    void rejectsAReceiptBeforeTheLetterWasIssued() {
        InvalidInputException e = assertThrows(InvalidInputException.class,
                () -> issued(TransferScope.IN_CITY).receive(ISSUED.minusDays(1)));
        assertEquals(1, e.violations().size());
        InvalidInputException both = assertThrows(InvalidInputException.class,
                () -> issued(TransferScope.IN_CITY).receive(ISSUED).dispatch(ISSUED.minusDays(1)));
        assertEquals(2, both.violations().size());
    }

    @Test
    void rejectsATransferToTheSameOrganizationAndBlankIds() {
        InvalidInputException e = assertThrows(InvalidInputException.class,
                () -> MembershipTransfer.issue(" ", "M", "B", "B", TransferScope.IN_CITY, ISSUED));
        assertEquals(2, e.violations().size());
    }

    @Test
    void aLetterInTheCityIsValidTenDaysAndOverdueOnTheEleventh() {
        MembershipTransfer t = issued(TransferScope.IN_CITY).dispatch(ISSUED);
        assertEquals(LocalDate.of(2026, 3, 12), local.decideValidUntil(t).value());
        assertEquals(TransferState.IN_TRANSIT, local.assess(t, LocalDate.of(2026, 3, 12)).value());
        Decision<TransferState> d = local.assess(t, LocalDate.of(2026, 3, 13));
        assertEquals(Outcome.NON_COMPLIANT, d.outcome());
        assertEquals(TransferState.OVERDUE, d.value());
        MembershipTransfer marked = local.markIfOverdue(t, LocalDate.of(2026, 3, 20));
        assertEquals(TransferState.OVERDUE, marked.state());
        assertEquals(LocalDate.of(2026, 3, 13), marked.history().get(2).date());
        assertSame(t, local.markIfOverdue(t, LocalDate.of(2026, 3, 12)));
    }

    @Test
    void withoutALocalValidityOverdueIsInsufficientData() {
        assertEquals(Outcome.INSUFFICIENT_DATA, national.assess(issued(TransferScope.OUT_OF_CITY), ISSUED.plusYears(1))
                .outcome());
    }

    @Test
    void sixMonthsAwayFromThirtyFirstAugustEndOnTwentyEighthFebruary() {
        LocalDate away = LocalDate.of(2025, 8, 31);
        assertEquals(MobileStatus.SHORT_ABSENCE, national.decideMobileStatus(away, true, LocalDate.of(2026, 2, 27)).value());
        assertEquals(MobileStatus.TRANSFER_REQUIRED, national.decideMobileStatus(away, true, LocalDate.of(2026, 2, 28)).value());
        assertEquals(MobileStatus.MOBILE_MEMBER, national.decideMobileStatus(away, false, LocalDate.of(2026, 2, 28)).value());
        assertThrows(InvalidInputException.class, () -> national.decideMobileStatus(away, true, away.minusDays(1)));
    }

    @Test
    void aMobileMemberVotesOnlyAtHome() {
        MobileMember m = MobileMember.of("M-1", "HOME", List.of("HOST-1", "HOST-2"), LocalDate.of(2025, 1, 1),
                Optional.empty());
        assertTrue(national.decideVotingRight(m, "HOME").value());
        assertEquals(false, national.decideVotingRight(m, "HOST-2").value());
        assertEquals(false, national.decideVotingRight(m, "ELSEWHERE").value());
    }

    @Test
    void rejectsAHostThatIsTheHomeOrListedTwice() {
        InvalidInputException e = assertThrows(InvalidInputException.class, () -> MobileMember.of("M-1", "HOME",
                List.of("HOME", "H", "H"), LocalDate.of(2025, 1, 1), Optional.of(LocalDate.of(2024, 1, 1))));
        assertEquals(3, e.violations().size());
    }

    @Test
    void seed004AdviceAppliesOnlyWhereAdopted() {
        TransferPolicy changsha = TransferPolicy.of(TestParameters.withProfile(org.dangjian.core.parameter.LocalProfile.SEED_004,
                LocalDate.of(2026, 3, 1)));
        assertEquals(TransferAdvice.MUST_TRANSFER, changsha.decideTransferAdvice(MemberLocation.FORMER_UNIVERSITY).value());
        assertEquals(TransferAdvice.NO_ADVICE, changsha.decideTransferAdvice(MemberLocation.OTHER_LOCAL).value());
        assertEquals(Outcome.INSUFFICIENT_DATA, national.decideTransferAdvice(MemberLocation.FORMER_UNIVERSITY).outcome());
    }
}
