package org.dangjian.coverage.campaign;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.dangjian.core.decision.Decision;
import org.dangjian.core.decision.Outcome;
import org.dangjian.core.decision.Reason;
import org.dangjian.core.organization.PartyOrganization;
import org.dangjian.core.parameter.PolicyParameters;
import org.dangjian.coverage.CoverageRules;
import org.dangjian.coverage.ledger.CoverageReport;
import org.dangjian.coverage.ledger.Ledger;
import org.dangjian.coverage.ledger.TargetMetric;
import org.dangjian.coverage.ledger.TargetPolicy;
import org.dangjian.coverage.ledger.TargetResult;

/**
 * Tracks a campaign's milestones (seeds' work plans) against a ledger on a date: ledger built, every unit with
 * 3+ full members formed standalone, targets met, all secretaries trained.
 *
 * <pre>{@code
 * CampaignPolicy.of(params).evaluate(List.of(Milestone.of(MilestoneKind.LEDGER_BUILT, LocalDate.of(2022, 3, 31))),
 *         ledger, facts, LocalDate.of(2022, 4, 1));   // COMPLIANT or NON_COMPLIANT with each status
 * }</pre>
 *
 * <p>A milestone is DONE when achieved by the date, PENDING when not yet but not due, OVERDUE when past its
 * deadline, UNKNOWN when a target it needs is not set. This class is immutable and thread-safe.
 */
public final class CampaignPolicy {
    private final PolicyParameters parameters;

    private CampaignPolicy(PolicyParameters parameters) {
        this.parameters = Objects.requireNonNull(parameters, "parameters");
    }

    /**
     * The policy.
     *
     * @param parameters the parameters with the jurisdiction's overrides, not null
     * @return the policy, not null
     */
    public static CampaignPolicy of(PolicyParameters parameters) {
        return new CampaignPolicy(parameters);
    }

    /**
     * Evaluates milestones.
     *
     * @param milestones the milestones, not null
     * @param ledger the ledger, not null
     * @param facts what the campaign knows beyond the ledger, not null
     * @param asOf the date, not null
     * @return NON_COMPLIANT when a milestone is overdue, INSUFFICIENT_DATA when one is unknown, COMPLIANT
     *     otherwise, with every milestone's status in order, not null
     */
    public Decision<List<MilestoneResult>> evaluate(List<Milestone> milestones, Ledger ledger, CampaignFacts facts,
            LocalDate asOf) {
        CoverageReport report = CoverageReport.of(ledger, parameters.resolve(ledger.area(), asOf));
        TargetPolicy targets = TargetPolicy.of(parameters, asOf);
        List<MilestoneResult> out = new ArrayList<>();
        List<Reason> reasons = new ArrayList<>();
        boolean overdue = false;
        boolean unknown = false;
        for (Milestone m : milestones) {
            Boolean done = achieved(m.kind(), ledger, report, targets, facts, asOf);
            MilestoneStatus s = done == null ? MilestoneStatus.UNKNOWN : done ? MilestoneStatus.DONE
                    : asOf.isAfter(m.deadline()) ? MilestoneStatus.OVERDUE : MilestoneStatus.PENDING;
            overdue |= s == MilestoneStatus.OVERDUE;
            unknown |= s == MilestoneStatus.UNKNOWN;
            out.add(MilestoneResult.of(m, s));
            reasons.add(Reason.of(CoverageRules.CAMP, "camp.milestone").with("milestone", m.kind().label())
                    .with("deadline", m.deadline()).with("status", s.label()));
        }
        Outcome o = overdue ? Outcome.NON_COMPLIANT : unknown ? Outcome.INSUFFICIENT_DATA : Outcome.COMPLIANT;
        if (o == Outcome.INSUFFICIENT_DATA) {
            return Decision.insufficientData(reasons);
        }
        return Decision.of(o, List.copyOf(out), reasons);
    }

    private static Boolean achieved(MilestoneKind kind, Ledger ledger, CoverageReport report, TargetPolicy targets,
            CampaignFacts facts, LocalDate asOf) {
        switch (kind) {
            case LEDGER_BUILT:
                return facts.ledgerBuiltOn().map(d -> !d.isAfter(asOf)).orElse(false);
            case STANDALONE_FORMED:
                return report.total().mustFormWithOwn() == report.total().mustForm();
            case TARGETS_MET:
                boolean anySet = false;
                for (TargetMetric metric : TargetMetric.values()) {
                    Decision<TargetResult> d = targets.evaluate(report, ledger.area(), metric);
                    if (d.outcome() == Outcome.NON_COMPLIANT) {
                        return false;
                    }
                    anySet |= d.outcome() != Outcome.INSUFFICIENT_DATA;
                }
                return anySet ? Boolean.TRUE : null;
            default:
                for (PartyOrganization po : ledger.partyOrganizations()) {
                    if (!facts.trainedSecretaries().contains(po.getId())) {
                        return false;
                    }
                }
                return true;
        }
    }
}
