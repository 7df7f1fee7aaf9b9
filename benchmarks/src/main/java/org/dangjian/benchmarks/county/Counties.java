package org.dangjian.benchmarks.county;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.dangjian.examples.county.SampleCounty;
import org.dangjian.examples.county.SampleCountyGenerator;

/**
 * The benchmarks' inputs: the examples' seeded sample county (430102), generated once per size and JVM, so the
 * benchmarks of one fork share it.
 */
public final class Counties {

    /** The seed every run uses. */
    public static final long SEED = 2026L;

    private static final Map<Integer, SampleCounty> CACHE = new ConcurrentHashMap<>();

    private Counties() {
    }

    /**
     * The county with this many organizations.
     *
     * @param organizations 13 to 1,000,000
     * @return the county, not null
     */
    public static SampleCounty of(int organizations) {
        return CACHE.computeIfAbsent(organizations, n -> SampleCountyGenerator.generate(SEED, n));
    }
}
