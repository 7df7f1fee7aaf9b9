package org.dangjian.membership.transfer;

/**
 * Whether a transfer stays within the city or leaves it; the letter's validity differs (local figures).
 */
public enum TransferScope {
    /** 市内转接. */
    IN_CITY("市内"),
    /** 转往市外. */
    OUT_OF_CITY("市外");

    private final String label;

    TransferScope(String label) {
        this.label = label;
    }

    /** @return the Chinese label, not null */
    public String label() {
        return label;
    }
}
