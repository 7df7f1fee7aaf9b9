package org.dangjian.coverage.ledger;

/**
 * Head-count bands at the national and seed thresholds (10, 30, 50, 100), for breakdowns.
 */
public enum SizeBand {
    /** Fewer than 10. */
    UNDER_10("10人以下", 0),
    /** 10 to 29. */
    FROM_10_TO_29("10—29人", 10),
    /** 30 to 49. */
    FROM_30_TO_49("30—49人", 30),
    /** 50 to 99. */
    FROM_50_TO_99("50—99人", 50),
    /** 100 or more. */
    FROM_100("100人以上", 100);

    private static final SizeBand[] VALUES = values();

    private final String label;
    private final int from;

    SizeBand(String label, int from) {
        this.label = label;
        this.from = from;
    }

    /** @return the Chinese label, not null */
    public String label() {
        return label;
    }

    /** @return the smallest head count in the band */
    public int from() {
        return from;
    }

    /**
     * The band of a head count.
     *
     * @param headCount not negative
     * @return the band, not null
     */
    public static SizeBand of(int headCount) {
        for (int i = VALUES.length - 1; i > 0; i--) {
            if (headCount >= VALUES[i].from) {
                return VALUES[i];
            }
        }
        return UNDER_10;
    }
}
