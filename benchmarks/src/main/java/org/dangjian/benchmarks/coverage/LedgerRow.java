package org.dangjian.benchmarks.coverage;

/**
 * One organization of the ledger as a flat row, the shape an integrator would load into a SQL table.
 *
 * @param creditCode the unified social credit code, not null
 * @param county the county code (6 digits), not null
 * @param township the township code (9 digits), or null when the unit is registered at county level
 * @param operating whether the unit actually operates (the denominator of every rate)
 * @param standalone whether the unit has its own Party organization
 * @param joint whether the unit is covered by a joint organization (and has none of its own)
 * @param work whether the unit has work coverage (an instructor, a liaison, or union / youth league organizations)
 * @param fullMembers the full members working in the unit
 * @param probationaryMembers the probationary members working in the unit (they do not count for formation)
 */
public record LedgerRow(String creditCode, String county, String township, boolean operating, boolean standalone,
        boolean joint, boolean work, int fullMembers, int probationaryMembers) {
}
