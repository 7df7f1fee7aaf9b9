package org.dangjian.core.parameter;

/**
 * Where a resolved parameter value came from, from least to most specific at the same jurisdiction.
 */
public enum LayerKind {
    /** 全国基准：the national regulations, in code. */
    NATIONAL_BASELINE("全国基准"),
    /** 地方方案：a named local profile a jurisdiction adopted. */
    PROFILE("采用的地方方案"),
    /** 本级调整：a jurisdiction's own value. */
    OVERRIDE("本级调整");

    private final String label;

    LayerKind(String label) {
        this.label = label;
    }

    /** @return the Chinese label, not null */
    public String label() {
        return label;
    }
}
