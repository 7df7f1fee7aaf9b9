package org.dangjian.benchmarks.coverage;

import java.util.Map;
import java.util.TreeSet;

/**
 * Checks, before anything is timed, that two sides give the same report: every line's numerators and
 * denominators equal (a line one side omits counts as all zeros).
 */
public final class CoverageComparison {

    private CoverageComparison() {
    }

    /**
     * Compares two reports.
     *
     * @param leftName the first side's name, not null
     * @param left the first side's counts by line key, not null
     * @param rightName the second side's name, not null
     * @param right the second side's counts by line key, not null
     * @throws IllegalStateException naming the first line whose counts differ
     */
    public static void requireEqual(String leftName, Map<String, ReportCounts> left, String rightName,
            Map<String, ReportCounts> right) {
        TreeSet<String> keys = new TreeSet<>(left.keySet());
        keys.addAll(right.keySet());
        for (String key : keys) {
            ReportCounts l = left.getOrDefault(key, ReportCounts.ZERO);
            ReportCounts r = right.getOrDefault(key, ReportCounts.ZERO);
            if (!l.equals(r)) {
                throw new IllegalStateException(key + ": " + leftName + " gives " + l + ", " + rightName + " gives "
                        + r);
            }
        }
        if (keys.isEmpty()) {
            throw new IllegalStateException("both reports are empty: nothing was compared");
        }
    }
}
