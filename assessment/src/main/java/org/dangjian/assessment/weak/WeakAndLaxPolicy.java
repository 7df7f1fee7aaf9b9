package org.dangjian.assessment.weak;

import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.dangjian.assessment.AssessmentParameters;
import org.dangjian.assessment.AssessmentRules;
import org.dangjian.core.decision.Decision;
import org.dangjian.core.decision.Outcome;
import org.dangjian.core.decision.Reason;
import org.dangjian.core.money.Rate;
import org.dangjian.core.organization.PartyOrganization;
import org.dangjian.core.organization.PartyOrganizationLevel;
import org.dangjian.core.parameter.ResolvedParameters;
import org.dangjian.core.time.TimeLimits;

/**
 * Detects weak and lax Party organizations (软弱涣散): each situation of the list is a separate, cited check;
 * an organization is flagged when any holds (ASM-WEAK-001).
 *
 * <pre>{@code
 * WeakAndLaxPolicy weak = WeakAndLaxPolicy.of(params.adopt(county, AssessmentRules.WEAK_AND_LAX_TRIGGERS, from)
 *         .resolve(county, asOf));
 * Decision<WeakAndLaxFinding> d = weak.assess(facts, asOf);
 * d.outcome();   // NON_COMPLIANT: flagged; INSUFFICIENT_DATA: nothing held but something could not be judged
 * }</pre>
 *
 * <p>The local triggers (a vacancy longer than 3 months, 2 years without admission while candidates exist,
 * satisfaction below 60%) are grade C parameters with no national default: until a jurisdiction sets them
 * (or adopts {@link AssessmentRules#WEAK_AND_LAX_TRIGGERS}) the criteria that need them are not determinable.
 * The terms (3 years for a branch or general branch, 5 for a primary committee; 任期意见) and the postponement
 * of at most a year (选举条例 第三条) are national. This class is immutable and thread-safe.
 */
public final class WeakAndLaxPolicy {
    private final Optional<Period> vacancyLimit;
    private final Optional<Period> noAdmissionPeriod;
    private final Optional<Rate> minSatisfaction;
    private final Period branchTerm;
    private final Period committeeTerm;
    private final Period maxPostponement;

    private WeakAndLaxPolicy(ResolvedParameters p) {
        this.vacancyLimit = p.find(AssessmentParameters.SECRETARY_VACANCY_LIMIT);
        this.noAdmissionPeriod = p.find(AssessmentParameters.NO_ADMISSION_PERIOD);
        this.minSatisfaction = p.find(AssessmentParameters.MIN_SATISFACTION);
        this.branchTerm = p.get(AssessmentParameters.BRANCH_TERM);
        this.committeeTerm = p.get(AssessmentParameters.COMMITTEE_TERM);
        this.maxPostponement = p.get(AssessmentParameters.MAX_POSTPONEMENT);
    }

    /**
     * The policy in force for resolved parameters.
     *
     * @param parameters the resolved parameters, not null
     * @return the policy, not null
     */
    public static WeakAndLaxPolicy of(ResolvedParameters parameters) {
        return new WeakAndLaxPolicy(parameters);
    }

    /** The verdict of one criterion. */
    private enum Verdict { HELD, NOT_HELD, UNDETERMINED }

    /**
     * Checks every criterion.
     *
     * @param facts the facts, not null
     * @param asOf the as-of date, not null
     * @return {@code NON_COMPLIANT} when flagged, {@code INSUFFICIENT_DATA} when nothing held but some criterion
     *     could not be judged, else {@code COMPLIANT}; the value is the finding in every case; one reason per
     *     criterion, then the summary (ASM-WEAK-001), not null
     */
    public Decision<WeakAndLaxFinding> assess(WeakAndLaxFacts facts, LocalDate asOf) {
        Objects.requireNonNull(facts, "facts");
        Objects.requireNonNull(asOf, "asOf");
        List<Reason> reasons = new ArrayList<>();
        List<WeakAndLaxCriterion> held = new ArrayList<>();
        List<WeakAndLaxCriterion> undetermined = new ArrayList<>();
        for (WeakAndLaxCriterion c : WeakAndLaxCriterion.values()) {
            Verdict v = check(c, facts, asOf, reasons);
            if (v == Verdict.HELD) {
                held.add(c);
            } else if (v == Verdict.UNDETERMINED) {
                undetermined.add(c);
            }
        }
        WeakAndLaxFinding finding = WeakAndLaxFinding.of(facts.getOrganization().getId(), held, undetermined);
        Outcome outcome;
        if (!held.isEmpty()) {
            outcome = Outcome.NON_COMPLIANT;
            reasons.add(Reason.of(AssessmentRules.WEAK_ANY, "weak.flagged").with("count", held.size()));
        } else if (!undetermined.isEmpty()) {
            outcome = Outcome.INSUFFICIENT_DATA;
            reasons.add(Reason.of(AssessmentRules.WEAK_ANY, "weak.undetermined").with("count", undetermined.size()));
        } else {
            outcome = Outcome.COMPLIANT;
            reasons.add(Reason.of(AssessmentRules.WEAK_ANY, "weak.clear"));
        }
        return Decision.of(outcome, finding, reasons);
    }

    private Verdict check(WeakAndLaxCriterion c, WeakAndLaxFacts f, LocalDate asOf, List<Reason> reasons) {
        PartyOrganization org = f.getOrganization();
        switch (c) {
            case SECRETARY_VACANT: {
                if (org.getSecretaryVacantSince().isEmpty()) {
                    return verdict(c, Verdict.NOT_HELD, reasons);
                }
                LocalDate since = org.getSecretaryVacantSince().get();
                if (vacancyLimit.isEmpty()) {
                    return missing(c, AssessmentParameters.SECRETARY_VACANCY_LIMIT.name(), reasons);
                }
                boolean longer = asOf.isAfter(TimeLimits.endOf(since, vacancyLimit.get()));
                reasons.add(Reason.of(c.rule(), longer ? "weak.vacancy.held" : "weak.vacancy.notHeld")
                        .with("since", since).read(AssessmentParameters.SECRETARY_VACANCY_LIMIT.name(),
                                vacancyLimit.get()));
                return longer ? Verdict.HELD : Verdict.NOT_HELD;
            }
            case TERM_OVERDUE: {
                if (org.getTermStart().isEmpty()) {
                    return missing(c, "organization.termStart", reasons);
                }
                boolean committee = org.getLevel() == PartyOrganizationLevel.PRIMARY_COMMITTEE;
                Period term = committee ? committeeTerm : branchTerm;
                LocalDate due = TimeLimits.endOf(org.getTermStart().get(), term);
                boolean postponed = f.getPostponementApproved().orElse(false)
                        && !asOf.isAfter(TimeLimits.endOf(due, maxPostponement));
                boolean overdue = asOf.isAfter(due) && !postponed;
                reasons.add(Reason.of(c.rule(), overdue ? "weak.term.held" : "weak.term.notHeld")
                        .with("termStart", org.getTermStart().get()).with("due", due)
                        .read(committee ? AssessmentParameters.COMMITTEE_TERM.name()
                                : AssessmentParameters.BRANCH_TERM.name(), term)
                        .read(AssessmentParameters.MAX_POSTPONEMENT.name(), maxPostponement));
                return overdue ? Verdict.HELD : Verdict.NOT_HELD;
            }
            case NO_NEW_MEMBERS: {
                if (f.getCandidates().isEmpty()) {
                    return missing(c, "candidates", reasons);
                }
                if (f.getCandidates().get() == 0) {
                    return verdict(c, Verdict.NOT_HELD, reasons);
                }
                Optional<LocalDate> last = f.getLastAdmission().or(org::getFormedOn);
                if (last.isEmpty()) {
                    return missing(c, "lastAdmission", reasons);
                }
                if (noAdmissionPeriod.isEmpty()) {
                    return missing(c, AssessmentParameters.NO_ADMISSION_PERIOD.name(), reasons);
                }
                boolean held = TimeLimits.hasCompleted(last.get(), noAdmissionPeriod.get(), asOf);
                reasons.add(Reason.of(c.rule(), held ? "weak.admission.held" : "weak.admission.notHeld")
                        .with("last", last.get()).with("candidates", f.getCandidates().get())
                        .read(AssessmentParameters.NO_ADMISSION_PERIOD.name(), noAdmissionPeriod.get()));
                return held ? Verdict.HELD : Verdict.NOT_HELD;
            }
            case MEMBERS_LONG_UNPAID:
                if (f.getMembersLongUnpaid().isEmpty()) {
                    return missing(c, "membersLongUnpaid", reasons);
                }
                return verdict(c, f.getMembersLongUnpaid().get() > 0 ? Verdict.HELD : Verdict.NOT_HELD, reasons);
            case LOW_SATISFACTION: {
                if (f.getSatisfaction().isEmpty()) {
                    return missing(c, "satisfaction", reasons);
                }
                if (minSatisfaction.isEmpty()) {
                    return missing(c, AssessmentParameters.MIN_SATISFACTION.name(), reasons);
                }
                boolean low = f.getSatisfaction().get().compareTo(minSatisfaction.get()) < 0;
                reasons.add(Reason.of(c.rule(), low ? "weak.satisfaction.held" : "weak.satisfaction.notHeld")
                        .with("satisfaction", f.getSatisfaction().get())
                        .read(AssessmentParameters.MIN_SATISFACTION.name(), minSatisfaction.get()));
                return low ? Verdict.HELD : Verdict.NOT_HELD;
            }
            case TEAM_DISUNITED:
                return flag(c, f.getTeamDisunited(), "teamDisunited", reasons);
            case LIFE_ONLY_ON_PAPER:
                return flag(c, f.getLifeOnlyOnPaper(), "lifeOnlyOnPaper", reasons);
            case ELECTIONS_IRREGULAR:
                return flag(c, f.getElectionsIrregular(), "electionsIrregular", reasons);
            case LAST_IN_ASSESSMENT:
                return flag(c, f.getLastInAnnualAssessment(), "lastInAnnualAssessment", reasons);
            case INFILTRATION:
                return flag(c, f.getInfiltration(), "infiltration", reasons);
            default:
                return flag(c, f.getPublicOrderProblems(), "publicOrderProblems", reasons);
        }
    }

    private static Verdict flag(WeakAndLaxCriterion c, Optional<Boolean> fact, String name, List<Reason> reasons) {
        if (fact.isEmpty()) {
            return missing(c, name, reasons);
        }
        return verdict(c, fact.get() ? Verdict.HELD : Verdict.NOT_HELD, reasons);
    }

    private static Verdict verdict(WeakAndLaxCriterion c, Verdict v, List<Reason> reasons) {
        reasons.add(Reason.of(c.rule(), v == Verdict.HELD ? "weak.held" : "weak.notHeld")
                .with("criterion", c.label()).with("criterionEn", c.labelEn()));
        return v;
    }

    private static Verdict missing(WeakAndLaxCriterion c, String what, List<Reason> reasons) {
        reasons.add(Reason.of(c.rule(), "weak.insufficient").with("criterion", c.label())
                .with("criterionEn", c.labelEn()).with("missing", what));
        return Verdict.UNDETERMINED;
    }
}
