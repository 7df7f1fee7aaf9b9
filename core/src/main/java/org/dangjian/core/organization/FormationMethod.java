package org.dangjian.core.organization;

/**
 * The ways of forming a Party organization that the seeds name (组建方式).
 */
public enum FormationMethod {
    /** 单独组建: the unit forms its own organization. */
    STANDALONE("单独组建"),
    /** 联合组建: several units form one joint branch. */
    JOINT("联合组建"),
    /** 区域联建: units of a region form one together. */
    REGIONAL_JOINT("区域联建"),
    /** 行业统建: an industry body forms one for its members. */
    INDUSTRY_WIDE("行业统建"),
    /** 挂靠组建: attached to an existing organization. */
    AFFILIATED("挂靠组建"),
    /** 驻派帮建: an instructor or secretary is sent to help form one. */
    DISPATCHED("驻派帮建"),
    /** 龙头带建: a lead enterprise of the chain forms one for its chain. */
    LEAD_ENTERPRISE("龙头带建"),
    /** 平台统建: a platform or association forms one for gig workers. */
    PLATFORM("平台统建"),
    /** 楼宇共建: the units of an office building form one together. */
    BUILDING("楼宇共建"),
    /** 园区统建: a park forms one for its units. */
    PARK("园区统建"),
    /** 市场统建: a specialised market forms one for its units. */
    MARKET("市场统建"),
    /** 兜底组建: the street or community forms one as a fallback. */
    FALLBACK("兜底组建");

    private final String label;

    FormationMethod(String label) {
        this.label = label;
    }

    /** @return the Chinese label, not null */
    public String label() {
        return label;
    }
}
