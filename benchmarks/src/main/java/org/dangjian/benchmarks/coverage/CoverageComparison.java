package org.dangjian.benchmarks.coverage;

import java.util.List;
import java.util.Map;

/**
 * Checks, before anything is timed, that every side computes the same coverage counts.
 */
public final class CoverageComparison {

    private CoverageComparison() {
    }

    /**
     * Compares the SQL's counts with the loop's.
     *
     * @param rows the ledger, not null
     * @param sql the counts DuckDB returned, not null
     * @throws IllegalStateException naming the first jurisdiction whose counts differ
     */
    public static void requireSameAnswers(List<LedgerRow> rows, Map<String, CoverageCounts> sql) {
        requireEqual("loop", LoopCoverage.report(rows), "DuckDB", sql);
    }

    /**
     * Compares two reports.
     *
     * @param leftName the first side's name, not null
     * @param left the first side's counts, not null
     * @param rightName the second side's name, not null
     * @param right the second side's counts, not null
     * @throws IllegalStateException naming the first jurisdiction whose counts differ
     */
    public static void requireEqual(String leftName, Map<String, CoverageCounts> left, String rightName,
            Map<String, CoverageCounts> right) {
        if (!left.keySet().equals(right.keySet())) {
            throw new IllegalStateException(leftName + " reports " + left.keySet() + ", " + rightName + " reports "
                    + right.keySet());
        }
        for (Map.Entry<String, CoverageCounts> e : left.entrySet()) {
            if (!e.getValue().equals(right.get(e.getKey()))) {
                throw new IllegalStateException(leftName + " gives " + e.getValue() + ", " + rightName + " gives "
                        + right.get(e.getKey()));
            }
        }
    }
}
