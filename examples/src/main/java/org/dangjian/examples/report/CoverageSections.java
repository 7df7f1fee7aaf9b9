package org.dangjian.examples.report;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.dangjian.core.code.Jurisdiction;
import org.dangjian.core.decision.Decision;
import org.dangjian.core.decision.Outcome;
import org.dangjian.core.i18n.Language;
import org.dangjian.core.money.Fraction;
import org.dangjian.core.organization.OrganizationSubKind;
import org.dangjian.core.parameter.ResolvedParameters;
import org.dangjian.coverage.formation.MethodOption;
import org.dangjian.coverage.ledger.CoverageCounts;
import org.dangjian.coverage.ledger.CoverageReport;
import org.dangjian.coverage.ledger.EarlyWarning;
import org.dangjian.coverage.ledger.FiveClearSummary;
import org.dangjian.coverage.ledger.Gap;
import org.dangjian.coverage.ledger.GapList;
import org.dangjian.coverage.ledger.Ledger;
import org.dangjian.coverage.ledger.RankEntry;
import org.dangjian.coverage.ledger.TargetMetric;
import org.dangjian.coverage.ledger.TargetPolicy;
import org.dangjian.coverage.ledger.TargetResult;
import org.dangjian.coverage.ledger.WarningKind;
import org.dangjian.examples.county.CountyParameters;
import org.dangjian.examples.county.SampleCounty;
import org.dangjian.examples.county.Township;

/**
 * The coverage module's view: dual coverage against the county's targets township by township, the ranking,
 * the “five counts”, and the gap list with early warnings.
 */
final class CoverageSections {
    static final int MAX_FINDINGS = 200;

    private CoverageSections() {}

    static List<Section> of(SampleCounty county, CountyParameters parameters, Text t, Progress progress) {
        ResolvedParameters resolved = parameters.resolve(county.county(), county.asOf());
        progress.start(t.get("progress.coverage"), 3);
        Ledger ledger = Ledger.of(county.county(), county.organizations(), county.partyOrganizations(),
                county.hosts());
        CoverageReport report = CoverageReport.of(ledger, resolved);
        progress.stepTo(1);
        GapList gaps = GapList.of(ledger, resolved, Optional.of(county.asOf().minusYears(1)));
        progress.stepTo(2);
        Decision<FiveClearSummary> five = FiveClearSummary.of(ledger, resolved);
        progress.stepTo(3);
        progress.finish();
        return List.of(coverage(county, parameters, report, five, t), gaps(gaps, t));
    }

    private static Section coverage(SampleCounty county, CountyParameters parameters, CoverageReport report,
            Decision<FiveClearSummary> five, Text t) {
        TargetPolicy targets = TargetPolicy.of(parameters.parameters(), county.asOf());
        CoverageCounts total = report.total();
        List<Metric> metrics = new ArrayList<>();
        metrics.add(new Metric(t.get("coverage.listed"), String.valueOf(report.listed())));
        metrics.add(new Metric(t.get("coverage.notOperating"), String.valueOf(report.notOperating())));
        metrics.add(new Metric(t.get("coverage.outOfScope"), String.valueOf(report.outOfScope())));
        metrics.add(new Metric(t.get("coverage.inScope"), String.valueOf(total.units())));
        metrics.add(new Metric(t.get("coverage.organizational"), t.rate(total.organizationallyCovered(), total.units())));
        metrics.add(new Metric(t.get("coverage.standalone"), t.rate(total.ownOrganization(), total.units())));
        metrics.add(new Metric(t.get("coverage.work"), t.rate(total.workCovered(), total.units())));
        metrics.add(new Metric(t.get("coverage.formationCompliance"), t.rate(total.mustFormWithOwn(), total.mustForm())));
        metrics.add(new Metric(t.get("coverage.aboveScale"), t.rate(total.aboveScaleWithOwn(), total.aboveScale())));
        metrics.add(new Metric(t.get("coverage.memberShare"), t.rate(total.withMembers(), total.units())));
        Decision<List<RankEntry>> ranking = targets.rank(report, report.children(county.county()),
                TargetMetric.ORGANIZATIONAL_COVERAGE);
        Map<Jurisdiction, String> names = new LinkedHashMap<>();
        for (Township tw : county.townships()) {
            names.put(tw.code(), tw.name());
        }
        if (ranking.findValue().isPresent()) {
            StringBuilder sb = new StringBuilder();
            for (RankEntry e : ranking.value()) {
                if (sb.length() > 0) {
                    sb.append(t.zh() ? "，" : ", ");
                }
                sb.append(e.rank()).append(". ").append(names.getOrDefault(e.jurisdiction(), e.jurisdiction().code()))
                        .append(' ').append(e.rate().toPercent(1));
            }
            metrics.add(new Metric(t.get("coverage.ranking"), sb.toString()));
        }
        List<Finding> findings = new ArrayList<>();
        findings.add(Finding.of(county.countyName(), t.get("coverage.five"), five, t.language()));
        for (Decision<TargetResult> d : targets.evaluateAll(report, county.county())) {
            findings.add(Finding.of(county.countyName(), headline(d, t), d, t.language()));
        }
        List<String> labels = new ArrayList<>();
        double[] org = new double[county.townships().size()];
        double[] work = new double[county.townships().size()];
        Double target = null;
        int i = 0;
        for (Township tw : county.townships()) {
            labels.add(tw.name());
            CoverageCounts c = report.counts(tw.code()).orElse(CoverageCounts.ZERO);
            org[i] = percent(c.organizationalCoverageRate());
            work[i] = percent(c.workCoverageRate());
            Decision<TargetResult> d = targets.evaluate(report, tw.code(), TargetMetric.ORGANIZATIONAL_COVERAGE);
            if (d.findValue().isPresent()) {
                target = d.value().target().millionths() / 10_000.0;
                if (!d.value().isMet()) {
                    findings.add(Finding.of(tw.name() + "（" + tw.code() + "）", headline(d, t), d, t.language()));
                }
            }
            i++;
        }
        Map<String, double[]> series = new LinkedHashMap<>();
        series.put(t.get("coverage.organizational"), org);
        series.put(t.get("coverage.work"), work);
        List<String> kinds = new ArrayList<>();
        double[] byKind = new double[OrganizationSubKind.values().length];
        int k = 0;
        for (OrganizationSubKind s : OrganizationSubKind.values()) {
            kinds.add(t.zh() ? s.label() : s.name());
            byKind[k++] = percent(report.bySubKind().get(s).organizationalCoverageRate());
        }
        List<Section.Chart> charts = List.of(
                new Section.Chart(t.get("coverage.chart.townships"), SvgCharts.bars("coverage-townships",
                        t.get("axis.township"), t.get("axis.rate"), labels, series, false, target,
                        target == null ? null : t.get("coverage.target", "target", target))),
                new Section.Chart(t.get("coverage.chart.subKinds"), SvgCharts.bars("coverage-subkinds",
                        t.get("axis.subKind"), t.get("axis.rate"), kinds,
                        Map.of(t.get("coverage.organizational"), byKind), false, target,
                        target == null ? null : t.get("coverage.target", "target", target))));
        return new Section("coverage", t.get("coverage.title"), t.get("coverage.summary"), metrics, charts,
                findings, findings.size());
    }

    private static Section gaps(GapList gaps, Text t) {
        List<Finding> findings = new ArrayList<>();
        Map<WarningKind, Integer> byKind = new EnumMap<>(WarningKind.class);
        for (WarningKind k : WarningKind.values()) {
            byKind.put(k, 0);
        }
        for (EarlyWarning w : gaps.warnings()) {
            byKind.merge(w.kind(), 1, Integer::sum);
        }
        for (Gap g : gaps.gaps()) {
            if (findings.size() >= MAX_FINDINGS / 2) {
                break;
            }
            String method = g.recommended().map(m -> t.zh() ? m.label() : m.name()).orElse("—");
            List<ReasonLine> reasons = new ArrayList<>();
            g.assessment().reasons().forEach(r -> reasons.add(ReasonLine.of(r, t.language())));
            if (!g.methods().isEmpty()) {
                MethodOption best = g.methods().get(0);
                best.reasons().forEach(r -> reasons.add(ReasonLine.of(r, t.language())));
            }
            findings.add(new Finding(g.name() + "（" + g.creditCode() + "）", outcome(g.assessment(), t.language()),
                    t.get("gaps.recommended", "method", method), reasons));
        }
        int shownWarnings = 0;
        for (EarlyWarning w : gaps.warnings()) {
            if (shownWarnings++ >= MAX_FINDINGS / 2) {
                break;
            }
            findings.add(new Finding(w.subject() + "（" + w.jurisdiction() + "）", t.zh() ? "预警" : "WARNING",
                    t.zh() ? w.kind().label() : w.kind().name(), List.of(ReasonLine.of(w.reason(), t.language()))));
        }
        List<Metric> metrics = new ArrayList<>();
        metrics.add(new Metric(t.get("gaps.count"), String.valueOf(gaps.gaps().size())));
        metrics.add(new Metric(t.get("gaps.warnings"), String.valueOf(gaps.warnings().size())));
        List<String> labels = new ArrayList<>();
        double[] counts = new double[byKind.size()];
        int i = 0;
        for (Map.Entry<WarningKind, Integer> e : byKind.entrySet()) {
            labels.add(t.zh() ? e.getKey().label() : e.getKey().name());
            counts[i++] = e.getValue();
            metrics.add(new Metric("  " + (t.zh() ? e.getKey().label() : e.getKey().name()), String.valueOf(e.getValue())));
        }
        Map<String, Integer> byMethod = new LinkedHashMap<>();
        for (Gap g : gaps.gaps()) {
            byMethod.merge(g.recommended().map(m -> t.zh() ? m.label() : m.name()).orElse("—"), 1, Integer::sum);
        }
        List<String> methodLabels = new ArrayList<>(byMethod.keySet());
        double[] methodCounts = byMethod.values().stream().mapToDouble(Integer::doubleValue).toArray();
        List<Section.Chart> charts = new ArrayList<>();
        charts.add(new Section.Chart(t.get("gaps.chart.methods"), SvgCharts.bars("gaps-methods",
                t.get("axis.formationMethod"), t.get("axis.organizations"), methodLabels,
                Map.of(t.get("axis.organizations"), methodCounts), false, null, null)));
        charts.add(new Section.Chart(t.get("gaps.chart.warnings"), SvgCharts.bars("gaps-warnings",
                t.get("axis.warning"), t.get("axis.count"), labels, Map.of(t.get("axis.count"), counts), false, null,
                null)));
        return new Section("gaps", t.get("gaps.title"), t.get("gaps.summary"), metrics, charts, findings,
                gaps.gaps().size() + gaps.warnings().size());
    }

    private static String headline(Decision<TargetResult> d, Text t) {
        if (d.findValue().isEmpty()) {
            return t.get("coverage.noTarget");
        }
        TargetResult r = d.value();
        String metric = t.zh() ? r.metric().label() : r.metric().name();
        return r.isMet() ? t.get("coverage.met", "metric", metric, "actual", r.actual().toPercent(2), "target", r.target())
                : t.get("coverage.short", "metric", metric, "actual", r.actual().toPercent(2), "target", r.target(),
                        "shortBy", r.shortBy());
    }

    static String outcome(Decision<?> d, Language language) {
        return language == Language.ZH ? d.outcome().label() : d.outcome().name();
    }

    static double percent(Fraction f) {
        return f.isDefined() ? f.toBigDecimal(6).doubleValue() * 100.0 : 0.0;
    }

    static boolean isProblem(Decision<?> d) {
        return d.outcome() == Outcome.NON_COMPLIANT || d.outcome() == Outcome.REQUIRES_APPROVAL;
    }
}
