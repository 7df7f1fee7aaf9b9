package org.dangjian.coverage.ledger;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.dangjian.core.code.Jurisdiction;
import org.dangjian.core.decision.Decision;
import org.dangjian.core.decision.Outcome;
import org.dangjian.core.decision.Reason;
import org.dangjian.core.money.Fraction;
import org.dangjian.core.money.Rate;
import org.dangjian.core.parameter.PolicyParameters;
import org.dangjian.coverage.CoverageRules;

/**
 * Targets per jurisdiction (the seeds' “不低于X%”, “100%”, “98%及以上”) against a coverage report: met, or short
 * by N organizations; and the ranking of sub-jurisdictions. Each jurisdiction's targets are resolved for that
 * jurisdiction, so a county's own X applies to it.
 *
 * <pre>{@code
 * TargetPolicy t = TargetPolicy.of(params, asOf);
 * t.evaluate(report, Jurisdiction.of("430102"), TargetMetric.ORGANIZATIONAL_COVERAGE);
 *     // NON_COMPLIANT 430102 ORGANIZATIONAL_COVERAGE 183/200 target 95% short by 7
 * t.rank(report, report.children(report.area()), TargetMetric.ORGANIZATIONAL_COVERAGE);
 * }</pre>
 *
 * <p>This class is immutable and thread-safe.
 */
public final class TargetPolicy {
    private final PolicyParameters parameters;
    private final LocalDate asOf;

    private TargetPolicy(PolicyParameters parameters, LocalDate asOf) {
        this.parameters = Objects.requireNonNull(parameters, "parameters");
        this.asOf = Objects.requireNonNull(asOf, "asOf");
    }

    /**
     * The policy.
     *
     * @param parameters the parameters with every jurisdiction's overrides, not null
     * @param asOf the date, not null
     * @return the policy, not null
     */
    public static TargetPolicy of(PolicyParameters parameters, LocalDate asOf) {
        return new TargetPolicy(parameters, asOf);
    }

    /**
     * One jurisdiction against one target.
     *
     * @param report the report, not null
     * @param jurisdiction a jurisdiction of the report, not null
     * @param metric the metric, not null
     * @return COMPLIANT (met) or NON_COMPLIANT (short by N) with the result; INSUFFICIENT_DATA when the
     *     jurisdiction has no target for the metric; NOT_APPLICABLE when no unit counts, not null
     */
    public Decision<TargetResult> evaluate(CoverageReport report, Jurisdiction jurisdiction, TargetMetric metric) {
        Optional<Rate> target = parameters.resolve(jurisdiction, asOf).find(metric.key());
        if (target.isEmpty()) {
            return Decision.insufficientData(List.of(Reason.of(metric.rule(), "tgt.missing")
                    .with("metric", metric.label()).with("jurisdiction", jurisdiction)
                    .with("parameter", metric.key().name())));
        }
        CoverageCounts c = report.counts(jurisdiction).orElse(CoverageCounts.ZERO);
        long part = metric.partOf(c);
        long whole = metric.wholeOf(c);
        Fraction goal = target.get().toFraction();
        long needed = goal.ceilingOf(whole);
        long shortBy = Math.max(0, needed - part);
        TargetResult r = TargetResult.of(jurisdiction, metric, part, whole, target.get(), shortBy);
        if (whole == 0) {
            return Decision.of(Outcome.NOT_APPLICABLE, r, Reason.of(metric.rule(), "tgt.empty")
                    .with("metric", metric.label()).with("jurisdiction", jurisdiction));
        }
        Reason reason = Reason.of(metric.rule(), shortBy == 0 ? "tgt.met" : "tgt.short").with("metric", metric.label())
                .with("jurisdiction", jurisdiction).with("part", part).with("whole", whole)
                .with("rate", r.actual().toPercent(2)).with("shortBy", shortBy).read(metric.key().name(), target.get());
        return Decision.of(shortBy == 0 ? Outcome.COMPLIANT : Outcome.NON_COMPLIANT, r, reason);
    }

    /**
     * Every target of one jurisdiction.
     *
     * @param report the report, not null
     * @param jurisdiction the jurisdiction, not null
     * @return one decision per metric, in metric order, not null
     */
    public List<Decision<TargetResult>> evaluateAll(CoverageReport report, Jurisdiction jurisdiction) {
        List<Decision<TargetResult>> l = new ArrayList<>();
        for (TargetMetric m : TargetMetric.values()) {
            l.add(evaluate(report, jurisdiction, m));
        }
        return l;
    }

    /**
     * Ranks jurisdictions by a rate, best first; equal rates share a rank; jurisdictions with no unit counted
     * come last, unranked (rank 0).
     *
     * @param report the report, not null
     * @param jurisdictions the jurisdictions to rank, not null
     * @param metric the metric, not null
     * @return DETERMINED with the ranking, not null
     */
    public Decision<List<RankEntry>> rank(CoverageReport report, List<Jurisdiction> jurisdictions, TargetMetric metric) {
        List<Jurisdiction> sorted = new ArrayList<>(jurisdictions);
        Comparator<Jurisdiction> byRate = Comparator.comparing(
                (Jurisdiction j) -> metric.rateOf(report.counts(j).orElse(CoverageCounts.ZERO))).reversed();
        sorted.sort(byRate.thenComparing(Comparator.naturalOrder()));
        List<RankEntry> out = new ArrayList<>();
        Fraction previous = null;
        int rank = 0;
        for (int i = 0; i < sorted.size(); i++) {
            Fraction f = metric.rateOf(report.counts(sorted.get(i)).orElse(CoverageCounts.ZERO));
            if (!f.isDefined()) {
                out.add(RankEntry.of(0, sorted.get(i), f));
                continue;
            }
            if (!f.equals(previous)) {
                rank = i + 1;
                previous = f;
            }
            out.add(RankEntry.of(rank, sorted.get(i), f));
        }
        return Decision.determined(List.copyOf(out), List.of(Reason.of(CoverageRules.TGT_RANKING, "tgt.ranking")
                .with("metric", metric.label()).with("count", out.size())));
    }
}
