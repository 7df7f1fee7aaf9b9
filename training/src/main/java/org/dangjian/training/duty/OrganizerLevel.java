package org.dangjian.training.duty;

/**
 * The level of the body that organized a training, from the centre down to a primary Party organization.
 */
public enum OrganizerLevel {
    /** 中央. */
    CENTRAL("中央"),
    /** 省级. */
    PROVINCE("省级"),
    /** 市级. */
    CITY("市级"),
    /** 县级. */
    COUNTY("县级"),
    /** 乡镇（街道）. */
    TOWNSHIP("乡镇（街道）"),
    /** 基层党组织. */
    PRIMARY_ORGANIZATION("基层党组织");

    private final String label;

    OrganizerLevel(String label) {
        this.label = label;
    }

    /** @return the Chinese label, not null */
    public String label() {
        return label;
    }

    /** @return whether the level is the county or above (培训规划: “县级以上集中培训”) */
    public boolean isCountyOrAbove() {
        return ordinal() <= COUNTY.ordinal();
    }
}
