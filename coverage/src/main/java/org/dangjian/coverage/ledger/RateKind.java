package org.dangjian.coverage.ledger;

import org.dangjian.core.rule.Rule;
import org.dangjian.coverage.CoverageRules;

/**
 * The rates a coverage report defines, each with its rule (RULES.md “Coverage”).
 */
public enum RateKind {
    /** 组织覆盖率 (COV-RATE-001). */
    ORGANIZATIONAL_COVERAGE("组织覆盖率", CoverageRules.RATE_ORGANIZATIONAL),
    /** 单独组建率 (COV-RATE-002). */
    STANDALONE("单独组建率", CoverageRules.RATE_STANDALONE),
    /** 工作覆盖率 (COV-RATE-003). */
    WORK_COVERAGE("工作覆盖率", CoverageRules.RATE_WORK),
    /** 应建尽建率 (COV-RATE-004). */
    FORMATION_COMPLIANCE("应建尽建率", CoverageRules.RATE_FORMATION),
    /** 有党员单位占比 (COV-RATE-005). */
    MEMBER_SHARE("有党员单位占比", CoverageRules.RATE_MEMBERS);

    private final String label;
    private final Rule rule;

    RateKind(String label, Rule rule) {
        this.label = label;
        this.rule = rule;
    }

    /** @return the Chinese label, not null */
    public String label() {
        return label;
    }

    /** @return the rule defining it, not null */
    public Rule rule() {
        return rule;
    }

    long part(CoverageCounts c) {
        switch (this) {
            case ORGANIZATIONAL_COVERAGE: return c.organizationallyCovered();
            case STANDALONE: return c.ownOrganization();
            case WORK_COVERAGE: return c.workCovered();
            case FORMATION_COMPLIANCE: return c.mustFormWithOwn();
            default: return c.withMembers();
        }
    }

    long whole(CoverageCounts c) {
        return this == FORMATION_COMPLIANCE ? c.mustForm() : c.units();
    }
}
