package org.dangjian.training.certification;

/**
 * Where a certificate stands on a date.
 */
public enum CertificateState {
    /** Valid, renewal not yet due. */
    VALID("有效"),
    /** Valid, and within the renewal period before expiry. */
    RENEWAL_DUE("待复审"),
    /** Expired. */
    EXPIRED("已过期");

    private final String label;

    CertificateState(String label) {
        this.label = label;
    }

    /** @return the Chinese label, not null */
    public String label() {
        return label;
    }
}
