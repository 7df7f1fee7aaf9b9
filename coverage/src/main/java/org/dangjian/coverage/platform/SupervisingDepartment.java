package org.dangjian.coverage.platform;

/**
 * The industry departments that lead Party building in their sector (“管行业必须管党建”).
 */
public enum SupervisingDepartment {
    /** 邮政管理部门 (couriers). */
    POSTAL_ADMINISTRATION("邮政管理部门"),
    /** 交通运输部门 (ride-hailing and truck drivers). */
    TRANSPORT("交通运输部门"),
    /** 市场监管部门. */
    MARKET_REGULATION("市场监管部门"),
    /** 商务部门. */
    COMMERCE("商务部门"),
    /** 网信部门. */
    CYBERSPACE("网信部门"),
    /** 人力资源社会保障部门. */
    HUMAN_RESOURCES("人力资源社会保障部门"),
    /** 文化和旅游部门. */
    CULTURE_AND_TOURISM("文化和旅游部门");

    private final String label;

    SupervisingDepartment(String label) {
        this.label = label;
    }

    /** @return the Chinese label, not null */
    public String label() {
        return label;
    }
}
