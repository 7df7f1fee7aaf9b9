package org.dangjian.core.decision;

/**
 * What a decision found, richer than yes or no.
 */
public enum Outcome {
    /** The facts meet the rule. */
    COMPLIANT("符合"),
    /** The facts fail the rule: a business “no”, not an error. */
    NON_COMPLIANT("不符合"),
    /** The rule does not apply to these facts (out of scope). */
    NOT_APPLICABLE("不适用"),
    /** A fact or a local parameter the rule needs is missing. */
    INSUFFICIENT_DATA("数据不足"),
    /** Allowed only with the approval of the body the decision names. */
    REQUIRES_APPROVAL("须经批准"),
    /** A value was computed (an amount, a level, a date) with no compliance judgement. */
    DETERMINED("已确定");

    private final String label;

    Outcome(String label) {
        this.label = label;
    }

    /** @return the Chinese label, not null */
    public String label() {
        return label;
    }
}
