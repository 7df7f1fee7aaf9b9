package org.dangjian.benchmarks.coverage;

/**
 * The parameter values the coverage report reads, as plain numbers for SQL and the loop; null where the
 * jurisdiction sets none.
 *
 * @param scopeEnterprise survey scope of non-public enterprises (staff at least), or null
 * @param scopeSocial survey scope of social organizations (staff at least), or null
 * @param minFullMembers full members from which a unit must form its own organization, or null
 * @param aboveScaleRevenueFen above-scale revenue in fen, or null
 * @param aboveScaleEmployees above-scale staff, or null
 * @param scopeGated whether the report's units (and the lines counted among them) are only the units in the
 *     survey scope, or every operating unit (the SDK's choice, read from its report)
 */
public record CoverageFigures(Integer scopeEnterprise, Integer scopeSocial, Integer minFullMembers,
        Long aboveScaleRevenueFen, Integer aboveScaleEmployees, boolean scopeGated) {

    /** @return whether above-scale enterprises are defined (both figures set) */
    public boolean aboveScaleDefined() {
        return aboveScaleRevenueFen != null && aboveScaleEmployees != null;
    }
}
