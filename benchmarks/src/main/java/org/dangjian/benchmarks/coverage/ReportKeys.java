package org.dangjian.benchmarks.coverage;

/**
 * The keys of the report's lines, the same for every side: {@code jurisdiction:430102001}, {@code kind:…},
 * {@code subKind:…}, {@code industry:C}, {@code size:FROM_10_TO_29}.
 */
public final class ReportKeys {

    private ReportKeys() {
    }

    /**
     * @param code a county or township code, not null
     * @return the key, not null
     */
    public static String jurisdiction(String code) {
        return "jurisdiction:" + code;
    }

    /**
     * @param kind an {@code OrganizationKind} name, not null
     * @return the key, not null
     */
    public static String kind(String kind) {
        return "kind:" + kind;
    }

    /**
     * @param subKind an {@code OrganizationSubKind} name, not null
     * @return the key, not null
     */
    public static String subKind(String subKind) {
        return "subKind:" + subKind;
    }

    /**
     * @param industry a GB/T 4754 section letter, not null
     * @return the key, not null
     */
    public static String industry(String industry) {
        return "industry:" + industry;
    }

    /**
     * @param sizeBand a size band's name, not null
     * @return the key, not null
     */
    public static String sizeBand(String sizeBand) {
        return "size:" + sizeBand;
    }

    /**
     * The size band of a head count, as the SDK's {@code SizeBand} and the SQL's CASE name it.
     *
     * @param headCount the staff
     * @return the band's name, not null
     */
    public static String sizeBandOf(int headCount) {
        if (headCount >= 100) {
            return "FROM_100";
        }
        if (headCount >= 50) {
            return "FROM_50_TO_99";
        }
        if (headCount >= 30) {
            return "FROM_30_TO_49";
        }
        return headCount >= 10 ? "FROM_10_TO_29" : "UNDER_10";
    }
}
