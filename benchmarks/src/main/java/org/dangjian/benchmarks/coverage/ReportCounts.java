package org.dangjian.benchmarks.coverage;

/**
 * The numerators and denominators of one line of the coverage report (a jurisdiction, a kind, a sub-kind, an
 * industry or a size band) as whole counts: whatever computes them, these must be equal.
 *
 * @param units operating units in the survey scope (the denominator of the coverage rates)
 * @param own those with their own organization
 * @param joint those covered only by a joint organization
 * @param workOnly those with work coverage and no organization
 * @param withMembers those with at least one member
 * @param aboveScale above-scale enterprises among them
 * @param aboveScaleOwn above-scale enterprises with their own organization
 * @param mustForm operating units with at least the minimum of full members (formation compliance's denominator)
 * @param mustFormOwn those of them with their own organization
 * @param fullMembers full members in operating units
 * @param members members in operating units
 */
public record ReportCounts(long units, long own, long joint, long workOnly, long withMembers, long aboveScale,
        long aboveScaleOwn, long mustForm, long mustFormOwn, long fullMembers, long members) {

    /** No unit at all. */
    public static final ReportCounts ZERO = new ReportCounts(0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0);
}
