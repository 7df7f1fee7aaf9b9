package org.dangjian.benchmarks.county;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.dangjian.core.organization.PartyOrganization;
import org.dangjian.examples.county.PartyLife;
import org.dangjian.examples.county.SampleCounty;

/**
 * The report year of the first Party organizations of a sample county (members, meetings, admissions,
 * training, facts), generated once per size and JVM.
 *
 * @param county the county, not null
 * @param organizations the Party organizations, not null
 * @param lives each one's year, in the same order, not null
 */
public record CountyYear(SampleCounty county, List<PartyOrganization> organizations, List<PartyLife> lives) {

    private static final Map<Integer, CountyYear> CACHE = new ConcurrentHashMap<>();

    /**
     * The year of {@code branches} Party organizations, from a county about five and a half times as large
     * (the sample county has about 18 Party organizations per 100 new organizations).
     *
     * @param branches how many Party organizations
     * @return the year, not null
     * @throws IllegalArgumentException when the county has fewer
     */
    public static CountyYear of(int branches) {
        return CACHE.computeIfAbsent(branches, n -> {
            SampleCounty county = Counties.of(Math.min(1_000_000, Math.max(1_000, n * 6)));
            if (county.partyOrganizations().size() < n) {
                throw new IllegalArgumentException("the county has " + county.partyOrganizations().size()
                        + " Party organizations, not " + n);
            }
            List<PartyOrganization> pos = county.partyOrganizations().subList(0, n);
            List<PartyLife> lives = new ArrayList<>(n);
            for (PartyOrganization po : pos) {
                lives.add(county.lifeOf(po));
            }
            return new CountyYear(county, List.copyOf(pos), List.copyOf(lives));
        });
    }
}
