package org.dangjian.membership.dues;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.dangjian.core.money.Money;
import org.dangjian.core.validation.InvalidInputException;
import org.dangjian.core.validation.Violations;

/**
 * What a member's monthly dues are computed from: the category and the income it reads, such as
 * {@code DuesBasis.employed(Money.yuan("6800.00"))}.
 *
 * <ul>
 *   <li>employed: the regular part of wages after personal income tax, optionally with the personal social
 *       insurance and housing fund contributions a locality lets members deduct;</li>
 *   <li>annual salary: the month's actual pay; self-employed: the three monthly net incomes of last quarter;</li>
 *   <li>retired: the pension actually received; farmers: the amount the branch fixed, or the jurisdiction's;</li>
 *   <li>students, unemployed, on relief, on minimum living allowance: no income.</li>
 * </ul>
 *
 * <p>Incomes must not be negative; bad input raises one {@link InvalidInputException} listing every problem.
 * This class is immutable and thread-safe.
 */
public final class DuesBasis {
    private final MemberCategory category;
    private final Money income;
    private final Money socialContributions;
    private final List<Money> quarterIncomes;
    private final Money fixedAmount;

    private DuesBasis(MemberCategory category, Money income, Money socialContributions, List<Money> quarterIncomes,
            Money fixedAmount) {
        this.category = category;
        this.income = income;
        this.socialContributions = socialContributions;
        this.quarterIncomes = quarterIncomes;
        this.fixedAmount = fixedAmount;
    }

    /**
     * Any category with a monthly income (or none for fixed-amount categories).
     *
     * @param category the category, not null
     * @param income the monthly income the category reads (wages, pay, average, pension); ignored for
     *     fixed-amount categories; not null
     * @return the basis, not null
     * @throws InvalidInputException when the income is negative
     */
    public static DuesBasis of(MemberCategory category, Money income) {
        Objects.requireNonNull(category, "category");
        Violations v = new Violations();
        v.check(!income.isNegative(), "income", "an income must not be negative", income);
        v.throwIfAny();
        if (category == MemberCategory.SELF_EMPLOYED) {
            return new DuesBasis(category, income, Money.ZERO, List.of(), null);
        }
        return new DuesBasis(category, category.isIncomeBased() ? income : Money.ZERO, Money.ZERO, List.of(), null);
    }

    /**
     * An employed member.
     *
     * @param afterTaxRegularWages the regular part of the month's wages after personal income tax, not null
     * @return the basis, not null
     * @throws InvalidInputException when negative
     */
    public static DuesBasis employed(Money afterTaxRegularWages) {
        return of(MemberCategory.EMPLOYED, afterTaxRegularWages);
    }

    /**
     * An employed member who also states personal social insurance and housing fund contributions, which the
     * jurisdiction may let them deduct ({@code membership.dues.deductSocialContributions}).
     *
     * @param afterTaxRegularWages the regular wages after tax, not null
     * @param socialContributions the personal contributions, not null
     * @return the basis, not null
     * @throws InvalidInputException listing every negative amount
     */
    public static DuesBasis employed(Money afterTaxRegularWages, Money socialContributions) {
        Violations v = new Violations();
        v.check(!afterTaxRegularWages.isNegative(), "income", "an income must not be negative", afterTaxRegularWages);
        v.check(!socialContributions.isNegative(), "socialContributions", "contributions must not be negative",
                socialContributions);
        v.throwIfAny();
        return new DuesBasis(MemberCategory.EMPLOYED, afterTaxRegularWages, socialContributions, List.of(), null);
    }

    /**
     * A member paid an annual salary: the month's actual pay.
     *
     * @param monthPay the month's actual pay after tax, not null
     * @return the basis, not null
     */
    public static DuesBasis annualSalary(Money monthPay) {
        return of(MemberCategory.ANNUAL_SALARY, monthPay);
    }

    /**
     * A self-employed member: the monthly net incomes of last quarter, averaged by the policy.
     *
     * @param first the first month's net income, not null
     * @param second the second month's, not null
     * @param third the third month's, not null
     * @return the basis, not null
     * @throws InvalidInputException listing every negative month
     */
    public static DuesBasis selfEmployed(Money first, Money second, Money third) {
        List<Money> q = List.of(first, second, third);
        Violations v = new Violations();
        for (int i = 0; i < 3; i++) {
            v.check(!q.get(i).isNegative(), "quarterIncomes[" + i + "]", "an income must not be negative", q.get(i));
        }
        v.throwIfAny();
        return new DuesBasis(MemberCategory.SELF_EMPLOYED, null, Money.ZERO, q, null);
    }

    /**
     * A retired member.
     *
     * @param pension the pension actually received, not null
     * @return the basis, not null
     */
    public static DuesBasis retired(Money pension) {
        return of(MemberCategory.RETIRED, pension);
    }

    /**
     * A farmer paying the jurisdiction's amount ({@code membership.dues.farmerAmount}).
     *
     * @return the basis, not null
     */
    public static DuesBasis farmer() {
        return new DuesBasis(MemberCategory.FARMER, Money.ZERO, Money.ZERO, List.of(), null);
    }

    /**
     * A farmer paying the amount the branch fixed.
     *
     * @param amountFixedByBranch the monthly amount, not null
     * @return the basis, not null
     * @throws InvalidInputException when negative
     */
    public static DuesBasis farmer(Money amountFixedByBranch) {
        Violations v = new Violations();
        v.check(!amountFixedByBranch.isNegative(), "fixedAmount", "an amount must not be negative", amountFixedByBranch);
        v.throwIfAny();
        return new DuesBasis(MemberCategory.FARMER, Money.ZERO, Money.ZERO, List.of(), amountFixedByBranch);
    }

    /** @return the category, not null */
    public MemberCategory category() {
        return category;
    }

    /** @return the stated monthly income (for the self-employed, empty: see {@link #quarterIncomes()}), not null */
    public Optional<Money> income() {
        return Optional.ofNullable(income);
    }

    /** @return the personal social contributions stated, zero when none, not null */
    public Money socialContributions() {
        return socialContributions;
    }

    /** @return last quarter's monthly net incomes of a self-employed member, else empty, not null */
    public List<Money> quarterIncomes() {
        return quarterIncomes;
    }

    /** @return the farmer's amount fixed by the branch, if stated, not null */
    public Optional<Money> fixedAmount() {
        return Optional.ofNullable(fixedAmount);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof DuesBasis b && category == b.category && Objects.equals(income, b.income)
                && socialContributions.equals(b.socialContributions) && quarterIncomes.equals(b.quarterIncomes)
                && Objects.equals(fixedAmount, b.fixedAmount);
    }

    @Override
    public int hashCode() {
        return Objects.hash(category, income, socialContributions, quarterIncomes, fixedAmount);
    }

    @Override
    public String toString() {
        return category + (income != null ? " " + income : "") + (quarterIncomes.isEmpty() ? "" : " " + quarterIncomes)
                + (fixedAmount != null ? " fixed " + fixedAmount : "");
    }
}
