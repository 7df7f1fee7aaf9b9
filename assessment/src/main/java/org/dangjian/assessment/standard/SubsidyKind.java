package org.dangjian.assessment.standard;

import org.dangjian.assessment.AssessmentParameters;
import org.dangjian.core.money.Money;
import org.dangjian.core.parameter.ParameterKey;

/**
 * A Party-building subsidy the seeds list, each a local parameter with no national default.
 */
public enum SubsidyKind {
    /** 新建党组织一次性补助. */
    NEW_ORGANIZATION("新建党组织一次性补助", AssessmentParameters.NEW_ORGANIZATION_SUBSIDY),
    /** 党组织书记补贴（年）. */
    SECRETARY_ALLOWANCE("党组织书记补贴", AssessmentParameters.SECRETARY_ALLOWANCE),
    /** 党建指导员补贴（年）. */
    INSTRUCTOR_SUBSIDY("党建指导员补贴", AssessmentParameters.INSTRUCTOR_SUBSIDY);

    private final String label;
    private final ParameterKey<Money> parameter;

    SubsidyKind(String label, ParameterKey<Money> parameter) {
        this.label = label;
        this.parameter = parameter;
    }

    /** @return the Chinese label, not null */
    public String label() {
        return label;
    }

    /** @return the parameter holding the amount, not null */
    public ParameterKey<Money> parameter() {
        return parameter;
    }
}
