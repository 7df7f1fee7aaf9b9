package org.dangjian.membership.dues;

/**
 * Where a voluntary extra payment of dues goes (党费规定 第十一条).
 */
public enum VoluntaryDestination {
    /** A one-off payment of 1000 yuan or more: entirely to the Central Committee. */
    CENTRAL_COMMITTEE("全部上缴中央"),
    /** Smaller payments: managed with ordinary dues. */
    ORDINARY("按党费一般规定管理");

    private final String label;

    VoluntaryDestination(String label) {
        this.label = label;
    }

    /** @return the Chinese label, not null */
    public String label() {
        return label;
    }
}
