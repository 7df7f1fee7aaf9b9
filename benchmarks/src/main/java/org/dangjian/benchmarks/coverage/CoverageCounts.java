package org.dangjian.benchmarks.coverage;

/**
 * The numerators and the denominators of the coverage rates of one jurisdiction (非公意见; seed 002), as whole
 * counts: whatever computes them, these must be equal.
 *
 * @param jurisdiction the township or county code, not null
 * @param operating units actually operating (the denominator of the organizational, standalone and work rates)
 * @param standalone operating units with their own organization
 * @param covered operating units with their own organization or covered by a joint one
 * @param workCovered operating units with an organization or with work coverage
 * @param mustForm operating units with at least three full members (the denominator of formation compliance)
 * @param mustFormFormed those of them with their own organization
 */
public record CoverageCounts(String jurisdiction, long operating, long standalone, long covered, long workCovered,
        long mustForm, long mustFormFormed) {
}
