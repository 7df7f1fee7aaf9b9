package org.dangjian.benchmarks.dues;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.dangjian.benchmarks.county.Counties;
import org.dangjian.core.organization.PartyOrganization;
import org.dangjian.examples.county.MemberCategory;
import org.dangjian.examples.county.SampleCounty;
import org.dangjian.examples.county.SampleMember;

/**
 * Monthly bases of members on wages (employed, annual salary, self-employed: the four bands of 党费规定 Art 2)
 * from the sample county, with every band edge included.
 */
public final class DuesSamples {

    /** The band edges in fen and their neighbours: each appears in every sample of at least this many. */
    static final long[] EDGES = {0, 1, 100, 299_999, 300_000, 300_001, 490_000, 499_999, 500_000, 500_001, 509_999,
        510_000, 999_999, 1_000_000, 1_000_001, 5_000_000};

    /** Distinct county members drawn before the sample repeats. */
    static final int DISTINCT = 20_000;

    private static final Set<MemberCategory> BANDED = EnumSet.of(MemberCategory.EMPLOYED,
            MemberCategory.ANNUAL_SALARY, MemberCategory.SELF_EMPLOYED);

    private DuesSamples() {
    }

    /**
     * {@code n} bases in fen: the band edges, then the banded members of the sample county's Party
     * organizations in order (up to {@value #DISTINCT} distinct members, repeated to fill {@code n}).
     *
     * @param n how many, at least 0
     * @param countyOrganizations the size of the sample county drawn from (13 to 1,000,000)
     * @return the bases, not null
     */
    public static long[] basesFen(int n, int countyOrganizations) {
        SampleCounty county = Counties.of(countyOrganizations);
        List<Long> distinct = new ArrayList<>(Math.min(n, DISTINCT));
        for (PartyOrganization po : county.partyOrganizations()) {
            for (SampleMember m : county.lifeOf(po).members()) {
                if (BANDED.contains(m.category())) {
                    distinct.add(m.monthlyBase().fen());
                }
            }
            if (distinct.size() >= Math.min(n, DISTINCT)) {
                break;
            }
        }
        long[] bases = new long[n];
        for (int i = 0; i < n; i++) {
            bases[i] = i < EDGES.length ? EDGES[i] : distinct.get((i - EDGES.length) % distinct.size());
        }
        return bases;
    }
}
