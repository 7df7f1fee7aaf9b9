package org.dangjian.core.organization;

/**
 * The level of the civil-affairs (or market) department an organization is registered with.
 */
public enum RegistrationLevel {
    /** 全国性: registered nationally. */
    NATIONAL("全国性"),
    /** 省级: registered with a province. */
    PROVINCIAL("省级"),
    /** 市级: registered with a city. */
    MUNICIPAL("市级"),
    /** 县级: registered with a county. */
    COUNTY("县级");

    private final String label;

    RegistrationLevel(String label) {
        this.label = label;
    }

    /** @return the Chinese label, not null */
    public String label() {
        return label;
    }
}
