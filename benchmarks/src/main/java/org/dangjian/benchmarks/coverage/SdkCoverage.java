package org.dangjian.benchmarks.coverage;

import java.util.Map;
import java.util.TreeMap;
import org.dangjian.core.parameter.ResolvedParameters;
import org.dangjian.coverage.CoverageRules;
import org.dangjian.coverage.ledger.CoverageCounts;
import org.dangjian.coverage.ledger.CoverageReport;

/**
 * The SDK's side of the coverage comparison: the figures its parameters hold, and its report as the lines the
 * SQL computes.
 */
public final class SdkCoverage {

    private SdkCoverage() {
    }

    /**
     * The parameter values the report reads, for SQL and the loop, and whether the SDK counts only units in the
     * survey scope (its units then fall short of the operating units by the out-of-scope ones).
     *
     * @param p the resolved parameters, not null
     * @param report the SDK's report of the same ledger with the same parameters, not null
     * @return the figures, not null
     */
    public static CoverageFigures figures(ResolvedParameters p, CoverageReport report) {
        boolean gated = report.total().units() != report.listed() - report.notOperating();
        return new CoverageFigures(p.find(CoverageRules.SCOPE_ENTERPRISE_EMPLOYEES).orElse(null),
                p.find(CoverageRules.SCOPE_SOCIAL_STAFF).orElse(null),
                p.find(CoverageRules.MIN_FULL_MEMBERS).orElse(null),
                p.find(CoverageRules.ABOVE_SCALE_REVENUE).map(m -> m.fen()).orElse(null),
                p.find(CoverageRules.ABOVE_SCALE_EMPLOYEES).orElse(null), gated);
    }

    /**
     * The report's lines by key: the county and its townships, kinds, sub-kinds, industries and size bands
     * (the host-kind lines have no SQL counterpart and are left out).
     *
     * @param report the SDK's report, not null
     * @return the counts by line key ({@link ReportKeys}), not null
     */
    public static Map<String, ReportCounts> lines(CoverageReport report) {
        Map<String, ReportCounts> lines = new TreeMap<>();
        report.byJurisdiction().forEach((j, c) -> lines.put(ReportKeys.jurisdiction(j.code()), counts(c)));
        report.byKind().forEach((k, c) -> lines.put(ReportKeys.kind(k.name()), counts(c)));
        report.bySubKind().forEach((k, c) -> lines.put(ReportKeys.subKind(k.name()), counts(c)));
        report.byIndustry().forEach((k, c) -> lines.put(ReportKeys.industry(k.name()), counts(c)));
        report.bySizeBand().forEach((k, c) -> lines.put(ReportKeys.sizeBand(k.name()), counts(c)));
        lines.values().removeIf(ReportCounts.ZERO::equals);
        return lines;
    }

    private static ReportCounts counts(CoverageCounts c) {
        return new ReportCounts(c.units(), c.ownOrganization(), c.jointlyCovered(), c.workCoveredOnly(),
                c.withMembers(), c.aboveScale(), c.aboveScaleWithOwn(), c.mustForm(), c.mustFormWithOwn(),
                c.fullMembers(), c.members());
    }
}
