package org.dangjian.membership.disposal;

import static org.dangjian.membership.MembershipParameters.*;

import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.dangjian.core.decision.Approver;
import org.dangjian.core.decision.Decision;
import org.dangjian.core.decision.Outcome;
import org.dangjian.core.decision.Reason;
import org.dangjian.core.parameter.ResolvedParameters;
import org.dangjian.core.time.TimeLimits;
import org.dangjian.core.validation.InvalidInputException;
import org.dangjian.membership.MembershipRules;
import org.dangjian.membership.internal.PeriodText;

/**
 * Disposal of unqualified members as the parameters set it: the next measure of a case with who approves it,
 * the correction deadline (normally 6 months, at most 12), self-withdrawal after six months, and the five-year
 * bar on re-admission.
 *
 * <pre>{@code
 * DisposalPolicy policy = DisposalPolicy.of(PolicyParameters.nationalBaseline().resolve(county, asOf));
 * policy.decideNextMeasure(disposalCase, asOf);   // REQUIRES_APPROVAL: ADVISED_TO_WITHDRAW from 2026-07-11
 * policy.decideCorrectionDeadline(decidedOn, Period.ofMonths(13));   // NON_COMPLIANT
 * }</pre>
 *
 * <p>This class is immutable and thread-safe.
 */
public final class DisposalPolicy {
    private final ResolvedParameters parameters;

    private DisposalPolicy(ResolvedParameters parameters) {
        this.parameters = parameters;
    }

    /**
     * The policy for resolved parameters.
     *
     * @param parameters the parameters in force for a jurisdiction and date, not null
     * @return the policy, not null
     */
    public static DisposalPolicy of(ResolvedParameters parameters) {
        return new DisposalPolicy(Objects.requireNonNull(parameters, "parameters"));
    }

    private static int rank(DisposalMeasure m) {
        switch (m) {
            case CORRECTION_DEADLINE:
                return 0;
            case REMOVAL:
                return 2;
            default:
                return 1;
        }
    }

    /**
     * The correction deadline: the normal period (6 months) from the decision.
     *
     * @param decidedOn the day the correction was decided, not null
     * @return DETERMINED with the deadline, not null
     */
    public Decision<LocalDate> decideCorrectionDeadline(LocalDate decidedOn) {
        Period normal = parameters.find(DISPOSAL_CORRECTION_PERIOD).orElse(null);
        if (normal == null) {
            return Decision.insufficientData(List.of(Reason.of(MembershipRules.DISP_CORRECTION, "parameter.unset")
                    .with("parameter", DISPOSAL_CORRECTION_PERIOD.name())));
        }
        return decideCorrectionDeadline(decidedOn, normal);
    }

    /**
     * A correction deadline of a chosen length: at most the maximum (12 months).
     *
     * @param decidedOn the day the correction was decided, not null
     * @param length the length chosen, positive, not null
     * @return DETERMINED with the deadline; NON_COMPLIANT with it when longer than the maximum, not null
     */
    public Decision<LocalDate> decideCorrectionDeadline(LocalDate decidedOn, Period length) {
        if (length.isNegative() || length.isZero()) {
            throw InvalidInputException.of("length", "a correction period is positive", length);
        }
        Period max = parameters.find(DISPOSAL_CORRECTION_MAXIMUM).orElse(null);
        if (max == null) {
            return Decision.insufficientData(List.of(Reason.of(MembershipRules.DISP_CORRECTION, "parameter.unset")
                    .with("parameter", DISPOSAL_CORRECTION_MAXIMUM.name())));
        }
        LocalDate deadline = TimeLimits.endOf(decidedOn, length);
        LocalDate latest = TimeLimits.endOf(decidedOn, max);
        boolean ok = !deadline.isAfter(latest);
        return Decision.of(ok ? Outcome.DETERMINED : Outcome.NON_COMPLIANT, deadline,
                PeriodText.with(PeriodText.with(Reason.of(MembershipRules.DISP_CORRECTION,
                        ok ? "disp.correction.deadline" : "disp.correction.tooLong").with("deadline", deadline)
                        .with("latest", latest).read(DISPOSAL_CORRECTION_MAXIMUM.name(), max), "length", length),
                        "maximum", max));
    }

    /**
     * The next measure of a case on a date, in the order correction → advice to withdraw → removal; a
     * probationary member is not advised to withdraw (extend or cancel probation instead); a member already
     * disciplined for the matter is not disposed of.
     *
     * @param c the case, not null
     * @param asOf the date, not null
     * @return REQUIRES_APPROVAL with the next measure and its approver; DETERMINED while a correction deadline
     *     runs; NOT_APPLICABLE when the case is closed or already disciplined; NON_COMPLIANT (no value) when the
     *     steps taken break the order or the deadlines, not null
     */
    public Decision<NextMeasure> decideNextMeasure(DisposalCase c, LocalDate asOf) {
        if (c.isAlreadyDisciplined()) {
            return Decision.of(Outcome.NOT_APPLICABLE, null, Reason.of(MembershipRules.DISP_NO_DOUBLE, "disp.disciplined"));
        }
        Period max = parameters.find(DISPOSAL_CORRECTION_MAXIMUM).orElse(null);
        List<Reason> problems = new ArrayList<>();
        int previousRank = -1;
        LocalDate correctionDeadline = null;
        boolean closed = false;
        for (DisposalStep s : c.steps()) {
            DisposalMeasure m = s.measure();
            if (closed) {
                problems.add(Reason.of(MembershipRules.DISP_ORDER, "disp.order.closed").with("measure", m.label())
                        .with("date", s.date()));
            } else if (rank(m) != previousRank + 1) {
                problems.add(Reason.of(MembershipRules.DISP_ORDER, "disp.order").with("measure", m.label())
                        .with("date", s.date()));
            }
            if (m == DisposalMeasure.ADVISED_TO_WITHDRAW && c.status() == MemberStatus.PROBATIONARY_MEMBER) {
                problems.add(Reason.of(MembershipRules.DISP_PROBATIONARY, "disp.probationary.advised"));
            }
            if (m == DisposalMeasure.EXTEND_OR_CANCEL_PROBATION && c.status() == MemberStatus.FULL_MEMBER) {
                problems.add(Reason.of(MembershipRules.DISP_PROBATIONARY, "disp.full.extend"));
            }
            if (m == DisposalMeasure.CORRECTION_DEADLINE) {
                correctionDeadline = s.deadline().orElseThrow();
                if (max != null && correctionDeadline.isAfter(TimeLimits.endOf(s.date(), max))) {
                    problems.add(PeriodText.with(Reason.of(MembershipRules.DISP_CORRECTION, "disp.correction.tooLong")
                            .with("lengthZh", s.date() + "至" + correctionDeadline)
                            .with("lengthEn", s.date() + " to " + correctionDeadline).with("deadline", correctionDeadline)
                            .with("latest", TimeLimits.endOf(s.date(), max))
                            .read(DISPOSAL_CORRECTION_MAXIMUM.name(), max), "maximum", max));
                }
            } else if (rank(m) == 1 && correctionDeadline != null && !s.date().isAfter(correctionDeadline)) {
                problems.add(Reason.of(MembershipRules.DISP_CORRECTION, "disp.correction.running")
                        .with("measure", m.label()).with("date", s.date()).with("deadline", correctionDeadline));
            }
            previousRank = Math.max(previousRank, rank(m));
            closed |= s.isResolved() || m == DisposalMeasure.REMOVAL || m == DisposalMeasure.EXTEND_OR_CANCEL_PROBATION;
        }
        if (!problems.isEmpty()) {
            return Decision.of(Outcome.NON_COMPLIANT, null, problems);
        }
        if (c.steps().isEmpty()) {
            Decision<LocalDate> deadline = decideCorrectionDeadline(asOf);
            List<Reason> reasons = new ArrayList<>();
            reasons.add(Reason.of(MembershipRules.DISP_ORDER, "disp.next.correction").with("found", c.foundOn()));
            reasons.addAll(deadline.reasons());
            return Decision.requiresApproval(Approver.BRANCH_GENERAL_MEETING,
                    new NextMeasure(DisposalMeasure.CORRECTION_DEADLINE, c.foundOn()), reasons);
        }
        DisposalStep last = c.steps().get(c.steps().size() - 1);
        if (closed) {
            return Decision.of(Outcome.NOT_APPLICABLE, null, Reason.of(MembershipRules.DISP_ORDER, "disp.closed")
                    .with("measure", last.measure().label()).with("date", last.date()));
        }
        if (last.measure() == DisposalMeasure.CORRECTION_DEADLINE) {
            LocalDate deadline = last.deadline().orElseThrow();
            boolean probationary = c.status() == MemberStatus.PROBATIONARY_MEMBER;
            DisposalMeasure next = probationary ? DisposalMeasure.EXTEND_OR_CANCEL_PROBATION
                    : DisposalMeasure.ADVISED_TO_WITHDRAW;
            NextMeasure n = new NextMeasure(next, deadline.plusDays(1));
            List<Reason> reasons = new ArrayList<>();
            reasons.add(Reason.of(MembershipRules.DISP_ORDER, asOf.isAfter(deadline) ? "disp.next.after"
                    : "disp.next.waiting").with("measure", next.label()).with("deadline", deadline));
            if (probationary) {
                reasons.add(Reason.of(MembershipRules.DISP_PROBATIONARY, "disp.probationary"));
            }
            return asOf.isAfter(deadline) ? Decision.requiresApproval(Approver.HIGHER_PARTY_COMMITTEE, n, reasons)
                    : Decision.of(Outcome.DETERMINED, n, reasons);
        }
        return Decision.requiresApproval(Approver.HIGHER_PARTY_COMMITTEE,
                new NextMeasure(DisposalMeasure.REMOVAL, last.date()), List.of(Reason.of(MembershipRules.DISP_ORDER,
                        "disp.next.removal").with("date", last.date())));
    }

    /**
     * Whether someone advised to withdraw or removed may be admitted again on an application date: not within
     * five years of the measure.
     *
     * @param measure the measure that ended the membership, not null
     * @param disposedOn the day of the measure, not null
     * @param applicationDate the day of the new application, not null
     * @return COMPLIANT (true) or NON_COMPLIANT (false) with the bar; NOT_APPLICABLE for other measures, not null
     */
    public Decision<Boolean> decideReadmission(DisposalMeasure measure, LocalDate disposedOn, LocalDate applicationDate) {
        if (measure != DisposalMeasure.ADVISED_TO_WITHDRAW && measure != DisposalMeasure.REMOVAL) {
            return Decision.of(Outcome.NOT_APPLICABLE, true, Reason.of(MembershipRules.DISP_READMISSION,
                    "disp.readmission.na").with("measure", measure.label()));
        }
        Period bar = parameters.find(DISPOSAL_READMISSION_BAR).orElse(null);
        if (bar == null) {
            return Decision.insufficientData(List.of(Reason.of(MembershipRules.DISP_READMISSION, "parameter.unset")
                    .with("parameter", DISPOSAL_READMISSION_BAR.name())));
        }
        LocalDate earliest = TimeLimits.endOf(disposedOn, bar);
        boolean ok = !applicationDate.isBefore(earliest);
        return Decision.of(ok ? Outcome.COMPLIANT : Outcome.NON_COMPLIANT, ok, Reason.of(MembershipRules.DISP_READMISSION,
                ok ? "disp.readmission.ok" : "disp.readmission.barred").with("measure", measure.label())
                .with("disposed", disposedOn).with("earliest", earliest).with("periodZh", PeriodText.zh(bar))
                .with("periodEn", PeriodText.en(bar)).read(DISPOSAL_READMISSION_BAR.name(), bar));
    }

    /**
     * Self-withdrawal (党章 第九条): six consecutive months without organizational life, or without paying
     * dues, or without doing assigned work, without good reason. The branch meeting decides removal and the
     * higher organization approves.
     *
     * @param monthsWithoutLife consecutive months without organizational life, not negative
     * @param monthsWithoutDues consecutive months without paying dues, not negative
     * @param monthsWithoutWork consecutive months without doing assigned work, not negative
     * @param goodReason whether a good reason (illness, posting abroad …) explains it
     * @return REQUIRES_APPROVAL by the branch with REMOVAL when a count reaches the limit; COMPLIANT otherwise,
     *     not null
     * @throws InvalidInputException listing every negative count
     */
    public Decision<DisposalMeasure> decideSelfWithdrawal(int monthsWithoutLife, int monthsWithoutDues,
            int monthsWithoutWork, boolean goodReason) {
        org.dangjian.core.validation.Violations v = new org.dangjian.core.validation.Violations();
        v.check(monthsWithoutLife >= 0, "monthsWithoutLife", "must not be negative", monthsWithoutLife);
        v.check(monthsWithoutDues >= 0, "monthsWithoutDues", "must not be negative", monthsWithoutDues);
        v.check(monthsWithoutWork >= 0, "monthsWithoutWork", "must not be negative", monthsWithoutWork);
        v.throwIfAny();
        Integer limit = parameters.find(DISPOSAL_ABSENCE_MONTHS).orElse(null);
        if (limit == null) {
            return Decision.insufficientData(List.of(Reason.of(MembershipRules.DISP_ABSENCE, "parameter.unset")
                    .with("parameter", DISPOSAL_ABSENCE_MONTHS.name())));
        }
        int longest = Math.max(monthsWithoutLife, Math.max(monthsWithoutDues, monthsWithoutWork));
        if (longest >= limit && !goodReason) {
            return Decision.requiresApproval(Approver.BRANCH, DisposalMeasure.REMOVAL, List.of(Reason.of(
                    MembershipRules.DISP_ABSENCE, "disp.absence").with("life", monthsWithoutLife)
                    .with("dues", monthsWithoutDues).with("work", monthsWithoutWork)
                    .read(DISPOSAL_ABSENCE_MONTHS.name(), limit)));
        }
        return Decision.of(Outcome.COMPLIANT, null, Reason.of(MembershipRules.DISP_ABSENCE,
                goodReason && longest >= limit ? "disp.absence.excused" : "disp.absence.below").with("months", longest)
                .read(DISPOSAL_ABSENCE_MONTHS.name(), limit));
    }
}
