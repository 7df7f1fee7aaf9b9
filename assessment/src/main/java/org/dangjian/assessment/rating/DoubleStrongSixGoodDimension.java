package org.dangjian.assessment.rating;

/**
 * The eight dimensions of “双强六好”: two strongs and six goods.
 */
public enum DoubleStrongSixGoodDimension {
    /** 党建强. */
    STRONG_PARTY_BUILDING("党建强"),
    /** 发展强. */
    STRONG_DEVELOPMENT("发展强"),
    /** 经营管理好. */
    GOOD_OPERATIONS("经营管理好"),
    /** 企业文化好. */
    GOOD_CULTURE("企业文化好"),
    /** 劳动关系好. */
    GOOD_LABOUR_RELATIONS("劳动关系好"),
    /** 班子队伍好. */
    GOOD_LEADERSHIP("班子队伍好"),
    /** 党员队伍好. */
    GOOD_MEMBERS("党员队伍好"),
    /** 社会评价好. */
    GOOD_REPUTATION("社会评价好");

    private final String label;

    DoubleStrongSixGoodDimension(String label) {
        this.label = label;
    }

    /** @return the Chinese label, such as {@code 党建强}, not null */
    public String label() {
        return label;
    }
}
