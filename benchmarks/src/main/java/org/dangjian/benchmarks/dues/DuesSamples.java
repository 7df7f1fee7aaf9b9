package org.dangjian.benchmarks.dues;

import java.util.SplittableRandom;

/**
 * Seeded monthly bases of employed members, spread over the four bands with every band edge included.
 */
public final class DuesSamples {

    /** The seed every run uses. */
    public static final long SEED = 20_261_121L;

    /** The band edges in fen and their neighbours: each must appear in every sample. */
    static final long[] EDGES = {0, 1, 299_999, 300_000, 300_001, 499_999, 500_000, 500_001, 509_999, 510_000,
        490_000, 999_999, 1_000_000, 1_000_001, 5_000_000};

    private DuesSamples() {
    }

    /**
     * {@code n} bases in fen: the band edges first, then a seeded draw (60% 1500–5000 yuan, 30% 5000–10000,
     * 10% 10000–60000), to the fen.
     *
     * @param n how many, at least 0
     * @param seed the seed
     * @return the bases, not null
     */
    public static long[] employedBasesFen(int n, long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        long[] bases = new long[n];
        for (int i = 0; i < n; i++) {
            if (i < EDGES.length) {
                bases[i] = EDGES[i];
                continue;
            }
            double u = random.nextDouble();
            if (u < 0.6) {
                bases[i] = random.nextLong(150_000, 500_001);
            } else if (u < 0.9) {
                bases[i] = random.nextLong(500_001, 1_000_001);
            } else {
                bases[i] = random.nextLong(1_000_001, 6_000_001);
            }
        }
        return bases;
    }
}
