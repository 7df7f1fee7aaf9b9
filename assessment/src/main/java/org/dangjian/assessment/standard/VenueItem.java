package org.dangjian.assessment.standard;

/**
 * One item of the “六有” standard for a Party-building venue (seed 001): a place, a sign, a flag, books,
 * rules on the wall and equipment.
 */
public enum VenueItem {
    /** 有场所. */
    PLACE("有场所"),
    /** 有标识（党组织牌子）. */
    SIGN("有标识"),
    /** 有党旗. */
    FLAG("有党旗"),
    /** 有书报. */
    BOOKS("有书报"),
    /** 有制度（制度上墙）. */
    RULES("有制度"),
    /** 有设备. */
    EQUIPMENT("有设备");

    private final String label;

    VenueItem(String label) {
        this.label = label;
    }

    /** @return the Chinese label, such as {@code 有党旗}, not null */
    public String label() {
        return label;
    }
}
