package org.dangjian.assessment.standard;

import java.math.RoundingMode;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.dangjian.assessment.AssessmentParameters;
import org.dangjian.assessment.AssessmentRules;
import org.dangjian.core.decision.Decision;
import org.dangjian.core.decision.Outcome;
import org.dangjian.core.decision.Reason;
import org.dangjian.core.money.Money;
import org.dangjian.core.money.Rate;
import org.dangjian.core.parameter.ResolvedParameters;

/**
 * The Party-work funds of a non-public enterprise: spending within 1% of the year's payroll is deductible
 * before enterprise income tax (ASM-FUND-001, the 2014 notice); the subsidies a locality pays (a one-off sum
 * for a new Party organization, a secretary allowance, an instructor subsidy) are local parameters with no
 * national default (ASM-FUND-002).
 *
 * <pre>{@code
 * PartyFundsPolicy funds = PartyFundsPolicy.of(resolved);
 * funds.deductibleCeiling(Money.yuan("3000000.00")).value();          // 30000.00
 * funds.assessSpending(Money.yuan("3000000.00"), Money.yuan("32000.00")).value(); // 30000.00 deductible
 * funds.subsidy(SubsidyKind.SECRETARY_ALLOWANCE).outcome();           // INSUFFICIENT_DATA until set
 * }</pre>
 *
 * <p>The ceiling is rounded down to the fen so that it never exceeds the share. This class is immutable and
 * thread-safe.
 */
public final class PartyFundsPolicy {
    private final Rate share;
    private final ResolvedParameters parameters;

    private PartyFundsPolicy(ResolvedParameters parameters) {
        this.parameters = parameters;
        this.share = parameters.get(AssessmentParameters.FUND_PAYROLL_SHARE);
    }

    /**
     * The policy in force for resolved parameters.
     *
     * @param parameters the resolved parameters, not null
     * @return the policy, not null
     */
    public static PartyFundsPolicy of(ResolvedParameters parameters) {
        return new PartyFundsPolicy(Objects.requireNonNull(parameters, "parameters"));
    }

    /**
     * The most Party-work spending deductible before tax.
     *
     * @param annualPayroll the year's total wages and salaries, not negative, not null
     * @return {@code DETERMINED} with the ceiling, not null
     * @throws IllegalArgumentException when the payroll is negative
     */
    public Decision<Money> deductibleCeiling(Money annualPayroll) {
        Money ceiling = ceiling(annualPayroll);
        return Decision.determined(ceiling, List.of(Reason.of(AssessmentRules.FUND_PAYROLL, "fund.ceiling")
                .with("payroll", annualPayroll).with("ceiling", ceiling)
                .read(AssessmentParameters.FUND_PAYROLL_SHARE.name(), share)));
    }

    private Money ceiling(Money annualPayroll) {
        if (annualPayroll.isNegative()) {
            throw new IllegalArgumentException("payroll must not be negative: " + annualPayroll);
        }
        return annualPayroll.times(share, RoundingMode.DOWN);
    }

    /**
     * Checks a year's Party-work spending against the ceiling.
     *
     * @param annualPayroll the year's payroll, not negative, not null
     * @param spent the Party-work spending, not negative, not null
     * @return {@code COMPLIANT} when within the ceiling, else {@code NON_COMPLIANT}; the value is the deductible
     *     part (at most the ceiling), not null
     * @throws IllegalArgumentException when an amount is negative
     */
    public Decision<Money> assessSpending(Money annualPayroll, Money spent) {
        if (spent.isNegative()) {
            throw new IllegalArgumentException("spending must not be negative: " + spent);
        }
        Money ceiling = ceiling(annualPayroll);
        boolean within = !spent.isGreaterThan(ceiling);
        Money deductible = within ? spent : ceiling;
        return Decision.of(within ? Outcome.COMPLIANT : Outcome.NON_COMPLIANT, deductible,
                Reason.of(AssessmentRules.FUND_PAYROLL, within ? "fund.within" : "fund.above")
                        .with("payroll", annualPayroll).with("spent", spent).with("ceiling", ceiling)
                        .with("excess", within ? Money.ZERO : spent.minus(ceiling))
                        .read(AssessmentParameters.FUND_PAYROLL_SHARE.name(), share));
    }

    /**
     * The amount of a local subsidy.
     *
     * @param kind the subsidy, not null
     * @return {@code DETERMINED} with the amount, or {@code INSUFFICIENT_DATA} when the jurisdiction sets none,
     *     not null
     */
    public Decision<Money> subsidy(SubsidyKind kind) {
        Optional<Money> amount = parameters.find(kind.parameter());
        if (amount.isEmpty()) {
            return Decision.insufficientData(List.of(Reason.of(AssessmentRules.FUND_SUBSIDY, "fund.noSubsidy")
                    .with("subsidy", kind.label()).with("subsidyEn", kind.name())
                    .with("parameter", kind.parameter().name())));
        }
        return Decision.determined(amount.get(), List.of(Reason.of(AssessmentRules.FUND_SUBSIDY, "fund.subsidy")
                .with("subsidy", kind.label()).with("subsidyEn", kind.name()).read(kind.parameter().name(),
                        amount.get()).with("amount", amount.get())));
    }
}
