package org.dangjian.benchmarks.coverage;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/**
 * A seeded ledger of flat rows in county 430102, over thirteen townships and the county level.
 */
public final class LedgerSamples {

    /** The seed every run uses. */
    public static final long SEED = 20_261_121L;

    private LedgerSamples() {
    }

    /**
     * {@code n} seeded rows.
     *
     * @param n how many, at least 0
     * @param seed the seed
     * @return the rows, not null
     */
    public static List<LedgerRow> rows(int n, long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        List<LedgerRow> rows = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            int t = random.nextInt(14);
            String township = t == 13 ? null : "430102" + String.format("%03d", t + 1);
            int full = random.nextInt(10) < 6 ? random.nextInt(3) : random.nextInt(3, 40);
            boolean standalone = full >= 3 && random.nextInt(10) < 8;
            boolean joint = !standalone && random.nextInt(10) < 4;
            boolean work = !standalone && !joint && random.nextBoolean();
            rows.add(new LedgerRow(String.format("91430102%09dX", i), "430102", township, random.nextInt(20) != 0,
                    standalone, joint, work, full, random.nextInt(3)));
        }
        return rows;
    }
}
