package org.dangjian.training.plan;

/**
 * Why a person owing rotation training got no place in the plan.
 */
public enum UnplacedReason {
    /** No class open to them (their jurisdiction and role) runs between the as-of date and year end. */
    NO_SUITABLE_CLASS("年底前没有适合的班次"),
    /** Suitable classes exist but every place is taken. */
    CLASSES_FULL("适合的班次名额已满");

    private final String label;

    UnplacedReason(String label) {
        this.label = label;
    }

    /** @return the Chinese label, not null */
    public String label() {
        return label;
    }
}
