package org.dangjian.benchmarks.coverage;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The report's counts computed by a plain loop over the flat rows: a third opinion, so that a difference
 * between the SDK and SQL points at one of them.
 */
public final class LoopCoverage {

    private LoopCoverage() {
    }

    /**
     * The counts of every line.
     *
     * @param rows the ledger, not null
     * @param f the parameter values, not null
     * @return the counts by line key ({@link ReportKeys}), not null
     */
    public static Map<String, ReportCounts> report(List<LedgerRow> rows, CoverageFigures f) {
        Map<String, long[]> acc = new TreeMap<>();
        for (LedgerRow row : rows) {
            if (!row.operating()) {
                continue;
            }
            long[] d = facts(row, f);
            add(acc, ReportKeys.jurisdiction(row.county()), d);
            if (row.township() != null) {
                add(acc, ReportKeys.jurisdiction(row.township()), d);
            }
            add(acc, ReportKeys.kind(row.kind()), d);
            add(acc, ReportKeys.subKind(row.subKind()), d);
            add(acc, ReportKeys.industry(row.industry()), d);
            add(acc, ReportKeys.sizeBand(ReportKeys.sizeBandOf(row.headCount())), d);
        }
        Map<String, ReportCounts> counts = new TreeMap<>();
        acc.forEach((k, a) -> counts.put(k, new ReportCounts(a[0], a[1], a[2], a[3], a[4], a[5], a[6], a[7], a[8],
                a[9], a[10])));
        return counts;
    }

    private static long[] facts(LedgerRow row, CoverageFigures f) {
        long[] d = new long[11];
        boolean enterprise = row.kind().equals("NON_PUBLIC_ENTERPRISE");
        Integer scope = enterprise ? f.scopeEnterprise() : f.scopeSocial();
        if (!f.scopeGated() || (scope != null && row.headCount() >= scope)) {
            d[0] = 1;
            d[1] = row.own() ? 1 : 0;
            d[2] = !row.own() && row.joint() ? 1 : 0;
            d[3] = !row.own() && !row.joint() && row.workFacts() ? 1 : 0;
            d[4] = row.members() > 0 ? 1 : 0;
            if (f.aboveScaleDefined() && enterprise && (row.headCount() >= f.aboveScaleEmployees()
                    || (row.revenueFen() >= 0 && row.revenueFen() >= f.aboveScaleRevenueFen()))) {
                d[5] = 1;
                d[6] = row.own() ? 1 : 0;
            }
        }
        if (f.minFullMembers() != null && row.fullMembers() >= f.minFullMembers()) {
            d[7] = 1;
            d[8] = row.own() ? 1 : 0;
        }
        d[9] = row.fullMembers();
        d[10] = row.members();
        return d;
    }

    private static void add(Map<String, long[]> acc, String key, long[] d) {
        long[] a = acc.computeIfAbsent(key, k -> new long[11]);
        for (int i = 0; i < a.length; i++) {
            a[i] += d[i];
        }
    }
}
