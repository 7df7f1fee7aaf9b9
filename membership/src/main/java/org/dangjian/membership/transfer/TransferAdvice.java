package org.dangjian.membership.transfer;

/**
 * What a jurisdiction advises a member about moving the membership to the organization of the new
 * organization the member works in (seed 004).
 */
public enum TransferAdvice {
    /** 应转尽转. */
    MUST_TRANSFER("应当转入"),
    /** 鼓励转入. */
    ENCOURAGED("鼓励转入"),
    /** 征求意见、协商转入. */
    CONSULT("征求意见后确定"),
    /** 无须转接. */
    NO_ADVICE("不作要求");

    private final String label;

    TransferAdvice(String label) {
        this.label = label;
    }

    /** @return the Chinese label, not null */
    public String label() {
        return label;
    }
}
