package org.dangjian.assessment.appraisal;

/**
 * The four grades of democratic appraisal (教育管理条例 第十八条).
 */
public enum AppraisalGrade {
    /** 优秀. */
    EXCELLENT("优秀"),
    /** 合格. */
    QUALIFIED("合格"),
    /** 基本合格. */
    BASICALLY_QUALIFIED("基本合格"),
    /** 不合格. */
    UNQUALIFIED("不合格");

    private final String label;

    AppraisalGrade(String label) {
        this.label = label;
    }

    /** @return the Chinese label, not null */
    public String label() {
        return label;
    }
}
