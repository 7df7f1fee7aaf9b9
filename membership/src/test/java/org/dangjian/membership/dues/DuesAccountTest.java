package org.dangjian.membership.dues;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import org.dangjian.core.decision.Approver;
import org.dangjian.core.decision.Decision;
import org.dangjian.core.decision.Outcome;
import org.dangjian.core.money.Money;
import org.dangjian.core.validation.InvalidInputException;
import org.dangjian.membership.TestParameters;
import org.junit.jupiter.api.Test;

class DuesAccountTest {
    private static final Money DUE = Money.yuan("50.00");
    private final DuesPolicy dues = DuesPolicy.at(TestParameters.national(), TestParameters.COUNTY, YearMonth.of(2026, 6));

    /** Months from January 2026: the first {@code paidMonths} paid, the rest unpaid. */
    private static DuesAccount account(int months, int paidMonths) {
        List<DuesMonth> l = new ArrayList<>();
        for (int i = 0; i < months; i++) {
            l.add(DuesMonth.of(YearMonth.of(2026, 1).plusMonths(i), DUE, i < paidMonths ? DUE : Money.ZERO));
        }
        return DuesAccount.of("M-0001", l);
    }

    @Test
    void sixConsecutiveUnpaidMonthsRequireTheBranchToTreatItAsSelfWithdrawal() {
        Decision<DuesStanding> d = dues.assessAccount(account(7, 1), YearMonth.of(2026, 7));
        assertEquals(Outcome.REQUIRES_APPROVAL, d.outcome());
        assertEquals(Approver.BRANCH, d.approver().orElseThrow());
        assertEquals(6, d.value().consecutiveUnpaidMonths());
        assertTrue(d.ruleIds().contains("MEM-ARR-001"));
    }

    @Test
    void fiveConsecutiveUnpaidMonthsAreArrearsOnly() {
        Decision<DuesStanding> d = dues.assessAccount(account(6, 1), YearMonth.of(2026, 6));
        assertEquals(Outcome.NON_COMPLIANT, d.outcome());
        assertEquals(5, d.value().consecutiveUnpaidMonths());
        assertEquals(Money.yuan("250.00"), d.value().arrears());
        assertEquals(List.of("MEM-ARR-002", "MEM-ARR-001"), d.ruleIds());
    }

    @Test
    void sevenOpenMonthsExceedTheBackPaymentLimit() {
        Decision<DuesStanding> d = dues.assessAccount(account(7, 0), YearMonth.of(2026, 7));
        assertEquals(List.of("MEM-ARR-002", "MEM-ARR-003", "MEM-ARR-001"), d.ruleIds());
    }

    @Test
    void aLatePaymentCoversTheOldestMonthFirst() {
        List<DuesMonth> l = new ArrayList<>(account(6, 0).months());
        l.set(5, DuesMonth.of(YearMonth.of(2026, 6), DUE, Money.yuan("300.00")));
        Decision<DuesStanding> d = dues.assessAccount(DuesAccount.of("M-0001", l), YearMonth.of(2026, 6));
        assertEquals(Outcome.COMPLIANT, d.outcome());
        assertEquals(0, d.value().consecutiveUnpaidMonths());
        assertEquals(YearMonth.of(2026, 6), d.value().paidThrough().orElseThrow());
    }

    @Test
    void paymentsAheadAreAnAdvance() {
        List<DuesMonth> l = new ArrayList<>(account(3, 0).months());
        l.set(0, DuesMonth.of(YearMonth.of(2026, 1), DUE, Money.yuan("600.00")));
        DuesStanding s = dues.assessAccount(DuesAccount.of("M-0001", l), YearMonth.of(2026, 3)).value();
        assertEquals(Money.yuan("450.00"), s.advance());
        assertEquals(Money.ZERO, s.arrears());
    }

    @Test
    void voluntaryDuesAreRecordedApartFromDuesAndAdvance() {
        List<DuesMonth> l = new ArrayList<>(account(2, 2).months());
        l.set(1, l.get(1).withVoluntary(Money.yuan("1000.00")));
        DuesStanding s = dues.assessAccount(DuesAccount.of("M-0001", l), YearMonth.of(2026, 2)).value();
        assertEquals(Money.yuan("1000.00"), s.voluntary());
        assertEquals(Money.ZERO, s.advance());
        BranchDuesSummary b = BranchDuesSummary.of("B", TestParameters.COUNTY, List.of(s));
        assertEquals(Money.yuan("1000.00"), b.voluntary());
        assertEquals(Money.yuan("100.00"), b.collected());
        assertThrows(InvalidInputException.class, () -> l.get(0).withVoluntary(Money.yuan("-0.01")));
    }

    @Test
    void anExcusedMonthBreaksTheRun() {
        List<DuesMonth> l = new ArrayList<>(account(7, 0).months());
        l.set(3, DuesMonth.of(YearMonth.of(2026, 4), DUE, Money.ZERO, true));
        Decision<DuesStanding> d = dues.assessAccount(DuesAccount.of("M-0001", l), YearMonth.of(2026, 7));
        assertEquals(3, d.value().consecutiveUnpaidMonths());
        assertEquals(Outcome.NON_COMPLIANT, d.outcome());
    }

    @Test
    void futureMonthsAreNotDueYet() {
        DuesStanding s = dues.assessAccount(account(12, 3), YearMonth.of(2026, 3)).value();
        assertEquals(Money.yuan("150.00"), s.expected());
        assertEquals(Money.ZERO, s.arrears());
    }

    @Test
    void rejectsMonthsOutOfSequence() {
        InvalidInputException e = assertThrows(InvalidInputException.class, () -> DuesAccount.of(" ", List.of(
                DuesMonth.of(YearMonth.of(2026, 1), DUE, DUE), DuesMonth.of(YearMonth.of(2026, 3), DUE, DUE))));
        assertEquals(2, e.violations().size());
        assertThrows(InvalidInputException.class, () -> DuesMonth.of(YearMonth.of(2026, 1), DUE, Money.yuan("-1")));
        assertThrows(InvalidInputException.class, () -> dues.assessAccount(account(2, 2), YearMonth.of(2025, 12)));
    }
}
