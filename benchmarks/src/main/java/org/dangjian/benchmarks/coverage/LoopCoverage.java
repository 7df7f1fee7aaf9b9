package org.dangjian.benchmarks.coverage;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The coverage counts computed by a plain loop over the rows: the oracle the SQL and the SDK are checked against.
 */
public final class LoopCoverage {

    private LoopCoverage() {
    }

    /**
     * The counts of every township, of the county-level units and of the county.
     *
     * @param rows the ledger, not null
     * @return the counts by key as {@link DuckDbCoverage#report()} returns them, not null
     */
    public static Map<String, CoverageCounts> report(List<LedgerRow> rows) {
        Map<String, long[]> acc = new TreeMap<>();
        for (LedgerRow row : rows) {
            add(acc.computeIfAbsent(row.county(), k -> new long[6]), row);
            String key = row.township() != null ? row.township() : row.county() + DuckDbCoverage.COUNTY_LEVEL;
            add(acc.computeIfAbsent(key, k -> new long[6]), row);
        }
        Map<String, CoverageCounts> counts = new TreeMap<>();
        acc.forEach((k, a) -> counts.put(k, new CoverageCounts(k, a[0], a[1], a[2], a[3], a[4], a[5])));
        return counts;
    }

    private static void add(long[] a, LedgerRow row) {
        if (!row.operating()) {
            return;
        }
        a[0]++;
        if (row.standalone()) {
            a[1]++;
        }
        if (row.standalone() || row.joint()) {
            a[2]++;
        }
        if (row.standalone() || row.joint() || row.work()) {
            a[3]++;
        }
        if (row.fullMembers() >= 3) {
            a[4]++;
            if (row.standalone()) {
                a[5]++;
            }
        }
    }
}
