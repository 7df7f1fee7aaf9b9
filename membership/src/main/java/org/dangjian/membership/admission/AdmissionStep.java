package org.dangjian.membership.admission;

/**
 * The dated steps of admission the validator checks, in their order (发展细则: five stages, twenty-five steps;
 * the steps without a date of their own, such as reporting to the higher committee, are left out).
 */
public enum AdmissionStep {
    /** 递交入党申请书. */
    APPLICATION("递交入党申请书"),
    /** 派人谈话. */
    TALK("党组织派人谈话"),
    /** 确定入党积极分子. */
    ACTIVIST("确定为入党积极分子"),
    /** 确定发展对象. */
    DEVELOPMENT_CANDIDATE("确定为发展对象"),
    /** 确定入党介绍人. */
    INTRODUCERS("确定入党介绍人"),
    /** 政治审查. */
    POLITICAL_REVIEW("进行政治审查"),
    /** “九部门联审”（地方）. */
    JOINT_REVIEW("“九部门联审”"),
    /** 集中培训. */
    TRAINING("开展集中培训"),
    /** 公示. */
    PUBLICITY("公示"),
    /** 基层党委预审. */
    PRE_REVIEW("上级党委预审"),
    /** 支部大会讨论接收预备党员. */
    ADMISSION_MEETING("支部大会讨论接收预备党员"),
    /** 上级党委审批. */
    APPROVAL("上级党委审批"),
    /** 入党宣誓. */
    OATH("入党宣誓"),
    /** 支部大会讨论转正. */
    CONVERSION_MEETING("支部大会讨论转正"),
    /** 上级党委审批转正. */
    CONVERSION_APPROVAL("上级党委审批转正");

    private final String label;

    AdmissionStep(String label) {
        this.label = label;
    }

    /** @return the Chinese label, not null */
    public String label() {
        return label;
    }
}
