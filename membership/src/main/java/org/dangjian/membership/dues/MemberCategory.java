package org.dangjian.membership.dues;

/**
 * The categories of 党费规定 that fix how a member's dues are computed.
 */
public enum MemberCategory {
    /** 在职党员: the regular part of monthly wages after tax (第一条、第二条). */
    EMPLOYED("在职党员", true),
    /** 实行年薪制的党员: the month's actual pay (第三条). */
    ANNUAL_SALARY("实行年薪制的党员", true),
    /** 个体工商户等: last quarter's average monthly net income (第四条). */
    SELF_EMPLOYED("个体工商户及私营企业主等", true),
    /** 离退休党员: the pension actually received (第五条). */
    RETIRED("离退休党员", true),
    /** 农民党员: a fixed 0.20–1.00 yuan (第六条). */
    FARMER("农民党员", false),
    /** 学生党员 (第六条). */
    STUDENT("学生党员", false),
    /** 下岗失业党员 (第六条). */
    UNEMPLOYED("下岗失业党员", false),
    /** 依靠抚恤或救济生活的党员 (第六条). */
    ON_RELIEF("依靠抚恤或救济生活的党员", false),
    /** 领取当地最低生活保障金的党员 (第六条). */
    MINIMUM_LIVING_ALLOWANCE("领取最低生活保障金的党员", false);

    private final String label;
    private final boolean incomeBased;

    MemberCategory(String label, boolean incomeBased) {
        this.label = label;
        this.incomeBased = incomeBased;
    }

    /** @return the Chinese label, not null */
    public String label() {
        return label;
    }

    /** @return whether dues are a rate of an income base (false: a fixed amount) */
    public boolean isIncomeBased() {
        return incomeBased;
    }
}
