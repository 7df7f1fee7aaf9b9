package org.dangjian.coverage.ledger;

import java.util.function.Function;
import org.dangjian.core.money.Fraction;
import org.dangjian.core.parameter.ParameterKey;
import org.dangjian.core.money.Rate;
import org.dangjian.core.rule.Rule;
import org.dangjian.coverage.CoverageRules;

/**
 * The rates that carry targets, each with its target parameter and rule.
 */
public enum TargetMetric {
    /** 组织覆盖率 ≥ X% (each jurisdiction sets X). */
    ORGANIZATIONAL_COVERAGE("组织覆盖率", CoverageRules.TARGET_ORGANIZATIONAL, CoverageRules.TGT_ORGANIZATIONAL,
            CoverageCounts::organizationalCoverageRate),
    /** 应建尽建率 100%. */
    FORMATION_COMPLIANCE("应建尽建率", CoverageRules.TARGET_FORMATION_COMPLIANCE, CoverageRules.TGT_FORMATION,
            CoverageCounts::formationComplianceRate),
    /** 工作覆盖率 100%. */
    WORK_COVERAGE("工作覆盖率", CoverageRules.TARGET_WORK, CoverageRules.TGT_WORK, CoverageCounts::workCoverageRate),
    /** 规模以上企业单独组建率 ≥ 98%. */
    ABOVE_SCALE_STANDALONE("规模以上企业单独组建率", CoverageRules.TARGET_ABOVE_SCALE_STANDALONE,
            CoverageRules.TGT_ABOVE_SCALE, CoverageCounts::aboveScaleStandaloneRate);

    private final String label;
    private final ParameterKey<Rate> key;
    private final Rule rule;
    private final Function<CoverageCounts, Fraction> rate;

    TargetMetric(String label, ParameterKey<Rate> key, Rule rule, Function<CoverageCounts, Fraction> rate) {
        this.label = label;
        this.key = key;
        this.rule = rule;
        this.rate = rate;
    }

    /** @return the Chinese label, not null */
    public String label() {
        return label;
    }

    /** @return the target parameter, not null */
    public ParameterKey<Rate> key() {
        return key;
    }

    /** @return the rule, not null */
    public Rule rule() {
        return rule;
    }

    /**
     * The rate of some counts.
     *
     * @param counts the counts, not null
     * @return the rate, not null
     */
    public Fraction rateOf(CoverageCounts counts) {
        return rate.apply(counts);
    }

    /**
     * The denominator of the rate.
     *
     * @param counts the counts, not null
     * @return the whole
     */
    public long wholeOf(CoverageCounts counts) {
        switch (this) {
            case FORMATION_COMPLIANCE: return counts.mustForm();
            case ABOVE_SCALE_STANDALONE: return counts.aboveScale();
            default: return counts.units();
        }
    }

    /**
     * The numerator of the rate.
     *
     * @param counts the counts, not null
     * @return the part
     */
    public long partOf(CoverageCounts counts) {
        switch (this) {
            case FORMATION_COMPLIANCE: return counts.mustFormWithOwn();
            case ABOVE_SCALE_STANDALONE: return counts.aboveScaleWithOwn();
            case WORK_COVERAGE: return counts.workCovered();
            default: return counts.organizationallyCovered();
        }
    }
}
