package org.dangjian.benchmarks.coverage;

/**
 * One organization of the ledger as a flat row: the raw facts an integrator would load into a SQL table, with
 * the ledger's coverage index (own / joint organization) as two columns.
 *
 * @param creditCode the unified social credit code, not null
 * @param county the county code (6 digits), not null
 * @param township the township code (9 digits), or null when the unit is registered at county level
 * @param kind the {@code OrganizationKind} constant, not null
 * @param subKind the {@code OrganizationSubKind} constant, not null
 * @param industry the GB/T 4754 section letter, not null
 * @param headCount the staff
 * @param operating whether the unit actually operates
 * @param own whether the unit has its own Party organization (one that covers it alone)
 * @param joint whether a Party organization covering several units covers it
 * @param workFacts whether it has an instructor, a liaison or mass organizations (work coverage facts)
 * @param fullMembers the full members working in the unit
 * @param members full and probationary members
 * @param revenueFen the annual revenue in fen, or -1 when unknown
 */
public record LedgerRow(String creditCode, String county, String township, String kind, String subKind,
        String industry, int headCount, boolean operating, boolean own, boolean joint, boolean workFacts,
        int fullMembers, int members, long revenueFen) {
}
