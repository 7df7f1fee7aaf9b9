package org.dangjian.membership.admission;

/**
 * The membership status of an introducer (入党介绍人).
 */
public enum IntroducerStatus {
    /** 正式党员: may introduce. */
    FULL_MEMBER("正式党员"),
    /** 预备党员: may not introduce (党章 第五条). */
    PROBATIONARY_MEMBER("预备党员");

    private final String label;

    IntroducerStatus(String label) {
        this.label = label;
    }

    /** @return the Chinese label, not null */
    public String label() {
        return label;
    }
}
