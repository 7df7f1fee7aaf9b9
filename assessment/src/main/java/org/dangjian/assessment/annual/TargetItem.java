package org.dangjian.assessment.annual;

/**
 * A target of the yearly responsibility letter (seed 003).
 */
public enum TargetItem {
    /** 新建党组织. */
    NEW_PARTY_ORGANIZATIONS("新建党组织"),
    /** 党群服务中心. */
    SERVICE_CENTRES("党群服务中心"),
    /** 教育基地. */
    EDUCATION_BASES("教育基地"),
    /** 联系点. */
    CONTACT_POINTS("联系点"),
    /** 示范点. */
    DEMONSTRATION_SITES("示范点"),
    /** 党建品牌. */
    BRANDS("党建品牌"),
    /** 宣传报道. */
    PUBLICITY("宣传报道");

    private final String label;

    TargetItem(String label) {
        this.label = label;
    }

    /** @return the Chinese label, not null */
    public String label() {
        return label;
    }

    /** @return the scorecard indicator id, such as {@code brands} */
    public String indicatorId() {
        return name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
    }
}
