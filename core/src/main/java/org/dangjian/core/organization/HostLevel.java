package org.dangjian.core.organization;

/**
 * The level of a park (staffing norms differ).
 */
public enum HostLevel {
    /** 国家级: a national-level park. */
    NATIONAL("国家级"),
    /** 省级: a provincial park. */
    PROVINCIAL("省级"),
    /** 市县级: a city or county park. */
    LOCAL("市县级");

    private final String label;

    HostLevel(String label) {
        this.label = label;
    }

    /** @return the Chinese label, not null */
    public String label() {
        return label;
    }
}
