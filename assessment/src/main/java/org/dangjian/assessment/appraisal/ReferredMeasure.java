package org.dangjian.assessment.appraisal;

/**
 * The disposal measures of 处置办法 第三条, in the order they are applied; a {@link DisposalReferral} names
 * the first to consider. Mirrors the membership module's measures without depending on it.
 */
public enum ReferredMeasure {
    /** 限期改正. */
    CORRECTION_DEADLINE("限期改正"),
    /** 劝其退党. */
    ADVISED_TO_WITHDRAW("劝其退党"),
    /** 除名. */
    REMOVAL("除名");

    private final String label;

    ReferredMeasure(String label) {
        this.label = label;
    }

    /** @return the Chinese label, not null */
    public String label() {
        return label;
    }
}
