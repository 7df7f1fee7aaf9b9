package org.dangjian.benchmarks.dues;

/**
 * The practical limit: the employed members' dues bands of 党费规定 Art 2 hand-coded over a {@code long[]} of
 * monthly bases in fen, half-up to the fen. No objects, no reasons, no parameters: the bare computation the
 * SDK's value path is measured against.
 *
 * <p>Bands (the band's rate applies to the whole base): ≤ 3000.00 → 0.5%; ≤ 5000.00 → 1%; ≤ 10000.00 → 1.5%;
 * above → 2%. Example: a base of 510000 fen (5100.00 yuan) pays 7650 fen (76.50 yuan).
 */
public final class PrimitiveDues {

    private PrimitiveDues() {
    }

    /**
     * The monthly dues of one employed member.
     *
     * @param baseFen the monthly base in fen, not negative
     * @return the dues in fen, half-up
     */
    public static long duesFen(long baseFen) {
        long perMille;
        if (baseFen <= 300_000L) {
            perMille = 5;
        } else if (baseFen <= 500_000L) {
            perMille = 10;
        } else if (baseFen <= 1_000_000L) {
            perMille = 15;
        } else {
            perMille = 20;
        }
        return (baseFen * perMille + 500L) / 1000L;
    }

    /**
     * The dues of every base, written into {@code out}.
     *
     * @param basesFen the bases in fen, not null
     * @param out where the dues go, at least as long as {@code basesFen}, not null
     * @return the sum of the dues in fen (a checksum)
     */
    public static long duesFen(long[] basesFen, long[] out) {
        long sum = 0;
        for (int i = 0; i < basesFen.length; i++) {
            long d = duesFen(basesFen[i]);
            out[i] = d;
            sum += d;
        }
        return sum;
    }
}
