package org.dangjian.core.code;

/**
 * The level of a {@link Jurisdiction} in the administrative division hierarchy (GB/T 2260 and the
 * statistical division codes).
 */
public enum JurisdictionLevel {
    /** 省级 (xx0000). */
    PROVINCE("省级"),
    /** 地级 (xxxx00). */
    CITY("市级"),
    /** 县级 (xxxxxx). */
    COUNTY("县级"),
    /** 乡级：乡镇、街道 (9 digits). */
    TOWNSHIP("乡镇（街道）级"),
    /** 村级：村、社区 (12 digits). */
    VILLAGE("村（社区）级");

    private final String label;

    JurisdictionLevel(String label) {
        this.label = label;
    }

    /** @return the Chinese label, not null */
    public String label() {
        return label;
    }
}
