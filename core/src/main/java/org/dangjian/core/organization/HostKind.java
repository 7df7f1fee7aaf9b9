package org.dangjian.core.organization;

/**
 * The kinds of place that host organizations and joint formation.
 */
public enum HostKind {
    /** 园区: an industrial or development park. */
    INDUSTRIAL_PARK("园区"),
    /** 商务楼宇: an office building. */
    OFFICE_BUILDING("商务楼宇"),
    /** 商圈: a business district. */
    BUSINESS_DISTRICT("商圈"),
    /** 专业市场: a specialised market. */
    SPECIALISED_MARKET("专业市场");

    private final String label;

    HostKind(String label) {
        this.label = label;
    }

    /** @return the Chinese label, not null */
    public String label() {
        return label;
    }
}
