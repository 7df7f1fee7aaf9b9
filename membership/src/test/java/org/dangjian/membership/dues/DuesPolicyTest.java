package org.dangjian.membership.dues;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import org.dangjian.core.code.Jurisdiction;
import org.dangjian.core.decision.Approver;
import org.dangjian.core.decision.Decision;
import org.dangjian.core.decision.Outcome;
import org.dangjian.core.i18n.Language;
import org.dangjian.core.money.Money;
import org.dangjian.core.money.Rate;
import org.dangjian.core.validation.InvalidInputException;
import org.dangjian.membership.MembershipParameters;
import org.dangjian.membership.TestParameters;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class DuesPolicyTest {
    private final DuesPolicy dues = DuesPolicy.at(TestParameters.national(), TestParameters.COUNTY, YearMonth.of(2026, 3));

    private static Money yuan(String s) {
        return Money.yuan(s);
    }

    @ParameterizedTest(name = "employed {0} → {1}")
    @CsvSource({
        "0.00, 0.00", "3000.00, 15.00", "3000.01, 30.00", "5000.00, 50.00", "5000.01, 75.00",
        "10000.00, 150.00", "10000.01, 200.00", "5100.00, 76.50", "4900.00, 49.00", "6800.00, 102.00",
        "2999.99, 15.00", "1234.56, 6.17", "1000.90, 5.00", "1001.00, 5.01"
    })
    void employedDuesFallOnTheDocumentedSideOfEachBandEdge(String base, String expected) {
        Decision<Money> d = dues.decideMonthlyDues(DuesBasis.employed(yuan(base)));
        assertEquals(Outcome.DETERMINED, d.outcome());
        assertEquals(yuan(expected), d.value());
        assertEquals(yuan(expected), dues.duesAmount(MemberCategory.EMPLOYED, yuan(base)));
        assertEquals("MEM-DUES-001", d.ruleIds().get(0));
    }

    @ParameterizedTest(name = "retired {0} → {1}")
    @CsvSource({"5000.00, 25.00", "5000.01, 50.00", "3000.00, 15.00", "8000.00, 80.00"})
    void retiredDuesSplitAtFiveThousandInclusive(String base, String expected) {
        Decision<Money> d = dues.decideMonthlyDues(DuesBasis.retired(yuan(base)));
        assertEquals(yuan(expected), d.value());
        assertEquals("MEM-DUES-004", d.ruleIds().get(0));
    }

    @Test
    void roundingHalfUpIsReportedOnlyWhenAFractionOfAFenIsRounded() {
        Decision<Money> d = dues.decideMonthlyDues(DuesBasis.employed(yuan("1000.90")));
        assertEquals(yuan("5.00"), d.value()); // 1000.90 × 0.5% = 5.0045 → 5.00
        assertEquals(List.of("MEM-DUES-001", "MEM-DUES-011"), d.ruleIds());
        Decision<Money> up = dues.decideMonthlyDues(DuesBasis.employed(yuan("1001.00")));
        assertEquals(yuan("5.01"), up.value()); // 5.005 → 5.01 half-up
        assertEquals(List.of("MEM-DUES-001"), dues.decideMonthlyDues(DuesBasis.employed(yuan("5100.00"))).ruleIds());
    }

    @Test
    void roundingModeIsALocalParameter() {
        DuesPolicy down = DuesPolicy.of(TestParameters.with(MembershipParameters.DUES_ROUNDING, RoundingMode.DOWN,
                LocalDate.of(2026, 3, 1)));
        assertEquals(yuan("5.00"), down.duesAmount(MemberCategory.EMPLOYED, yuan("1001.00")));
        assertEquals(RoundingMode.DOWN, down.rounding());
    }

    @Test
    void farmersPayTheBranchAmountBetweenTwentyFenAndOneYuan() {
        assertEquals(yuan("0.20"), dues.decideMonthlyDues(DuesBasis.farmer(yuan("0.20"))).value());
        assertEquals(yuan("1.00"), dues.decideMonthlyDues(DuesBasis.farmer(yuan("1.00"))).value());
        assertEquals(Outcome.NON_COMPLIANT, dues.decideMonthlyDues(DuesBasis.farmer(yuan("0.19"))).outcome());
        assertEquals(Outcome.NON_COMPLIANT, dues.decideMonthlyDues(DuesBasis.farmer(yuan("1.01"))).outcome());
    }

    @Test
    void farmersWithoutABranchOrLocalAmountAreInsufficientData() {
        assertEquals(Outcome.INSUFFICIENT_DATA, dues.decideMonthlyDues(DuesBasis.farmer()).outcome());
        assertThrows(IllegalStateException.class, () -> dues.duesAmount(MemberCategory.FARMER, Money.ZERO));
        DuesPolicy local = DuesPolicy.of(TestParameters.with(MembershipParameters.DUES_FARMER_AMOUNT, yuan("0.50"),
                LocalDate.of(2026, 3, 1)));
        assertEquals(yuan("0.50"), local.decideMonthlyDues(DuesBasis.farmer()).value());
        assertEquals(yuan("0.50"), local.duesAmount(MemberCategory.FARMER, Money.ZERO));
    }

    @Test
    void studentsUnemployedAndMembersOnReliefPayTwentyFen() {
        for (MemberCategory c : List.of(MemberCategory.STUDENT, MemberCategory.UNEMPLOYED, MemberCategory.ON_RELIEF,
                MemberCategory.MINIMUM_LIVING_ALLOWANCE)) {
            Decision<Money> d = dues.decideMonthlyDues(DuesBasis.of(c, yuan("8000.00")));
            assertEquals(yuan("0.20"), d.value(), c.name());
            assertEquals(List.of("MEM-DUES-006"), d.ruleIds());
        }
    }

    @Test
    void selfEmployedPayOnLastQuartersAverage() {
        Decision<Money> d = dues.decideMonthlyDues(DuesBasis.selfEmployed(yuan("4000.00"), yuan("5000.00"),
                yuan("6400.00")));
        assertEquals(yuan("77.00"), d.value()); // average 5133.33 (half-up) × 1.5% = 76.99995 → 77.00
        assertEquals(List.of("MEM-DUES-003", "MEM-DUES-001", "MEM-DUES-011"), d.ruleIds());
    }

    @Test
    void annualSalaryEarnersPayOnTheMonthsActualPay() {
        Decision<Money> d = dues.decideMonthlyDues(DuesBasis.annualSalary(yuan("12000.00")));
        assertEquals(yuan("240.00"), d.value());
        assertEquals(List.of("MEM-DUES-003", "MEM-DUES-001"), d.ruleIds());
    }

    @Test
    void socialContributionsAreDeductedOnlyWhereTheJurisdictionSaysSo() {
        DuesBasis basis = DuesBasis.employed(yuan("5800.00"), yuan("900.00"));
        assertEquals(Outcome.INSUFFICIENT_DATA, dues.decideMonthlyDues(basis).outcome());
        DuesPolicy deduct = DuesPolicy.of(TestParameters.with(MembershipParameters.DUES_DEDUCT_SOCIAL_CONTRIBUTIONS,
                true, LocalDate.of(2026, 3, 1)));
        assertEquals(yuan("49.00"), deduct.decideMonthlyDues(basis).value()); // 4900 × 1%
        DuesPolicy keep = DuesPolicy.of(TestParameters.with(MembershipParameters.DUES_DEDUCT_SOCIAL_CONTRIBUTIONS,
                false, LocalDate.of(2026, 3, 1)));
        assertEquals(yuan("87.00"), keep.decideMonthlyDues(basis).value()); // 5800 × 1.5%
    }

    @Test
    void monthsBeforeApril2008HaveNoBands() {
        DuesPolicy old = DuesPolicy.at(TestParameters.national(), TestParameters.COUNTY, YearMonth.of(2008, 3));
        assertEquals(Outcome.INSUFFICIENT_DATA, old.decideMonthlyDues(DuesBasis.employed(yuan("5000.00"))).outcome());
        assertThrows(IllegalStateException.class, () -> old.duesAmount(MemberCategory.EMPLOYED, yuan("5000.00")));
        DuesPolicy april = DuesPolicy.at(TestParameters.national(), TestParameters.COUNTY, YearMonth.of(2008, 4));
        assertEquals(yuan("50.00"), april.duesAmount(MemberCategory.EMPLOYED, yuan("5000.00")));
    }

    @Test
    void rejectsIncomeBelowZero() {
        InvalidInputException e = assertThrows(InvalidInputException.class,
                () -> DuesBasis.employed(yuan("-1.00"), yuan("-2.00")));
        assertEquals(2, e.violations().size());
        assertThrows(InvalidInputException.class, () -> dues.duesAmount(MemberCategory.EMPLOYED, yuan("-0.01")));
    }

    @Test
    void hardshipReliefNeedsTheHigherCommitteesApproval() {
        Decision<Money> d = dues.decideHardshipRelief(DuesBasis.employed(yuan("3000.00")), Money.ZERO);
        assertEquals(Outcome.REQUIRES_APPROVAL, d.outcome());
        assertEquals(Approver.HIGHER_PARTY_COMMITTEE, d.approver().orElseThrow());
        assertEquals(Money.ZERO, d.value());
        assertTrue(d.ruleIds().contains("MEM-DUES-007"));
        assertThrows(InvalidInputException.class,
                () -> dues.decideHardshipRelief(DuesBasis.employed(yuan("3000.00")), yuan("15.01")));
        assertEquals(Outcome.DETERMINED,
                dues.decideHardshipRelief(DuesBasis.employed(yuan("3000.00")), yuan("15.00")).outcome());
    }

    @Test
    void probationaryMembersPayFromTheMonthOfTheAdmissionMeeting() {
        assertEquals(YearMonth.of(2026, 1), dues.decideDuesStart(LocalDate.of(2026, 1, 31)).value());
    }

    @Test
    void newBaseAppliesFromTheMonthFirstPaidOrTheYearlyReviewMonth() {
        assertEquals(YearMonth.of(2026, 5), dues.decideNewBaseMonth(YearMonth.of(2026, 5)).value());
        var annual = TestParameters.national()
                .override(TestParameters.COUNTY, LocalDate.of(2020, 1, 1), MembershipParameters.DUES_BASE_ADJUSTMENT,
                        BaseAdjustment.ANNUAL);
        DuesPolicy unset = DuesPolicy.of(annual.resolve(TestParameters.COUNTY, LocalDate.of(2026, 3, 1)));
        assertEquals(Outcome.INSUFFICIENT_DATA, unset.decideNewBaseMonth(YearMonth.of(2026, 5)).outcome());
        DuesPolicy july = DuesPolicy.of(annual.override(TestParameters.COUNTY, LocalDate.of(2020, 1, 1),
                MembershipParameters.DUES_ANNUAL_REVIEW_MONTH, 7).resolve(TestParameters.COUNTY, LocalDate.of(2026, 3, 1)));
        assertEquals(YearMonth.of(2026, 7), july.decideNewBaseMonth(YearMonth.of(2026, 5)).value());
        assertEquals(YearMonth.of(2026, 7), july.decideNewBaseMonth(YearMonth.of(2026, 7)).value());
        assertEquals(YearMonth.of(2027, 7), july.decideNewBaseMonth(YearMonth.of(2026, 8)).value());
    }

    @Test
    void aOneOffVoluntaryPaymentOfAThousandGoesToTheCentralCommittee() {
        assertEquals(VoluntaryDestination.ORDINARY, dues.decideVoluntaryPayment(yuan("999.99")).value());
        assertEquals(VoluntaryDestination.CENTRAL_COMMITTEE, dues.decideVoluntaryPayment(yuan("1000.00")).value());
        assertThrows(InvalidInputException.class, () -> dues.decideVoluntaryPayment(Money.ZERO));
    }

    @Test
    void rollUpRemitsByTheLocalRateOnly() {
        DuesStanding a = dues.assessAccount(DuesAccount.of("M-1", List.of(DuesMonth.of(YearMonth.of(2026, 3),
                yuan("100.00"), yuan("100.00")))), YearMonth.of(2026, 3)).value();
        DuesStanding b = dues.assessAccount(DuesAccount.of("M-2", List.of(DuesMonth.of(YearMonth.of(2026, 3),
                yuan("50.00"), Money.ZERO))), YearMonth.of(2026, 3)).value();
        BranchDuesSummary branch = BranchDuesSummary.of("B-01", Jurisdiction.of("430102001"), List.of(a, b));
        assertEquals(1, branch.membersInArrears());
        assertEquals(yuan("50.00"), branch.outstanding());
        Decision<JurisdictionDuesSummary> none = dues.rollUp(TestParameters.COUNTY, List.of(branch));
        assertEquals(Outcome.INSUFFICIENT_DATA, none.outcome());
        assertTrue(none.value().remittance().isEmpty());
        DuesPolicy local = DuesPolicy.of(TestParameters.with(MembershipParameters.DUES_REMITTANCE_RATE,
                Rate.percent(20), LocalDate.of(2026, 3, 1)));
        JurisdictionDuesSummary s = local.rollUp(TestParameters.COUNTY, List.of(branch)).value();
        assertEquals(yuan("20.00"), s.remittance().orElseThrow());
        assertEquals(yuan("80.00"), s.retained().orElseThrow());
        assertThrows(InvalidInputException.class, () -> local.rollUp(Jurisdiction.of("430103"), List.of(branch)));
    }

    @Test
    void explainsInBothLanguages() {
        Decision<Money> d = dues.decideMonthlyDues(DuesBasis.employed(yuan("5100.00")));
        assertTrue(d.explain(Language.ZH).contains("76.50"), d.explain(Language.ZH));
        assertTrue(d.explain(Language.ZH).contains("按 1.5% 全额计算"), d.explain(Language.ZH));
        assertTrue(d.explain(Language.EN).contains("of the whole base"), d.explain(Language.EN));
        assertTrue(d.explain(Language.ZH).contains("属 (5000.00, 10000.00] 档"), d.explain(Language.ZH));
    }
}
