package org.dangjian.assessment.appraisal;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.dangjian.assessment.AssessmentParameters;
import org.dangjian.assessment.AssessmentRules;
import org.dangjian.core.decision.Decision;
import org.dangjian.core.decision.Outcome;
import org.dangjian.core.decision.Reason;
import org.dangjian.core.money.Fraction;
import org.dangjian.core.parameter.ResolvedParameters;
import org.dangjian.core.validation.Violations;

/**
 * Checks a democratic appraisal of members: every full member gets one of the four grades (ASM-APPR-001);
 * excellent grades are at most a third of graded members (ASM-APPR-002); probationary members take part but
 * are not graded (ASM-APPR-003); each unqualified grade hands the member to disposal as a
 * {@link DisposalReferral} (ASM-APPR-004).
 *
 * <pre>{@code
 * DemocraticAppraisalPolicy appraisal = DemocraticAppraisalPolicy.of(resolved);
 * Decision<AppraisalOutcome> d = appraisal.assess(entries, 2026);
 * d.outcome();                       // NON_COMPLIANT when 4 of 9 graded are excellent
 * d.value().getReferrals();          // [M-0031 → CORRECTION_DEADLINE]
 * }</pre>
 *
 * <p>This class is immutable and thread-safe.
 */
public final class DemocraticAppraisalPolicy {
    private final Fraction maxExcellentShare;

    private DemocraticAppraisalPolicy(Fraction maxExcellentShare) {
        this.maxExcellentShare = maxExcellentShare;
    }

    /**
     * The policy in force for resolved parameters.
     *
     * @param parameters the resolved parameters, not null
     * @return the policy, not null
     */
    public static DemocraticAppraisalPolicy of(ResolvedParameters parameters) {
        return new DemocraticAppraisalPolicy(parameters.get(AssessmentParameters.MAX_EXCELLENT_SHARE));
    }

    /**
     * Checks an appraisal.
     *
     * @param entries one entry per member who took part, not null
     * @param year the appraisal year
     * @return {@code COMPLIANT} or {@code NON_COMPLIANT} with the tally and referrals, not null
     * @throws org.dangjian.core.validation.InvalidInputException when a member is listed twice
     */
    public Decision<AppraisalOutcome> assess(List<AppraisalEntry> entries, int year) {
        Objects.requireNonNull(entries, "entries");
        Violations v = new Violations();
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < entries.size(); i++) {
            v.check(seen.add(entries.get(i).getMemberId()), "entries[" + i + "].memberId", "member listed twice",
                    entries.get(i).getMemberId());
        }
        v.throwIfAny();
        List<Reason> reasons = new ArrayList<>();
        Map<AppraisalGrade, Integer> counts = new EnumMap<>(AppraisalGrade.class);
        for (AppraisalGrade g : AppraisalGrade.values()) {
            counts.put(g, 0);
        }
        List<DisposalReferral> referrals = new ArrayList<>();
        int graded = 0;
        boolean ok = true;
        for (AppraisalEntry e : entries) {
            if (e.isProbationary()) {
                if (e.getGrade().isPresent()) {
                    ok = false;
                    reasons.add(Reason.of(AssessmentRules.APPR_PROBATIONARY, "appraisal.probationaryGraded")
                            .with("member", e.getMemberId()).with("grade", e.getGrade().get().label()));
                }
                continue;
            }
            if (e.getGrade().isEmpty()) {
                ok = false;
                reasons.add(Reason.of(AssessmentRules.APPR_GRADES, "appraisal.ungraded").with("member", e.getMemberId()));
                continue;
            }
            graded++;
            AppraisalGrade g = e.getGrade().get();
            counts.merge(g, 1, Integer::sum);
            if (g == AppraisalGrade.UNQUALIFIED) {
                referrals.add(DisposalReferral.of(e.getMemberId(), year, e.getGrounds()));
                reasons.add(Reason.of(AssessmentRules.APPR_DISPOSAL, "appraisal.referral").with("member", e.getMemberId()));
            }
        }
        int excellent = counts.get(AppraisalGrade.EXCELLENT);
        boolean tooMany = graded > 0 && maxExcellentShare.isExceededBy(excellent, graded);
        reasons.add(0, Reason.of(AssessmentRules.APPR_GRADES, "appraisal.tally").with("participants", entries.size())
                .with("graded", graded));
        reasons.add(1, Reason.of(AssessmentRules.APPR_EXCELLENT_SHARE, tooMany ? "appraisal.tooManyExcellent"
                : "appraisal.excellentWithin").with("excellent", excellent).with("graded", graded)
                .read(AssessmentParameters.MAX_EXCELLENT_SHARE.name(), maxExcellentShare));
        ok &= !tooMany;
        AppraisalOutcome outcome = AppraisalOutcome.builder().year(year).participants(entries.size()).graded(graded)
                .counts(counts).referrals(referrals).build();
        return Decision.of(ok ? Outcome.COMPLIANT : Outcome.NON_COMPLIANT, outcome, reasons);
    }
}
