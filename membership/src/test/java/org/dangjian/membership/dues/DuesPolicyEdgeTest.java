package org.dangjian.membership.dues;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import org.dangjian.core.code.Jurisdiction;
import org.dangjian.core.decision.Decision;
import org.dangjian.core.decision.Outcome;
import org.dangjian.core.decision.Reason;
import org.dangjian.core.money.Money;
import org.dangjian.core.money.Rate;
import org.dangjian.core.parameter.ResolvedParameters;
import org.dangjian.membership.MembershipParameters;
import org.dangjian.membership.TestParameters;
import org.junit.jupiter.api.Test;

class DuesPolicyEdgeTest {
    private static final YearMonth MARCH = YearMonth.of(2026, 3);
    private static final LocalDate ON = LocalDate.of(2026, 3, 1);
    private final DuesPolicy dues = DuesPolicy.at(TestParameters.national(), TestParameters.COUNTY, MARCH);
    private final DuesPolicy before2008 = DuesPolicy.at(TestParameters.national(), TestParameters.COUNTY,
            YearMonth.of(2008, 3));

    private static Money yuan(String s) {
        return Money.yuan(s);
    }

    private static List<String> keys(Decision<?> d) {
        return d.reasons().stream().map(Reason::messageKey).toList();
    }

    @Test
    void theReasonSaysWhetherSocialContributionsWereDeducted() {
        DuesBasis basis = DuesBasis.employed(yuan("5800.00"), yuan("900.00"));
        Decision<Money> deducted = DuesPolicy.of(TestParameters.with(
                MembershipParameters.DUES_DEDUCT_SOCIAL_CONTRIBUTIONS, true, ON)).decideMonthlyDues(basis);
        assertEquals("dues.base.deducted", keys(deducted).get(0));
        assertEquals("4900.00", deducted.reasons().get(0).arguments().get("base"));
        Decision<Money> kept = DuesPolicy.of(TestParameters.with(
                MembershipParameters.DUES_DEDUCT_SOCIAL_CONTRIBUTIONS, false, ON)).decideMonthlyDues(basis);
        assertEquals("dues.base.notDeducted", keys(kept).get(0));
        assertEquals("5800.00", kept.reasons().get(0).arguments().get("base"));
        Decision<Money> all = DuesPolicy.of(TestParameters.with(
                MembershipParameters.DUES_DEDUCT_SOCIAL_CONTRIBUTIONS, true, ON))
                .decideMonthlyDues(DuesBasis.employed(yuan("800.00"), yuan("900.00")));
        assertEquals(Money.ZERO, all.value());
    }

    @Test
    void anExclusiveUpperEdgeSendsTheEdgeAmountToTheNextBand() {
        ResolvedParameters p = TestParameters.with(MembershipParameters.DUES_EMPLOYED_BANDS,
                MembershipParameters.DUES_EMPLOYED_BANDS.type().parse("[0.00, 3000.00) 0.5%; [3000.00, +∞) 1%"), ON);
        DuesPolicy local = DuesPolicy.of(p);
        assertSame(p, local.parameters());
        assertEquals(yuan("10.00"), local.duesAmount(MemberCategory.EMPLOYED, yuan("2000.00")));
        assertEquals(yuan("30.00"), local.duesAmount(MemberCategory.EMPLOYED, yuan("3000.00")));
        assertEquals(yuan("30.00"), local.decideMonthlyDues(DuesBasis.employed(yuan("3000.00"))).value());
        assertEquals(yuan("15.00"), dues.duesAmount(MemberCategory.EMPLOYED, yuan("3000.00")));
    }

    @Test
    void beforeApril2008NoMinimalFarmerOrVoluntaryFigureIsInForce() {
        Decision<Money> student = before2008.decideMonthlyDues(DuesBasis.of(MemberCategory.STUDENT, Money.ZERO));
        assertEquals(Outcome.INSUFFICIENT_DATA, student.outcome());
        assertEquals("membership.dues.minimalAmount", student.reasons().get(0).arguments().get("parameter"));
        Decision<Money> farmer = before2008.decideMonthlyDues(DuesBasis.farmer(yuan("0.50")));
        assertEquals(Outcome.INSUFFICIENT_DATA, farmer.outcome());
        assertEquals(List.of("MEM-DUES-005"), farmer.ruleIds());
        assertEquals("membership.dues.farmerMinimum, membership.dues.farmerMaximum",
                farmer.reasons().get(0).arguments().get("parameter"));
        Decision<VoluntaryDestination> voluntary = before2008.decideVoluntaryPayment(yuan("2000.00"));
        assertEquals(Outcome.INSUFFICIENT_DATA, voluntary.outcome());
        assertEquals("membership.dues.voluntaryCentralThreshold",
                voluntary.reasons().get(0).arguments().get("parameter"));
    }

    @Test
    void theFarmerReasonNamesWhoFixedTheAmountAndWhetherItIsInRange() {
        Decision<Money> branch = dues.decideMonthlyDues(DuesBasis.farmer(yuan("0.50")));
        assertEquals(List.of("dues.farmer"), keys(branch));
        assertEquals("党支部", branch.reasons().get(0).arguments().get("by"));
        Decision<Money> out = dues.decideMonthlyDues(DuesBasis.farmer(yuan("1.01")));
        assertEquals(List.of("dues.farmer.outOfRange"), keys(out));
        assertEquals(yuan("1.01"), out.value());
        Decision<Money> local = DuesPolicy.of(TestParameters.with(MembershipParameters.DUES_FARMER_AMOUNT,
                yuan("0.30"), ON)).decideMonthlyDues(DuesBasis.farmer());
        assertEquals("本地规定", local.reasons().get(0).arguments().get("by"));
    }

    @Test
    void hardshipReliefSaysExemptionOrReductionAndPassesOnAnUndeterminedStandard() {
        DuesBasis basis = DuesBasis.employed(yuan("3000.00"));
        assertEquals("dues.hardship.exempt", keys(dues.decideHardshipRelief(basis, Money.ZERO)).get(1));
        Decision<Money> reduced = dues.decideHardshipRelief(basis, yuan("5.00"));
        assertEquals(List.of("dues.band", "dues.hardship.reduce"), keys(reduced));
        assertEquals(yuan("5.00"), reduced.value());
        assertEquals("15.00", reduced.reasons().get(1).arguments().get("standard"));
        Decision<Money> unset = dues.decideHardshipRelief(DuesBasis.farmer(), Money.ZERO);
        assertEquals(Outcome.INSUFFICIENT_DATA, unset.outcome());
        assertEquals(List.of("dues.farmer.unset"), keys(unset));
    }

    @Test
    void aStandingSaysWhetherAnythingIsOwedAndHowManyMonthsAreLeftBeforeSelfWithdrawal() {
        DuesAccount paid = DuesAccount.of("M-1", List.of(DuesMonth.of(MARCH, yuan("50.00"), yuan("50.00"))));
        Decision<DuesStanding> ok = dues.assessAccount(paid, MARCH);
        assertEquals(Outcome.COMPLIANT, ok.outcome());
        assertEquals(List.of("arrears.none"), keys(ok));
        DuesAccount owing = DuesAccount.of("M-2", List.of(DuesMonth.of(MARCH, yuan("50.00"), Money.ZERO),
                DuesMonth.of(MARCH.plusMonths(1), yuan("50.00"), Money.ZERO)));
        Decision<DuesStanding> owed = dues.assessAccount(owing, MARCH.plusMonths(1));
        assertEquals(Outcome.NON_COMPLIANT, owed.outcome());
        assertEquals(List.of("arrears.owed", "arrears.run"), keys(owed));
        assertEquals("2", owed.reasons().get(1).arguments().get("run"));
        assertEquals("4", owed.reasons().get(1).arguments().get("left"));
        assertEquals("100.00", owed.reasons().get(0).arguments().get("arrears"));
        assertEquals(2, owed.value().openMonths());
    }

    @Test
    void rollUpAddsMembersInArrearsAcrossBranches() {
        DuesStanding owes = dues.assessAccount(DuesAccount.of("M-1", List.of(DuesMonth.of(MARCH, yuan("50.00"),
                Money.ZERO))), MARCH).value();
        DuesStanding owesToo = dues.assessAccount(DuesAccount.of("M-2", List.of(DuesMonth.of(MARCH, yuan("30.00"),
                yuan("10.00")).withVoluntary(yuan("2.00")))), MARCH).value();
        BranchDuesSummary a = BranchDuesSummary.of("B-01", Jurisdiction.of("430102001"), List.of(owes));
        BranchDuesSummary b = BranchDuesSummary.of("B-02", Jurisdiction.of("430102002"), List.of(owesToo));
        DuesPolicy local = DuesPolicy.of(TestParameters.with(MembershipParameters.DUES_REMITTANCE_RATE,
                Rate.percent(10), ON));
        Decision<JurisdictionDuesSummary> d = local.rollUp(TestParameters.COUNTY, List.of(a, b));
        JurisdictionDuesSummary s = d.value();
        assertEquals(2, s.branches());
        assertEquals(2, s.members());
        assertEquals(2, s.membersInArrears());
        assertEquals(yuan("80.00"), s.expected());
        assertEquals(yuan("10.00"), s.collected());
        assertEquals(yuan("70.00"), s.outstanding());
        assertEquals(yuan("2.00"), s.voluntary());
        assertEquals(yuan("1.00"), s.remittance().orElseThrow());
        assertEquals(List.of("dues.remittance"), keys(d));
        assertEquals(TestParameters.COUNTY, s.jurisdiction());
    }
}
