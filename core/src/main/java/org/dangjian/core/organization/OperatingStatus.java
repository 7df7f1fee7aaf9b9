package org.dangjian.core.organization;

/**
 * Whether an organization actually operates (only operating units count in coverage rates).
 */
public enum OperatingStatus {
    /** 正常经营: in operation. */
    OPERATING("正常经营"),
    /** 停业歇业: suspended or dormant. */
    SUSPENDED("停业歇业"),
    /** 注销吊销: deregistered or revoked. */
    DEREGISTERED("注销吊销");

    private final String label;

    OperatingStatus(String label) {
        this.label = label;
    }

    /** @return the Chinese label, not null */
    public String label() {
        return label;
    }
}
