package org.dangjian.examples.county;

/**
 * How a sample member's dues are based (党费规定 Arts 1–6), as the generator draws it.
 */
public enum MemberCategory {
    /** 在职：regular wages after tax. */
    EMPLOYED("在职"),
    /** 年薪制：the month's actual pay. */
    ANNUAL_SALARY("年薪制"),
    /** 个体经营：last quarter's average monthly net income. */
    SELF_EMPLOYED("个体经营"),
    /** 离退休：the pension. */
    RETIRED("离退休"),
    /** 农民：a fixed small amount. */
    FARMER("农民"),
    /** 学生。 */
    STUDENT("学生"),
    /** 下岗失业。 */
    UNEMPLOYED("下岗失业");

    private final String label;

    MemberCategory(String label) {
        this.label = label;
    }

    /** @return the Chinese label, not null */
    public String label() {
        return label;
    }
}
