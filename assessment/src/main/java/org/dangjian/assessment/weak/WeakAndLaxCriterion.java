package org.dangjian.assessment.weak;

import org.dangjian.assessment.AssessmentRules;
import org.dangjian.core.rule.Rule;

/**
 * One situation of the weak-and-lax list (national list, local triggers), each checked by its own rule.
 */
public enum WeakAndLaxCriterion {
    /** 书记长期空缺 (ASM-WEAK-002). */
    SECRETARY_VACANT("书记长期空缺", "secretary long vacant", AssessmentRules.WEAK_SECRETARY_VACANT),
    /** 班子不团结 (ASM-WEAK-003). */
    TEAM_DISUNITED("班子不团结", "team disunited", AssessmentRules.WEAK_TEAM_DISUNITED),
    /** 组织生活流于形式 (ASM-WEAK-004). */
    LIFE_ONLY_ON_PAPER("组织生活流于形式", "organizational life only on paper", AssessmentRules.WEAK_LIFE_ON_PAPER),
    /** 任期届满未按期换届 (ASM-WEAK-005). */
    TERM_OVERDUE("任期届满未按期换届", "renewal overdue", AssessmentRules.WEAK_TERM_OVERDUE),
    /** 选举不规范 (ASM-WEAK-006). */
    ELECTIONS_IRREGULAR("选举不规范", "elections irregular", AssessmentRules.WEAK_ELECTIONS_IRREGULAR),
    /** 长期未发展党员 (ASM-WEAK-007). */
    NO_NEW_MEMBERS("有培养对象却长期未发展党员", "no new members while candidates exist", AssessmentRules.WEAK_NO_ADMISSION),
    /** 党员长期不交党费 (ASM-WEAK-008). */
    MEMBERS_LONG_UNPAID("党员长期不交党费", "members long unpaid", AssessmentRules.WEAK_DUES_UNPAID),
    /** 年度考核末位 (ASM-WEAK-009). */
    LAST_IN_ASSESSMENT("年度考核排名末位", "last in the annual assessment", AssessmentRules.WEAK_LAST_RANKED),
    /** 满意度低 (ASM-WEAK-010). */
    LOW_SATISFACTION("群众满意度低", "low satisfaction", AssessmentRules.WEAK_LOW_SATISFACTION),
    /** 不良势力渗透 (ASM-WEAK-011). */
    INFILTRATION("受到不良势力渗透", "infiltration", AssessmentRules.WEAK_INFILTRATION),
    /** 信访、群体性事件、治安问题 (ASM-WEAK-012). */
    PUBLIC_ORDER_PROBLEMS("信访突出或发生群体性事件、治安问题", "petitions, mass incidents or public-order problems",
            AssessmentRules.WEAK_PUBLIC_ORDER);

    private final String label;
    private final String labelEn;
    private final Rule rule;

    WeakAndLaxCriterion(String label, String labelEn, Rule rule) {
        this.label = label;
        this.labelEn = labelEn;
        this.rule = rule;
    }

    /** @return the Chinese label, not null */
    public String label() {
        return label;
    }

    /** @return the English label, not null */
    public String labelEn() {
        return labelEn;
    }

    /** @return the rule that checks it, not null */
    public Rule rule() {
        return rule;
    }
}
