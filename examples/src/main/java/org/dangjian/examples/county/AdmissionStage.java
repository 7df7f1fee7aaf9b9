package org.dangjian.examples.county;

/**
 * The five stages of admission (发展细则), as the sample records reach them.
 */
public enum AdmissionStage {
    /** 入党申请人. */
    APPLICANT("入党申请人"),
    /** 入党积极分子. */
    ACTIVIST("入党积极分子"),
    /** 发展对象. */
    DEVELOPMENT_CANDIDATE("发展对象"),
    /** 预备党员. */
    PROBATIONARY_MEMBER("预备党员"),
    /** 正式党员 (converted). */
    FULL_MEMBER("正式党员");

    private final String label;

    AdmissionStage(String label) {
        this.label = label;
    }

    /** @return the Chinese label, not null */
    public String label() {
        return label;
    }
}
