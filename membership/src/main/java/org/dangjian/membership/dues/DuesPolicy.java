package org.dangjian.membership.dues;

import static org.dangjian.membership.MembershipParameters.*;

import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.dangjian.core.band.Band;
import org.dangjian.core.band.BandedTable;
import org.dangjian.core.band.Bound;
import org.dangjian.core.code.Jurisdiction;
import org.dangjian.core.decision.Approver;
import org.dangjian.core.decision.Decision;
import org.dangjian.core.decision.Outcome;
import org.dangjian.core.decision.Reason;
import org.dangjian.core.money.Money;
import org.dangjian.core.money.Rate;
import org.dangjian.core.parameter.PolicyParameters;
import org.dangjian.core.parameter.ResolvedParameters;
import org.dangjian.core.validation.InvalidInputException;
import org.dangjian.core.validation.Violations;
import org.dangjian.membership.MembershipRules;

/**
 * Dues (党费) as the jurisdiction's parameters set them on one date: monthly dues by category and base, hardship
 * relief, when dues start and when a new base applies, voluntary payments, dues accounts and roll-ups.
 *
 * <pre>{@code
 * DuesPolicy dues = DuesPolicy.at(PolicyParameters.nationalBaseline(), county, YearMonth.of(2026, 3));
 * dues.decideMonthlyDues(DuesBasis.employed(Money.yuan("5100.00"))).value();   // 76.50
 * dues.duesAmount(MemberCategory.EMPLOYED, Money.yuan("4900.00"));              // 49.00, no reasons
 * }</pre>
 *
 * <p><b>Bands.</b> The band a base falls in fixes the rate for the <em>whole</em> base (not marginal);
 * upper bounds are inclusive (“以上/以下” include the bound), so 3000.00 pays 0.5% and 3000.01 pays 1%.
 * The result is exact to the fen, rounded by {@code membership.dues.rounding} (default HALF_UP).
 *
 * <p><b>Two paths.</b> {@link #duesAmount(MemberCategory, Money)} is the lean value path: it reads
 * pre-resolved band arrays and allocates nothing beyond the result. {@link #decideMonthlyDues(DuesBasis)}
 * gives the same value with its reasons. They always agree.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class DuesPolicy {
    private final ResolvedParameters parameters;
    private final BandedTable<Money, Rate> employedBands;
    private final BandedTable<Money, Rate> retiredBands;
    private final long[] employedUpper;
    private final boolean[] employedInclusive;
    private final Rate[] employedRates;
    private final long[] retiredUpper;
    private final boolean[] retiredInclusive;
    private final Rate[] retiredRates;
    private final String employedText;
    private final String retiredText;
    private final String[] employedIntervals;
    private final String[] retiredIntervals;
    private final RoundingMode rounding;
    private final Money farmerMinimum;
    private final Money farmerMaximum;
    private final Money farmerAmount;
    private final Money minimalAmount;

    private DuesPolicy(ResolvedParameters p) {
        this.parameters = p;
        this.employedBands = p.find(DUES_EMPLOYED_BANDS).orElse(null);
        this.retiredBands = p.find(DUES_RETIRED_BANDS).orElse(null);
        this.rounding = p.find(DUES_ROUNDING).orElse(RoundingMode.HALF_UP);
        this.farmerMinimum = p.find(DUES_FARMER_MINIMUM).orElse(null);
        this.farmerMaximum = p.find(DUES_FARMER_MAXIMUM).orElse(null);
        this.farmerAmount = p.find(DUES_FARMER_AMOUNT).orElse(null);
        this.minimalAmount = p.find(DUES_MINIMAL_AMOUNT).orElse(null);
        int ne = employedBands == null ? 0 : employedBands.bands().size();
        this.employedUpper = new long[ne];
        this.employedInclusive = new boolean[ne];
        this.employedRates = new Rate[ne];
        fill(employedBands, employedUpper, employedInclusive, employedRates);
        int nr = retiredBands == null ? 0 : retiredBands.bands().size();
        this.retiredUpper = new long[nr];
        this.retiredInclusive = new boolean[nr];
        this.retiredRates = new Rate[nr];
        fill(retiredBands, retiredUpper, retiredInclusive, retiredRates);
        // texts for the reasons, written once
        this.employedText = String.valueOf(employedBands);
        this.retiredText = String.valueOf(retiredBands);
        this.employedIntervals = intervals(employedBands);
        this.retiredIntervals = intervals(retiredBands);
    }

    private static String[] intervals(BandedTable<Money, Rate> t) {
        if (t == null) {
            return new String[0];
        }
        String[] a = new String[t.bands().size()];
        for (int i = 0; i < a.length; i++) {
            a[i] = t.bands().get(i).interval();
        }
        return a;
    }

    private static void fill(BandedTable<Money, Rate> t, long[] upper, boolean[] inclusive, Rate[] rates) {
        if (t == null) {
            return;
        }
        for (int i = 0; i < upper.length; i++) {
            Band<Money, Rate> b = t.bands().get(i);
            Bound<Money> u = b.upper();
            upper[i] = u.isUnbounded() ? Long.MAX_VALUE : u.value().fen();
            inclusive[i] = u.isUnbounded() || u.isInclusive();
            rates[i] = b.value();
        }
    }

    /**
     * The policy for resolved parameters.
     *
     * @param parameters the parameters in force for a jurisdiction and date, not null
     * @return the policy, not null
     */
    public static DuesPolicy of(ResolvedParameters parameters) {
        return new DuesPolicy(Objects.requireNonNull(parameters, "parameters"));
    }

    /**
     * The policy for a month: the parameters in force on the month's first day, so a recomputation for a past
     * month uses the bands then in force.
     *
     * @param parameters the parameters with their local layers, not null
     * @param jurisdiction the jurisdiction, not null
     * @param month the month, not null
     * @return the policy, not null
     */
    public static DuesPolicy at(PolicyParameters parameters, Jurisdiction jurisdiction, YearMonth month) {
        return of(parameters.resolve(jurisdiction, month.atDay(1)));
    }

    /** @return the parameters the policy was built from, not null */
    public ResolvedParameters parameters() {
        return parameters;
    }

    /** @return the rounding mode in force, not null */
    public RoundingMode rounding() {
        return rounding;
    }

    /**
     * The monthly dues, without reasons: the lean value path. For income-based categories the base is the
     * monthly income the category reads (for the self-employed, the quarter's average).
     *
     * @param category the category, not null
     * @param base the base, not negative, not null
     * @return the dues, exact to the fen, not null
     * @throws InvalidInputException when the base is negative
     * @throws IllegalStateException when a figure the category needs has no value here (the decision path
     *     then says {@code INSUFFICIENT_DATA})
     */
    public Money duesAmount(MemberCategory category, Money base) {
        long fen = base.fen();
        if (fen < 0) {
            throw InvalidInputException.of("base", "a dues base must not be negative", base);
        }
        switch (category) {
            case EMPLOYED:
            case ANNUAL_SALARY:
            case SELF_EMPLOYED:
                return base.times(rateOf(fen, employedUpper, employedInclusive, employedRates), rounding);
            case RETIRED:
                return base.times(rateOf(fen, retiredUpper, retiredInclusive, retiredRates), rounding);
            case FARMER:
                return required(farmerAmount, DUES_FARMER_AMOUNT.name());
            default:
                return required(minimalAmount, DUES_MINIMAL_AMOUNT.name());
        }
    }

    private Money required(Money m, String name) {
        if (m == null) {
            throw new IllegalStateException("parameter " + name + " has no value for " + parameters.jurisdiction()
                    + " on " + parameters.date());
        }
        return m;
    }

    private Rate rateOf(long fen, long[] upper, boolean[] inclusive, Rate[] rates) {
        return rates[indexOf(fen, upper, inclusive)];
    }

    private int indexOf(long fen, long[] upper, boolean[] inclusive) {
        for (int i = 0; i < upper.length; i++) {
            if (fen < upper[i] || (inclusive[i] && fen == upper[i])) {
                return i;
            }
        }
        throw new IllegalStateException("no dues bands in force for " + parameters.jurisdiction() + " on "
                + parameters.date());
    }

    /**
     * The monthly dues with the reasons that fix them.
     *
     * <ul>
     *   <li>DETERMINED with the amount (MEM-DUES-001…006), the base computation (MEM-DUES-002/003) and, where a
     *       fraction of a fen was rounded, the rounding (MEM-DUES-011);</li>
     *   <li>NON_COMPLIANT with the amount when a farmer's amount lies outside 0.20–1.00;</li>
     *   <li>INSUFFICIENT_DATA when a figure the category needs is not set here (no bands before 2008-04-01; the
     *       farmers' amount; whether social contributions are deducted).</li>
     * </ul>
     *
     * @param basis the member's category and income, not null
     * @return the decision, not null
     */
    public Decision<Money> decideMonthlyDues(DuesBasis basis) {
        List<Reason> reasons = new ArrayList<>(3);
        switch (basis.category()) {
            case EMPLOYED: {
                Money income = basis.income().orElseThrow();
                Money base = income;
                if (basis.socialContributions().isPositive()) {
                    Boolean deduct = parameters.find(DUES_DEDUCT_SOCIAL_CONTRIBUTIONS).orElse(null);
                    if (deduct == null) {
                        return Decision.insufficientData(List.of(Reason.of(MembershipRules.DUES_EMPLOYED_BASE,
                                "dues.deduction.unset").read(DUES_DEDUCT_SOCIAL_CONTRIBUTIONS.name(), "未设置")));
                    }
                    if (deduct) {
                        base = income.isGreaterThan(basis.socialContributions())
                                ? income.minus(basis.socialContributions()) : Money.ZERO;
                    }
                    reasons.add(Reason.of(MembershipRules.DUES_EMPLOYED_BASE, deduct ? "dues.base.deducted"
                            : "dues.base.notDeducted").with("income", income)
                            .with("contributions", basis.socialContributions()).with("base", base)
                            .read(DUES_DEDUCT_SOCIAL_CONTRIBUTIONS.name(), deduct));
                }
                return employed(base, reasons);
            }
            case ANNUAL_SALARY: {
                Money base = basis.income().orElseThrow();
                reasons.add(Reason.of(MembershipRules.DUES_OTHER_BASES, "dues.base.annualSalary").with("base", base));
                return employed(base, reasons);
            }
            case SELF_EMPLOYED: {
                Money base;
                if (basis.quarterIncomes().isEmpty()) {
                    base = basis.income().orElseThrow();
                    reasons.add(Reason.of(MembershipRules.DUES_OTHER_BASES, "dues.base.selfEmployedAverage")
                            .with("base", base));
                } else {
                    Money sum = Money.ZERO;
                    for (Money m : basis.quarterIncomes()) {
                        sum = sum.plus(m);
                    }
                    base = sum.dividedBy(basis.quarterIncomes().size(), rounding);
                    reasons.add(Reason.of(MembershipRules.DUES_OTHER_BASES, "dues.base.selfEmployed")
                            .with("incomes", basis.quarterIncomes()).with("base", base)
                            .read(DUES_ROUNDING.name(), rounding));
                }
                return employed(base, reasons);
            }
            case RETIRED:
                return banded(basis.income().orElseThrow(), retiredBands == null, retiredUpper, retiredInclusive,
                        retiredRates, retiredIntervals, retiredText, MembershipRules.DUES_RETIRED,
                        DUES_RETIRED_BANDS.name(), reasons);
            case FARMER:
                return farmer(basis);
            default: {
                if (minimalAmount == null) {
                    return Decision.insufficientData(List.of(Reason.of(MembershipRules.DUES_MINIMAL,
                            "dues.parameter.unset").with("parameter", DUES_MINIMAL_AMOUNT.name())));
                }
                return Decision.determined(minimalAmount, List.of(Reason.of(MembershipRules.DUES_MINIMAL, "dues.minimal")
                        .with("category", basis.category().label()).read(DUES_MINIMAL_AMOUNT.name(), minimalAmount)));
            }
        }
    }

    private Decision<Money> employed(Money base, List<Reason> reasons) {
        return banded(base, employedBands == null, employedUpper, employedInclusive, employedRates, employedIntervals,
                employedText, MembershipRules.DUES_EMPLOYED, DUES_EMPLOYED_BANDS.name(), reasons);
    }

    private Decision<Money> banded(Money base, boolean unset, long[] upper, boolean[] inclusive, Rate[] rates,
            String[] intervals, String bandsText, org.dangjian.core.rule.Rule rule, String parameter,
            List<Reason> reasons) {
        if (unset) {
            reasons.add(Reason.of(rule, "dues.parameter.unset").with("parameter", parameter));
            return Decision.insufficientData(reasons);
        }
        int i = indexOf(base.fen(), upper, inclusive);
        Rate rate = rates[i];
        Money amount = base.times(rate, rounding);
        reasons.add(Reason.of(rule, "dues.band").with("base", base).with("band", intervals[i])
                .with("rate", rate).with("amount", amount).read(parameter, bandsText));
        // a fraction of a fen was rounded when the product is not a whole number of fen
        if (Math.multiplyExact(base.fen(), rate.millionths()) % 1_000_000L != 0) {
            reasons.add(Reason.of(MembershipRules.DUES_ROUNDING_RULE, "dues.rounded").with("amount", amount)
                    .read(DUES_ROUNDING.name(), rounding));
        }
        return Decision.determined(amount, reasons);
    }

    private Decision<Money> farmer(DuesBasis basis) {
        Money amount = basis.fixedAmount().orElse(farmerAmount);
        if (amount == null) {
            return Decision.insufficientData(List.of(Reason.of(MembershipRules.DUES_FARMER, "dues.farmer.unset")
                    .with("parameter", DUES_FARMER_AMOUNT.name())));
        }
        if (farmerMinimum == null || farmerMaximum == null) {
            return Decision.insufficientData(List.of(Reason.of(MembershipRules.DUES_FARMER, "dues.parameter.unset")
                    .with("parameter", DUES_FARMER_MINIMUM.name() + ", " + DUES_FARMER_MAXIMUM.name())));
        }
        boolean within = !amount.isLessThan(farmerMinimum) && !amount.isGreaterThan(farmerMaximum);
        Reason r = Reason.of(MembershipRules.DUES_FARMER, within ? "dues.farmer" : "dues.farmer.outOfRange")
                .with("amount", amount).with("by", basis.fixedAmount().isPresent() ? "党支部" : "本地规定")
                .read(DUES_FARMER_MINIMUM.name(), farmerMinimum).read(DUES_FARMER_MAXIMUM.name(), farmerMaximum);
        return within ? Decision.determined(amount, List.of(r)) : Decision.of(Outcome.NON_COMPLIANT, amount, r);
    }

    /**
     * A member in hardship asks to pay less or nothing: allowed only after the branch discusses it and the
     * next-higher committee approves (党费规定 第七条).
     *
     * @param basis the member's basis, not null
     * @param proposed the amount proposed, from zero to the standard dues, not null
     * @return REQUIRES_APPROVAL by the higher committee with the proposed amount; DETERMINED with the standard
     *     dues when the proposal is no reduction; the dues decision itself when it is not determined
     * @throws InvalidInputException when the proposal is negative or above the standard dues
     */
    public Decision<Money> decideHardshipRelief(DuesBasis basis, Money proposed) {
        Decision<Money> standard = decideMonthlyDues(basis);
        if (standard.outcome() != Outcome.DETERMINED) {
            return standard;
        }
        Violations v = new Violations();
        v.check(!proposed.isNegative(), "proposed", "a reduced amount must not be negative", proposed);
        v.check(!proposed.isGreaterThan(standard.value()), "proposed",
                "a reduced amount is at most the standard dues " + standard.value(), proposed);
        v.throwIfAny();
        if (proposed.equals(standard.value())) {
            return standard;
        }
        Reason r = Reason.of(MembershipRules.DUES_HARDSHIP, proposed.isZero() ? "dues.hardship.exempt"
                : "dues.hardship.reduce").with("standard", standard.value()).with("proposed", proposed);
        List<Reason> all = new ArrayList<>(standard.reasons());
        all.add(r);
        return Decision.requiresApproval(Approver.HIGHER_PARTY_COMMITTEE, proposed, all);
    }

    /**
     * The first month a probationary member pays: the month of the branch meeting that admitted the member
     * (党费规定 第八条).
     *
     * @param admissionMeeting the day the branch meeting admitted the member, not null
     * @return DETERMINED with the month, not null
     */
    public Decision<YearMonth> decideDuesStart(LocalDate admissionMeeting) {
        YearMonth m = YearMonth.from(admissionMeeting);
        return Decision.determined(m, List.of(Reason.of(MembershipRules.DUES_PROBATIONARY_START, "dues.start")
                .with("meeting", admissionMeeting).with("month", m)));
    }

    /**
     * The month from which a changed income is the base, by {@code membership.dues.baseAdjustment}: the month
     * the new wage is first paid, or the jurisdiction's yearly review month at or after it.
     *
     * @param firstPaid the month the new wage is first paid, not null
     * @return DETERMINED with the month; INSUFFICIENT_DATA when the yearly review month is not set, not null
     */
    public Decision<YearMonth> decideNewBaseMonth(YearMonth firstPaid) {
        BaseAdjustment how = parameters.find(DUES_BASE_ADJUSTMENT).orElse(BaseAdjustment.MONTH_FIRST_PAID);
        if (how == BaseAdjustment.MONTH_FIRST_PAID) {
            return Decision.determined(firstPaid, List.of(Reason.of(MembershipRules.DUES_BASE_ADJUSTMENT_RULE,
                    "dues.newBase.firstPaid").with("month", firstPaid).read(DUES_BASE_ADJUSTMENT.name(), how)));
        }
        Integer reviewMonth = parameters.find(DUES_ANNUAL_REVIEW_MONTH).orElse(null);
        if (reviewMonth == null) {
            return Decision.insufficientData(List.of(Reason.of(MembershipRules.DUES_BASE_ADJUSTMENT_RULE,
                    "dues.parameter.unset").with("parameter", DUES_ANNUAL_REVIEW_MONTH.name())));
        }
        YearMonth m = firstPaid.withMonth(reviewMonth);
        if (m.isBefore(firstPaid)) {
            m = m.plusYears(1);
        }
        return Decision.determined(m, List.of(Reason.of(MembershipRules.DUES_BASE_ADJUSTMENT_RULE,
                "dues.newBase.annual").with("firstPaid", firstPaid).with("month", m)
                .read(DUES_BASE_ADJUSTMENT.name(), how).read(DUES_ANNUAL_REVIEW_MONTH.name(), reviewMonth)));
    }

    /**
     * A voluntary extra payment: accepted in any amount; a one-off payment at or above
     * {@code membership.dues.voluntaryCentralThreshold} (1000.00) goes entirely to the Central Committee.
     *
     * @param amount the one-off amount, positive, not null
     * @return DETERMINED with where it goes, not null
     * @throws InvalidInputException when the amount is not positive
     */
    public Decision<VoluntaryDestination> decideVoluntaryPayment(Money amount) {
        if (!amount.isPositive()) {
            throw InvalidInputException.of("amount", "a voluntary payment is positive", amount);
        }
        Money threshold = parameters.find(DUES_VOLUNTARY_CENTRAL_THRESHOLD).orElse(null);
        if (threshold == null) {
            return Decision.insufficientData(List.of(Reason.of(MembershipRules.DUES_VOLUNTARY, "dues.parameter.unset")
                    .with("parameter", DUES_VOLUNTARY_CENTRAL_THRESHOLD.name())));
        }
        VoluntaryDestination d = amount.isLessThan(threshold) ? VoluntaryDestination.ORDINARY
                : VoluntaryDestination.CENTRAL_COMMITTEE;
        return Decision.determined(d, List.of(Reason.of(MembershipRules.DUES_VOLUNTARY, "dues.voluntary")
                .with("amount", amount).with("destination", d.label())
                .read(DUES_VOLUNTARY_CENTRAL_THRESHOLD.name(), threshold)));
    }

    /**
     * Where an account stands in a month. Months up to and including {@code asOf} are due; payments made up
     * to {@code asOf} cover the oldest open month first. The months in a row unpaid are the latest due months
     * not covered; an excused month (a good reason) breaks the run.
     *
     * <ul>
     *   <li>REQUIRES_APPROVAL by the branch when the run reaches {@code membership.arrears.selfWithdrawalMonths}
     *       (6): treated as self-withdrawal (党费规定 第十三条; the higher committee then approves);</li>
     *   <li>NON_COMPLIANT when dues are owed (noting back payment beyond 6 months, 第十二条);</li>
     *   <li>COMPLIANT otherwise.</li>
     * </ul>
     *
     * @param account the account, not null
     * @param asOf the month assessed, not before the account's first month, not null
     * @return the decision with the standing, not null
     * @throws InvalidInputException when {@code asOf} is before the account's first month
     */
    public Decision<DuesStanding> assessAccount(DuesAccount account, YearMonth asOf) {
        List<DuesMonth> months = account.months();
        if (asOf.isBefore(months.get(0).month())) {
            throw InvalidInputException.of("asOf", "a standing is assessed from the month dues started, "
                    + months.get(0).month(), asOf);
        }
        Money expected = Money.ZERO;
        Money paid = Money.ZERO;
        Money voluntary = Money.ZERO;
        int due = 0;
        for (DuesMonth m : months) {
            if (m.month().isAfter(asOf)) {
                break;
            }
            expected = expected.plus(m.expected());
            paid = paid.plus(m.paid());
            voluntary = voluntary.plus(m.voluntary());
            due++;
        }
        Money cumulative = Money.ZERO;
        int open = 0;
        int run = 0;
        YearMonth paidThrough = null;
        for (int i = 0; i < due; i++) {
            DuesMonth m = months.get(i);
            cumulative = cumulative.plus(m.expected());
            if (!cumulative.isGreaterThan(paid)) {
                paidThrough = m.month();
                run = 0;
            } else {
                open++;
                run = m.isExcused() ? 0 : run + 1;
            }
        }
        DuesStanding s = new DuesStanding(account.memberRef(), asOf, expected, paid, open, run, paidThrough,
                voluntary);
        int limit = parameters.find(ARREARS_SELF_WITHDRAWAL_MONTHS).orElse(Integer.MAX_VALUE);
        int backLimit = parameters.find(DUES_BACK_PAYMENT_MONTHS).orElse(Integer.MAX_VALUE);
        List<Reason> reasons = new ArrayList<>();
        reasons.add(Reason.of(MembershipRules.ARR_MONTHLY, s.isInArrears() ? "arrears.owed" : "arrears.none")
                .with("expected", expected).with("paid", paid).with("arrears", s.arrears())
                .with("advance", s.advance()).with("open", open));
        if (open > backLimit) {
            reasons.add(Reason.of(MembershipRules.ARR_BACK_PAYMENT, "arrears.backPayment").with("open", open)
                    .read(DUES_BACK_PAYMENT_MONTHS.name(), backLimit));
        }
        if (run >= limit) {
            reasons.add(Reason.of(MembershipRules.ARR_SIX_MONTHS, "arrears.selfWithdrawal").with("run", run)
                    .read(ARREARS_SELF_WITHDRAWAL_MONTHS.name(), limit));
            return Decision.requiresApproval(Approver.BRANCH, s, reasons);
        }
        if (run > 0 && limit != Integer.MAX_VALUE) {
            reasons.add(Reason.of(MembershipRules.ARR_SIX_MONTHS, "arrears.run").with("run", run)
                    .with("left", limit - run).read(ARREARS_SELF_WITHDRAWAL_MONTHS.name(), limit));
        }
        return Decision.of(s.isInArrears() ? Outcome.NON_COMPLIANT : Outcome.COMPLIANT, s, reasons);
    }

    /**
     * Rolls branches up to a jurisdiction and, where it sets {@code membership.dues.remittanceRate} (grade C:
     * no national default), computes the amount remitted upward from what was collected.
     *
     * @param jurisdiction the jurisdiction, not null
     * @param branches the branches' summaries, each inside the jurisdiction and listed once, not null
     * @return DETERMINED with the remittance; INSUFFICIENT_DATA with the sums but no remittance when the rate
     *     is not set, not null
     * @throws InvalidInputException listing every branch outside the jurisdiction or listed twice
     */
    public Decision<JurisdictionDuesSummary> rollUp(Jurisdiction jurisdiction, List<BranchDuesSummary> branches) {
        Violations v = new Violations();
        java.util.Set<String> seen = new java.util.HashSet<>();
        int members = 0;
        int inArrears = 0;
        Money expected = Money.ZERO;
        Money collected = Money.ZERO;
        Money outstanding = Money.ZERO;
        Money voluntary = Money.ZERO;
        for (int i = 0; i < branches.size(); i++) {
            BranchDuesSummary b = branches.get(i);
            v.check(jurisdiction.contains(b.jurisdiction()), "branches[" + i + "].jurisdiction",
                    "the branch is not inside " + jurisdiction, b.jurisdiction());
            v.check(seen.add(b.branchId()), "branches[" + i + "].branchId", "branch listed twice", b.branchId());
            members += b.members();
            inArrears += b.membersInArrears();
            expected = expected.plus(b.expected());
            collected = collected.plus(b.collected());
            outstanding = outstanding.plus(b.outstanding());
            voluntary = voluntary.plus(b.voluntary());
        }
        v.throwIfAny();
        Rate rate = parameters.find(DUES_REMITTANCE_RATE).orElse(null);
        if (rate == null) {
            JurisdictionDuesSummary s = new JurisdictionDuesSummary(jurisdiction, branches.size(), members, inArrears,
                    expected, collected, outstanding, voluntary, null, null);
            return Decision.of(Outcome.INSUFFICIENT_DATA, s, Reason.of(MembershipRules.DUES_REMITTANCE,
                    "dues.remittance.unset").with("parameter", DUES_REMITTANCE_RATE.name()));
        }
        Money remittance = collected.times(rate, rounding);
        JurisdictionDuesSummary s = new JurisdictionDuesSummary(jurisdiction, branches.size(), members, inArrears,
                expected, collected, outstanding, voluntary, rate, remittance);
        return Decision.determined(s, List.of(Reason.of(MembershipRules.DUES_REMITTANCE, "dues.remittance")
                .with("collected", collected).with("remittance", remittance).read(DUES_REMITTANCE_RATE.name(), rate)));
    }
}
