package org.dangjian.membership.transfer;

import static org.dangjian.membership.ValueContract.assertValueContract;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import org.dangjian.core.decision.Decision;
import org.dangjian.core.decision.Outcome;
import org.dangjian.core.decision.Reason;
import org.dangjian.membership.MembershipRules;
import org.dangjian.membership.TestParameters;
import org.junit.jupiter.api.Test;

class TransferEdgeTest {
    private static final LocalDate ISSUED = LocalDate.of(2026, 3, 2);
    private final TransferPolicy local = TransferPolicy.of(TestParameters.withProfile(
            MembershipRules.COMMON_LOCAL_PRACTICE, LocalDate.of(2026, 3, 1)));
    private final TransferPolicy national = TransferPolicy.of(TestParameters.on(LocalDate.of(2026, 3, 1)));
    private final TransferPolicy before2019 = TransferPolicy.of(TestParameters.on(LocalDate.of(2019, 5, 5)));

    private static MembershipTransfer issued() {
        return MembershipTransfer.issue("T-1", "M-1", "430102-B-1", "430104-B-9", TransferScope.IN_CITY, ISSUED);
    }

    private static String key(Decision<?> d) {
        return d.reasons().get(d.reasons().size() - 1).messageKey();
    }

    @Test
    void aTransferIsAValueOfItsPartiesScopeAndHistory() {
        MembershipTransfer t = issued().dispatch(ISSUED.plusDays(1));
        assertEquals("T-1", t.id());
        assertEquals("M-1", t.memberRef());
        assertEquals("430102-B-1", t.fromOrganization());
        assertEquals("430104-B-9", t.toOrganization());
        assertEquals(TransferScope.IN_CITY, t.scope());
        assertEquals(ISSUED, t.issuedOn());
        assertEquals("MembershipTransfer[T-1 430102-B-1 → 430104-B-9, IN_TRANSIT]", t.toString());
        assertValueContract(t, issued().dispatch(ISSUED.plusDays(1)), List.of(
                MembershipTransfer.issue("T-2", "M-1", "430102-B-1", "430104-B-9", TransferScope.IN_CITY, ISSUED)
                        .dispatch(ISSUED.plusDays(1)),
                MembershipTransfer.issue("T-1", "M-2", "430102-B-1", "430104-B-9", TransferScope.IN_CITY, ISSUED)
                        .dispatch(ISSUED.plusDays(1)),
                MembershipTransfer.issue("T-1", "M-1", "430102-B-2", "430104-B-9", TransferScope.IN_CITY, ISSUED)
                        .dispatch(ISSUED.plusDays(1)),
                MembershipTransfer.issue("T-1", "M-1", "430102-B-1", "430104-B-8", TransferScope.IN_CITY, ISSUED)
                        .dispatch(ISSUED.plusDays(1)),
                MembershipTransfer.issue("T-1", "M-1", "430102-B-1", "430104-B-9", TransferScope.OUT_OF_CITY, ISSUED)
                        .dispatch(ISSUED.plusDays(1)),
                issued().dispatch(ISSUED.plusDays(2)), issued()));
    }

    @Test
    void aReturnedLetterCanStillBeCancelledAndNothingFollowsACancellation() {
        MembershipTransfer t = issued().returnToSender(ISSUED.plusDays(3)).cancel(ISSUED.plusDays(4));
        assertEquals(List.of(TransferEvent.of(TransferState.ISSUED, ISSUED),
                TransferEvent.of(TransferState.RETURNED, ISSUED.plusDays(3)),
                TransferEvent.of(TransferState.CANCELLED, ISSUED.plusDays(4))), t.history());
        assertEquals(TransferState.CANCELLED, t.state());
        assertTrue(t.state().isFinal());
        assertEquals("430102-B-1", t.responsibleOrganization());
        assertEquals(TransferState.CANCELLED, issued().cancel(ISSUED).state());
        assertEquals(EnumSet.of(TransferState.CANCELLED), TransferState.RETURNED.allowedNext());
        assertEquals(EnumSet.of(TransferState.RECEIVED, TransferState.OVERDUE, TransferState.RETURNED),
                TransferState.IN_TRANSIT.allowedNext());
        assertFalse(TransferState.OVERDUE.isFinal());
        assertEquals("已撤销", TransferState.CANCELLED.label());
        assertEquals("市内", TransferScope.IN_CITY.label());
    }

    @Test
    void aTransferEventIsAValueOfStateAndDate() {
        TransferEvent e = TransferEvent.of(TransferState.RECEIVED, ISSUED);
        assertEquals("2026-03-02 RECEIVED", e.toString());
        assertValueContract(e, TransferEvent.of(TransferState.RECEIVED, ISSUED), List.of(
                TransferEvent.of(TransferState.ISSUED, ISSUED), TransferEvent.of(TransferState.RECEIVED,
                        ISSUED.plusDays(1))));
    }

    @Test
    void aMobileMemberIsAValueOfHomeHostsAndDates() {
        MobileMember m = MobileMember.of("M-1", "HOME", List.of("HOST-1", "HOST-2"), LocalDate.of(2025, 1, 1),
                Optional.of(LocalDate.of(2025, 6, 1)));
        assertEquals("M-1", m.memberRef());
        assertEquals(List.of("HOST-1", "HOST-2"), m.hostOrganizations());
        assertEquals(LocalDate.of(2025, 1, 1), m.awaySince());
        assertEquals("M-1 home HOME, hosts [HOST-1, HOST-2], away since 2025-01-01", m.toString());
        assertValueContract(m, MobileMember.of("M-1", "HOME", List.of("HOST-1", "HOST-2"), LocalDate.of(2025, 1, 1),
                Optional.of(LocalDate.of(2025, 6, 1))), List.of(
                MobileMember.of("M-2", "HOME", List.of("HOST-1", "HOST-2"), LocalDate.of(2025, 1, 1),
                        Optional.of(LocalDate.of(2025, 6, 1))),
                MobileMember.of("M-1", "HOME-2", List.of("HOST-1", "HOST-2"), LocalDate.of(2025, 1, 1),
                        Optional.of(LocalDate.of(2025, 6, 1))),
                MobileMember.of("M-1", "HOME", List.of("HOST-1"), LocalDate.of(2025, 1, 1),
                        Optional.of(LocalDate.of(2025, 6, 1))),
                MobileMember.of("M-1", "HOME", List.of("HOST-1", "HOST-2"), LocalDate.of(2025, 1, 2),
                        Optional.of(LocalDate.of(2025, 6, 1))),
                MobileMember.of("M-1", "HOME", List.of("HOST-1", "HOST-2"), LocalDate.of(2025, 1, 1),
                        Optional.empty())));
    }

    @Test
    void aLetterReceivedOnTheLastValidDayIsInTimeAndTheDayAfterIsLate() {
        Decision<TransferState> inTime = local.assess(issued().dispatch(ISSUED).receive(LocalDate.of(2026, 3, 12)),
                LocalDate.of(2026, 4, 1));
        assertEquals(Outcome.COMPLIANT, inTime.outcome());
        assertEquals("xfer.receivedInTime", key(inTime));
        Decision<TransferState> late = local.assess(issued().dispatch(ISSUED).receive(LocalDate.of(2026, 3, 13)),
                LocalDate.of(2026, 4, 1));
        assertEquals(Outcome.NON_COMPLIANT, late.outcome());
        assertEquals("xfer.receivedLate", key(late));
        assertEquals("2026-03-12", late.reasons().get(late.reasons().size() - 1).arguments().get("until"));
    }

    @Test
    void beforeTheEducationRulesOf2019NoMobileFigureIsInForce() {
        LocalDate on = LocalDate.of(2019, 5, 5);
        MobileMember m = MobileMember.of("M-1", "HOME", List.of(), LocalDate.of(2018, 1, 1), Optional.empty());
        List<Decision<?>> all = List.of(before2019.decideMobileStatus(LocalDate.of(2018, 1, 1), true, on),
                before2019.assessReporting(m, on), before2019.assessGraduateRetention(LocalDate.of(2018, 7, 1), on),
                before2019.assessLostContact(LocalDate.of(2018, 1, 1), Optional.empty(), on));
        assertEquals(List.of("membership.transfer.awayPeriod", "membership.mobile.reportInterval",
                "membership.mobile.graduateRetention", "membership.mobile.lostContactSuspension"),
                all.stream().map(d -> d.reasons().get(0).arguments().get("parameter")).toList());
        assertTrue(all.stream().allMatch(d -> d.outcome() == Outcome.INSUFFICIENT_DATA));
    }

    @Test
    void aMobileMemberReportsHomeAtLeastOnceAYear() {
        MobileMember m = MobileMember.of("M-1", "HOME", List.of(), LocalDate.of(2025, 1, 1),
                Optional.of(LocalDate.of(2025, 3, 31)));
        Decision<LocalDate> onTheDay = national.assessReporting(m, LocalDate.of(2026, 3, 31));
        assertEquals(Outcome.COMPLIANT, onTheDay.outcome());
        assertEquals(LocalDate.of(2026, 3, 31), onTheDay.value());
        assertEquals("mob.report.ok", key(onTheDay));
        Decision<LocalDate> late = national.assessReporting(m, LocalDate.of(2026, 4, 1));
        assertEquals(Outcome.NON_COMPLIANT, late.outcome());
        assertEquals("mob.report.overdue", key(late));
    }

    @Test
    void aGraduatesMembershipStaysAtTheUniversityForTwoYears() {
        Decision<LocalDate> last = national.assessGraduateRetention(LocalDate.of(2024, 6, 30), LocalDate.of(2026, 6, 30));
        assertEquals(Outcome.COMPLIANT, last.outcome());
        assertEquals(LocalDate.of(2026, 6, 30), last.value());
        assertEquals("mob.graduate.ok", key(last));
        Decision<LocalDate> over = national.assessGraduateRetention(LocalDate.of(2024, 6, 30), LocalDate.of(2026, 7, 1));
        assertEquals(Outcome.NON_COMPLIANT, over.outcome());
        assertEquals("mob.graduate.over", key(over));
    }

    @Test
    void theVotingReasonSaysWhetherTheOrganizationIsHomeHostOrOther() {
        MobileMember m = MobileMember.of("M-1", "HOME", List.of("HOST-1"), LocalDate.of(2025, 1, 1), Optional.empty());
        assertEquals("mob.vote.home", key(national.decideVotingRight(m, "HOME")));
        assertEquals("mob.vote.host", key(national.decideVotingRight(m, "HOST-1")));
        assertEquals("mob.vote.other", key(national.decideVotingRight(m, "ELSEWHERE")));
        Reason r = national.decideVotingRight(m, "HOST-1").reasons().get(0);
        assertEquals("HOME", r.arguments().get("home"));
        assertEquals("其他本地单位或社区", MemberLocation.OTHER_LOCAL.label());
        assertEquals("不作要求", TransferAdvice.NO_ADVICE.label());
    }
}
