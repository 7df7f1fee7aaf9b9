package org.dangjian.membership.transfer;

/**
 * What a member away from the home organization is, by how long and where (教育管理条例 第二十五条、第三十二条).
 */
public enum MobileStatus {
    /** Away for less than the limit (6 months): a mobile-member card; life at the host, no vote there. */
    SHORT_ABSENCE("短期外出（持流动党员活动证）"),
    /** Away the limit or longer at a fixed place: the membership should be transferred. */
    TRANSFER_REQUIRED("应转接组织关系"),
    /** Away the limit or longer without a fixed place: a mobile member, one home and several hosts. */
    MOBILE_MEMBER("流动党员（一方隶属、多重管理）");

    private final String label;

    MobileStatus(String label) {
        this.label = label;
    }

    /** @return the Chinese label, not null */
    public String label() {
        return label;
    }
}
