package org.dangjian.core.organization;

/**
 * Mass organizations (群团组织) whose presence counts toward work coverage.
 */
public enum MassOrganization {
    /** 工会: the trade union. */
    TRADE_UNION("工会"),
    /** 共青团: the Communist Youth League. */
    YOUTH_LEAGUE("共青团"),
    /** 妇联: the women's federation. */
    WOMENS_FEDERATION("妇联");

    private final String label;

    MassOrganization(String label) {
        this.label = label;
    }

    /** @return the Chinese label, not null */
    public String label() {
        return label;
    }
}
