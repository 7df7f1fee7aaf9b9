package org.dangjian.core;

import java.util.List;
import org.dangjian.core.rule.Grade;
import org.dangjian.core.rule.Rule;
import org.dangjian.core.rule.RuleSet;
import org.dangjian.core.rule.Sources;

/**
 * The core's own rules: how the SDK counts time limits and checks the standard codes every module reads.
 */
public final class CoreRules implements RuleSet {
    /** The bundle core's reasons render from. */
    public static final String BUNDLE = "org.dangjian.core.Messages";

    /** CORE-TIME-001: periods are counted from the day after the event; a month or year ends on the corresponding day, or the month's last day. */
    public static final Rule TIME_LIMITS = Rule.builder("CORE-TIME-001")
            .titles("期间按日历计算：开始当日不计入，到期月对应日（无对应日为月末日）为最后一日",
                    "Periods run from the day after the event and end on the corresponding day, or the month's last day")
            .cites(Sources.CIVIL_CODE, "第二百零一条、第二百零二条", Grade.A)
            .bundle(BUNDLE)
            .build();
    /** CORE-CODE-001: unified social credit codes carry a GB 32100 check character. */
    public static final Rule CREDIT_CODE = Rule.builder("CORE-CODE-001")
            .titles("统一社会信用代码18位并符合校验码规则", "A credit code has 18 characters and a valid check character")
            .cites(Sources.GB_32100, "第4章 代码结构、附录 校验码计算", Grade.A)
            .bundle(BUNDLE)
            .build();
    /** CORE-CODE-002: identity numbers carry a GB 11643 check character and a valid birth date. */
    public static final Rule IDENTITY_NUMBER = Rule.builder("CORE-CODE-002")
            .titles("公民身份号码18位、出生日期有效并符合校验码规则",
                    "An identity number has 18 characters, a valid birth date and check character")
            .cites(Sources.GB_11643, "第4章 编码规则、第5章 校验码", Grade.A)
            .bundle(BUNDLE)
            .build();
    /** CORE-CODE-003: division codes are 6 (GB/T 2260), 9 or 12 digits and nest. */
    public static final Rule DIVISION_CODE = Rule.builder("CORE-CODE-003")
            .titles("行政区划代码为6位（乡级9位、村级12位）并逐级隶属",
                    "Division codes have 6, 9 or 12 digits and nest level by level")
            .cites(Sources.GB_T_2260, "第3章 编码方法", Grade.A)
            .bundle(BUNDLE)
            .build();
    /** CORE-CODE-004: industries are the sections A–T of GB/T 4754-2017. */
    public static final Rule INDUSTRY = Rule.builder("CORE-CODE-004")
            .titles("行业按国民经济行业分类门类A—T", "Industries are the sections A–T of GB/T 4754-2017")
            .cites(Sources.GB_T_4754, "第4章 分类与代码", Grade.A)
            .bundle(BUNDLE)
            .build();

    /** Creates the rule set (used by {@link java.util.ServiceLoader}). */
    public CoreRules() {}

    @Override
    public String module() {
        return "core";
    }

    @Override
    public List<Rule> rules() {
        return List.of(TIME_LIMITS, CREDIT_CODE, IDENTITY_NUMBER, DIVISION_CODE, INDUSTRY);
    }
}
