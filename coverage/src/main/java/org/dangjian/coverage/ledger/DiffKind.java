package org.dangjian.coverage.ledger;

/**
 * The kinds of change between two ledger snapshots.
 */
public enum DiffKind {
    /** 新增. */
    ADDED("新增"),
    /** 注销或停业. */
    DISSOLVED("注销或停业"),
    /** 达到门槛. */
    CROSSED_UP("达到门槛"),
    /** 跌破门槛. */
    CROSSED_DOWN("跌破门槛"),
    /** 失去组织覆盖. */
    LOST_COVERAGE("失去组织覆盖"),
    /** 新增组织覆盖. */
    GAINED_COVERAGE("新增组织覆盖");

    private final String label;

    DiffKind(String label) {
        this.label = label;
    }

    /** @return the Chinese label, not null */
    public String label() {
        return label;
    }
}
