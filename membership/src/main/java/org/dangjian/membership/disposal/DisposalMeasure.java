package org.dangjian.membership.disposal;

/**
 * The measures of disposal, in their order (处置办法 第三条), and what replaces advice to withdraw for a
 * probationary member.
 */
public enum DisposalMeasure {
    /** 限期改正. */
    CORRECTION_DEADLINE("限期改正"),
    /** 劝退. */
    ADVISED_TO_WITHDRAW("劝退"),
    /** 除名. */
    REMOVAL("除名"),
    /** 延长预备期或取消预备党员资格 (probationary members are not advised to withdraw). */
    EXTEND_OR_CANCEL_PROBATION("延长预备期或取消预备党员资格");

    private final String label;

    DisposalMeasure(String label) {
        this.label = label;
    }

    /** @return the Chinese label, not null */
    public String label() {
        return label;
    }
}
