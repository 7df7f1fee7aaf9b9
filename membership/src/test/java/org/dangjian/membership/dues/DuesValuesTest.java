package org.dangjian.membership.dues;

import static org.dangjian.membership.ValueContract.assertValueContract;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.YearMonth;
import java.util.List;
import java.util.Optional;
import org.dangjian.core.code.Jurisdiction;
import org.dangjian.core.money.Money;
import org.dangjian.core.money.Rate;
import org.dangjian.core.validation.InvalidInputException;
import org.dangjian.core.validation.Violation;
import org.junit.jupiter.api.Test;

class DuesValuesTest {
    private static final YearMonth MARCH = YearMonth.of(2026, 3);
    private static final Jurisdiction COUNTY = Jurisdiction.of("430102");
    private static final Jurisdiction OTHER_COUNTY = Jurisdiction.of("430103");

    private static Money yuan(String s) {
        return Money.yuan(s);
    }

    private static List<String> paths(InvalidInputException e) {
        return e.violations().stream().map(Violation::path).toList();
    }

    private static DuesStanding standing(String ref, String expected, String paid) {
        return new DuesStanding(ref, MARCH, yuan(expected), yuan(paid), 1, 1, null, Money.ZERO);
    }

    @Test
    void duesStandingIsAValueOfEveryAttribute() {
        DuesStanding s = new DuesStanding("M-1", MARCH, yuan("100.00"), yuan("40.00"), 2, 1, YearMonth.of(2026, 1),
                yuan("5.00"));
        assertValueContract(s, new DuesStanding("M-1", MARCH, yuan("100.00"), yuan("40.00"), 2, 1,
                YearMonth.of(2026, 1), yuan("5.00")), List.of(
                new DuesStanding("M-2", MARCH, yuan("100.00"), yuan("40.00"), 2, 1, YearMonth.of(2026, 1), yuan("5.00")),
                new DuesStanding("M-1", MARCH.plusMonths(1), yuan("100.00"), yuan("40.00"), 2, 1, YearMonth.of(2026, 1),
                        yuan("5.00")),
                new DuesStanding("M-1", MARCH, yuan("100.01"), yuan("40.00"), 2, 1, YearMonth.of(2026, 1), yuan("5.00")),
                new DuesStanding("M-1", MARCH, yuan("100.00"), yuan("40.01"), 2, 1, YearMonth.of(2026, 1), yuan("5.00")),
                new DuesStanding("M-1", MARCH, yuan("100.00"), yuan("40.00"), 3, 1, YearMonth.of(2026, 1), yuan("5.00")),
                new DuesStanding("M-1", MARCH, yuan("100.00"), yuan("40.00"), 2, 2, YearMonth.of(2026, 1), yuan("5.00")),
                new DuesStanding("M-1", MARCH, yuan("100.00"), yuan("40.00"), 2, 1, null, yuan("5.00")),
                new DuesStanding("M-1", MARCH, yuan("100.00"), yuan("40.00"), 2, 1, YearMonth.of(2026, 1), yuan("5.01"))));
        assertEquals(MARCH, s.asOf());
        assertEquals(2, s.openMonths());
        assertEquals(1, s.consecutiveUnpaidMonths());
        assertEquals(Optional.of(YearMonth.of(2026, 1)), s.paidThrough());
        assertEquals(yuan("60.00"), s.arrears());
        assertEquals(Money.ZERO, s.advance());
        assertEquals("M-1 2026-03: expected 100.00, paid 40.00, arrears 60.00, advance 0.00, 1 months unpaid in a row"
                + ", voluntary 5.00", s.toString());
        assertEquals("M-1 2026-03: expected 100.00, paid 120.00, arrears 0.00, advance 20.00, 0 months unpaid in a row",
                new DuesStanding("M-1", MARCH, yuan("100.00"), yuan("120.00"), 0, 0, MARCH, Money.ZERO).toString());
    }

    @Test
    void duesMonthIsAValueAndSaysWhenItIsExcusedOrCarriesAVoluntaryPayment() {
        DuesMonth m = DuesMonth.of(MARCH, yuan("50.00"), yuan("50.00"), true).withVoluntary(yuan("8.00"));
        assertValueContract(m, DuesMonth.of(MARCH, yuan("50.00"), yuan("50.00"), true).withVoluntary(yuan("8.00")),
                List.of(DuesMonth.of(MARCH.minusMonths(1), yuan("50.00"), yuan("50.00"), true).withVoluntary(yuan("8.00")),
                        DuesMonth.of(MARCH, yuan("49.00"), yuan("50.00"), true).withVoluntary(yuan("8.00")),
                        DuesMonth.of(MARCH, yuan("50.00"), yuan("49.00"), true).withVoluntary(yuan("8.00")),
                        DuesMonth.of(MARCH, yuan("50.00"), yuan("50.00"), false).withVoluntary(yuan("8.00")),
                        DuesMonth.of(MARCH, yuan("50.00"), yuan("50.00"), true)));
        assertEquals("2026-03 expected 50.00 paid 50.00 voluntary 8.00 excused", m.toString());
        assertEquals("2026-03 expected 50.00 paid 0.00", DuesMonth.of(MARCH, yuan("50.00"), Money.ZERO).toString());
        assertTrue(m.isExcused());
        assertEquals(yuan("8.00"), m.voluntary());
    }

    @Test
    void duesMonthRejectsNegativeAmountsAllAtOnce() {
        InvalidInputException e = assertThrows(InvalidInputException.class,
                () -> DuesMonth.of(MARCH, yuan("-1.00"), yuan("-0.01")));
        assertEquals(List.of("expected", "paid"), paths(e));
        InvalidInputException v = assertThrows(InvalidInputException.class,
                () -> DuesMonth.of(MARCH, yuan("1.00"), yuan("1.00")).withVoluntary(yuan("-0.01")));
        assertEquals("a voluntary payment must not be negative", v.violations().get(0).message());
    }

    @Test
    void duesAccountIsAValueOfItsMemberAndMonths() {
        DuesMonth march = DuesMonth.of(MARCH, yuan("50.00"), yuan("50.00"));
        DuesMonth april = DuesMonth.of(MARCH.plusMonths(1), yuan("50.00"), Money.ZERO);
        DuesAccount a = DuesAccount.of("M-1", List.of(march, april));
        assertValueContract(a, DuesAccount.of("M-1", List.of(march, april)),
                List.of(DuesAccount.of("M-2", List.of(march, april)), DuesAccount.of("M-1", List.of(march))));
        assertEquals("DuesAccount[M-1, 2 months from 2026-03]", a.toString());
        InvalidInputException e = assertThrows(InvalidInputException.class,
                () -> DuesAccount.of(" ", List.of(april, march)));
        assertEquals(List.of("memberRef", "months[1]"), paths(e));
        assertEquals("months are consecutive and ascending: expected 2026-05", e.violations().get(1).message());
    }

    @Test
    void duesBasisIsAValueOfCategoryIncomeContributionsQuartersAndFixedAmount() {
        DuesBasis employed = DuesBasis.employed(yuan("5800.00"), yuan("900.00"));
        assertValueContract(employed, DuesBasis.employed(yuan("5800.00"), yuan("900.00")), List.of(
                DuesBasis.employed(yuan("5800.01"), yuan("900.00")),
                DuesBasis.employed(yuan("5800.00"), yuan("900.01")),
                DuesBasis.retired(yuan("5800.00")),
                DuesBasis.selfEmployed(yuan("5800.00"), yuan("900.00"), Money.ZERO),
                DuesBasis.farmer(yuan("0.50"))));
        assertValueContract(DuesBasis.farmer(yuan("0.50")), DuesBasis.farmer(yuan("0.50")),
                List.of(DuesBasis.farmer(yuan("0.60")), DuesBasis.farmer()));
        assertEquals("EMPLOYED 5800.00", employed.toString());
        assertEquals("SELF_EMPLOYED [1.00, 2.00, 3.00]",
                DuesBasis.selfEmployed(yuan("1.00"), yuan("2.00"), yuan("3.00")).toString());
        assertEquals("FARMER 0.00 fixed 0.50", DuesBasis.farmer(yuan("0.50")).toString());
        assertEquals(Optional.empty(), DuesBasis.selfEmployed(yuan("1.00"), yuan("2.00"), yuan("3.00")).income());
    }

    @Test
    void onlyIncomeBasedCategoriesKeepTheirIncome() {
        assertEquals(Optional.of(Money.ZERO), DuesBasis.of(MemberCategory.STUDENT, yuan("8000.00")).income());
        assertEquals(Optional.of(yuan("8000.00")), DuesBasis.of(MemberCategory.RETIRED, yuan("8000.00")).income());
        assertEquals(Optional.of(yuan("8000.00")),
                DuesBasis.of(MemberCategory.SELF_EMPLOYED, yuan("8000.00")).income());
        assertFalse(MemberCategory.FARMER.isIncomeBased());
        assertTrue(MemberCategory.ANNUAL_SALARY.isIncomeBased());
        assertEquals("在职党员", MemberCategory.EMPLOYED.label());
        assertEquals("学生党员", MemberCategory.STUDENT.label());
    }

    @Test
    void duesBasisRejectsEveryNegativeAmount() {
        assertEquals(List.of("income"), paths(assertThrows(InvalidInputException.class,
                () -> DuesBasis.of(MemberCategory.RETIRED, yuan("-0.01")))));
        assertEquals(List.of("quarterIncomes[0]", "quarterIncomes[2]"), paths(assertThrows(InvalidInputException.class,
                () -> DuesBasis.selfEmployed(yuan("-1.00"), yuan("1.00"), yuan("-3.00")))));
        assertEquals(List.of("fixedAmount"), paths(assertThrows(InvalidInputException.class,
                () -> DuesBasis.farmer(yuan("-0.01")))));
    }

    @Test
    void branchSummaryAddsUpItsMembersAndCountsThoseInArrears() {
        BranchDuesSummary b = BranchDuesSummary.of("B-01", Jurisdiction.of("430102001"), List.of(
                standing("M-1", "100.00", "40.00"), standing("M-2", "50.00", "0.00"),
                standing("M-3", "30.00", "30.00")));
        assertEquals("B-01", b.branchId());
        assertEquals(3, b.members());
        assertEquals(2, b.membersInArrears());
        assertEquals(yuan("180.00"), b.expected());
        assertEquals(yuan("70.00"), b.collected());
        assertEquals(yuan("110.00"), b.outstanding());
        assertEquals(Money.ZERO, b.voluntary());
        assertEquals("B-01 (430102001): 3 members, 2 in arrears, collected 70.00, outstanding 110.00", b.toString());
        assertValueContract(b, BranchDuesSummary.of("B-01", Jurisdiction.of("430102001"), List.of(
                standing("M-1", "100.00", "40.00"), standing("M-2", "50.00", "0.00"),
                standing("M-3", "30.00", "30.00"))), List.of(
                BranchDuesSummary.of("B-02", Jurisdiction.of("430102001"), List.of(standing("M-1", "100.00", "40.00"),
                        standing("M-2", "50.00", "0.00"), standing("M-3", "30.00", "30.00"))),
                BranchDuesSummary.of("B-01", Jurisdiction.of("430102002"), List.of(standing("M-1", "100.00", "40.00"),
                        standing("M-2", "50.00", "0.00"), standing("M-3", "30.00", "30.00"))),
                BranchDuesSummary.of("B-01", Jurisdiction.of("430102001"), List.of(standing("M-1", "100.00", "40.00"),
                        standing("M-2", "50.00", "0.00"))),
                BranchDuesSummary.of("B-01", Jurisdiction.of("430102001"), List.of(standing("M-1", "100.00", "40.00"),
                        standing("M-2", "50.00", "0.00"), standing("M-3", "30.00", "29.00"))),
                BranchDuesSummary.of("B-01", Jurisdiction.of("430102001"), List.of(standing("M-1", "100.00", "40.00"),
                        standing("M-2", "50.00", "0.00"), standing("M-3", "31.00", "30.00"))),
                BranchDuesSummary.of("B-01", Jurisdiction.of("430102001"), List.of(standing("M-1", "100.00", "40.00"),
                        standing("M-2", "50.00", "0.00"), new DuesStanding("M-3", MARCH, yuan("30.00"),
                                yuan("30.00"), 1, 1, null, yuan("1.00"))))));
    }

    @Test
    void branchSummaryRejectsAMemberListedTwiceAndABlankId() {
        InvalidInputException e = assertThrows(InvalidInputException.class, () -> BranchDuesSummary.of(" ",
                COUNTY, List.of(standing("M-1", "1.00", "1.00"), standing("M-1", "2.00", "0.00"))));
        assertEquals(List.of("branchId", "standings[1]"), paths(e));
        assertEquals("member listed twice", e.violations().get(1).message());
    }

    @Test
    void jurisdictionSummaryIsAValueOfEveryFigure() {
        JurisdictionDuesSummary s = new JurisdictionDuesSummary(COUNTY, 2, 10, 3, yuan("500.00"), yuan("400.00"),
                yuan("100.00"), yuan("20.00"), Rate.percent(20), yuan("80.00"));
        assertEquals(COUNTY, s.jurisdiction());
        assertEquals(2, s.branches());
        assertEquals(10, s.members());
        assertEquals(3, s.membersInArrears());
        assertEquals(yuan("500.00"), s.expected());
        assertEquals(yuan("400.00"), s.collected());
        assertEquals(yuan("100.00"), s.outstanding());
        assertEquals(yuan("20.00"), s.voluntary());
        assertEquals(Optional.of(Rate.percent(20)), s.remittanceRate());
        assertEquals(Optional.of(yuan("320.00")), s.retained());
        assertEquals("430102: 2 branches, 10 members, collected 400.00, outstanding 100.00, remitted 80.00 (20%)",
                s.toString());
        JurisdictionDuesSummary none = new JurisdictionDuesSummary(COUNTY, 2, 10, 3, yuan("500.00"), yuan("400.00"),
                yuan("100.00"), yuan("20.00"), null, null);
        assertEquals("430102: 2 branches, 10 members, collected 400.00, outstanding 100.00", none.toString());
        assertEquals(Optional.empty(), none.retained());
        assertValueContract(s, new JurisdictionDuesSummary(COUNTY, 2, 10, 3, yuan("500.00"), yuan("400.00"),
                yuan("100.00"), yuan("20.00"), Rate.percent(20), yuan("80.00")), List.of(
                new JurisdictionDuesSummary(OTHER_COUNTY, 2, 10, 3, yuan("500.00"), yuan("400.00"), yuan("100.00"),
                        yuan("20.00"), Rate.percent(20), yuan("80.00")),
                new JurisdictionDuesSummary(COUNTY, 3, 10, 3, yuan("500.00"), yuan("400.00"), yuan("100.00"),
                        yuan("20.00"), Rate.percent(20), yuan("80.00")),
                new JurisdictionDuesSummary(COUNTY, 2, 11, 3, yuan("500.00"), yuan("400.00"), yuan("100.00"),
                        yuan("20.00"), Rate.percent(20), yuan("80.00")),
                new JurisdictionDuesSummary(COUNTY, 2, 10, 4, yuan("500.00"), yuan("400.00"), yuan("100.00"),
                        yuan("20.00"), Rate.percent(20), yuan("80.00")),
                new JurisdictionDuesSummary(COUNTY, 2, 10, 3, yuan("501.00"), yuan("400.00"), yuan("100.00"),
                        yuan("20.00"), Rate.percent(20), yuan("80.00")),
                new JurisdictionDuesSummary(COUNTY, 2, 10, 3, yuan("500.00"), yuan("401.00"), yuan("100.00"),
                        yuan("20.00"), Rate.percent(20), yuan("80.00")),
                new JurisdictionDuesSummary(COUNTY, 2, 10, 3, yuan("500.00"), yuan("400.00"), yuan("101.00"),
                        yuan("20.00"), Rate.percent(20), yuan("80.00")),
                new JurisdictionDuesSummary(COUNTY, 2, 10, 3, yuan("500.00"), yuan("400.00"), yuan("100.00"),
                        yuan("21.00"), Rate.percent(20), yuan("80.00")),
                new JurisdictionDuesSummary(COUNTY, 2, 10, 3, yuan("500.00"), yuan("400.00"), yuan("100.00"),
                        yuan("20.00"), Rate.percent(21), yuan("80.00")),
                new JurisdictionDuesSummary(COUNTY, 2, 10, 3, yuan("500.00"), yuan("400.00"), yuan("100.00"),
                        yuan("20.00"), Rate.percent(20), yuan("81.00")), none));
    }
}
