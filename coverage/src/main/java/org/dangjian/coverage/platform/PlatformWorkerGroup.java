package org.dangjian.coverage.platform;

/**
 * The groups of new employment forms (新就业群体) whose Party building the platform rules place.
 */
public enum PlatformWorkerGroup {
    /** 快递员. */
    COURIER("快递员"),
    /** 外卖配送员. */
    FOOD_DELIVERY_RIDER("外卖配送员"),
    /** 网约车司机. */
    RIDE_HAILING_DRIVER("网约车司机"),
    /** 货车司机. */
    TRUCK_DRIVER("货车司机"),
    /** 网络主播. */
    STREAMER("网络主播"),
    /** 家政服务员. */
    DOMESTIC_WORKER("家政服务员");

    private final String label;

    PlatformWorkerGroup(String label) {
        this.label = label;
    }

    /** @return the Chinese label, not null */
    public String label() {
        return label;
    }
}
