package org.dangjian.assessment.standard;

/**
 * A unit that the staffing norms of seed 004 cover.
 */
public enum StaffedUnit {
    /** 国家级园区. */
    NATIONAL_PARK("国家级园区"),
    /** 省级园区. */
    PROVINCIAL_PARK("省级园区"),
    /** 街道“两新”综合党委. */
    STREET_COMMITTEE("街道综合党委");

    private final String label;

    StaffedUnit(String label) {
        this.label = label;
    }

    /** @return the Chinese label, not null */
    public String label() {
        return label;
    }
}
