package org.dangjian.membership.dues;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import org.dangjian.core.decision.Decision;
import org.dangjian.core.decision.Outcome;
import org.dangjian.core.money.Money;
import org.dangjian.core.testing.CoreArbitraries;
import org.dangjian.membership.TestParameters;

class DuesProperties {
    private static final DuesPolicy DUES = DuesPolicy.at(TestParameters.national(), TestParameters.COUNTY,
            YearMonth.of(2026, 3));

    @Provide
    Arbitrary<MemberCategory> incomeCategories() {
        return Arbitraries.of(MemberCategory.EMPLOYED, MemberCategory.ANNUAL_SALARY, MemberCategory.SELF_EMPLOYED,
                MemberCategory.RETIRED);
    }

    @Provide
    Arbitrary<Money> incomes() {
        return CoreArbitraries.incomes();
    }

    @Property(tries = 500)
    void duesAreMonotoneInIncomeWithinACategory(@ForAll("incomeCategories") MemberCategory c,
            @ForAll("incomes") Money a, @ForAll("incomes") Money b) {
        Money low = a.min(b);
        Money high = a.max(b);
        assertTrue(DUES.duesAmount(c, low).compareTo(DUES.duesAmount(c, high)) <= 0, c + " " + low + " " + high);
    }

    @Property(tries = 500)
    void duesAreTheBandRateOfTheWholeBaseExactToTheFen(@ForAll("incomes") Money base) {
        BigDecimal b = base.toBigDecimal();
        String rate = b.compareTo(new BigDecimal("3000")) <= 0 ? "0.005"
                : b.compareTo(new BigDecimal("5000")) <= 0 ? "0.01"
                : b.compareTo(new BigDecimal("10000")) <= 0 ? "0.015" : "0.02";
        BigDecimal expected = b.multiply(new BigDecimal(rate)).setScale(2, RoundingMode.HALF_UP);
        assertEquals(Money.from(expected), DUES.duesAmount(MemberCategory.EMPLOYED, base));
    }

    @Property(tries = 500)
    void theLeanPathAlwaysAgreesWithTheDecision(@ForAll MemberCategory c, @ForAll("incomes") Money base) {
        Decision<Money> d = DUES.decideMonthlyDues(DuesBasis.of(c, base));
        if (c == MemberCategory.FARMER) {
            assertEquals(Outcome.INSUFFICIENT_DATA, d.outcome());
            return;
        }
        assertEquals(Outcome.DETERMINED, d.outcome());
        assertEquals(d.value(), DUES.duesAmount(c, base));
    }

    @Property(tries = 100)
    void eachBandEdgeFallsOnTheLowerBandAndOneFenMoreOnTheHigher(@ForAll("edges") long edgeFen) {
        Money edge = Money.ofFen(edgeFen);
        Money above = Money.ofFen(edgeFen + 1);
        Money atEdge = DUES.duesAmount(MemberCategory.EMPLOYED, edge);
        Money justAbove = DUES.duesAmount(MemberCategory.EMPLOYED, above);
        // the inclusive upper bound keeps the lower rate; one fen more jumps to the next rate on the whole base
        assertTrue(justAbove.isGreaterThan(atEdge.plus(Money.ofFen(1))), edge + " → " + atEdge + ", " + justAbove);
    }

    @Provide
    Arbitrary<Long> edges() {
        return Arbitraries.of(300_000L, 500_000L, 1_000_000L);
    }

    @Property(tries = 200)
    void aRunOfUnpaidMonthsDecidesTheOutcome(@ForAll @IntRange(min = 0, max = 12) int paid,
            @ForAll @IntRange(min = 1, max = 12) int extra) {
        int months = paid + extra;
        List<DuesMonth> l = new ArrayList<>();
        for (int i = 0; i < months; i++) {
            l.add(DuesMonth.of(YearMonth.of(2025, 1).plusMonths(i), Money.yuan("10.00"),
                    i < paid ? Money.yuan("10.00") : Money.ZERO));
        }
        Decision<DuesStanding> d = DUES.assessAccount(DuesAccount.of("M", l), YearMonth.of(2025, 1).plusMonths(months - 1));
        assertEquals(extra, d.value().consecutiveUnpaidMonths());
        assertEquals(Money.yuan("10.00").times(extra), d.value().arrears());
        assertEquals(extra >= 6 ? Outcome.REQUIRES_APPROVAL : Outcome.NON_COMPLIANT, d.outcome());
    }
}
