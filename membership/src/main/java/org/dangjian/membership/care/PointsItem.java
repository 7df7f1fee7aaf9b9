package org.dangjian.membership.care;

import java.util.Objects;
import java.util.Optional;
import org.dangjian.core.validation.InvalidInputException;
import org.dangjian.core.validation.Violations;

/**
 * One item of a points scheme: a code, a title, the points per occurrence (negative for a deduction) and an
 * optional cap per period on the item's total, such as {@code THEME_DAY 参加主题党日 +5, cap 5 per MONTH}.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class PointsItem {
    private final String code;
    private final String title;
    private final int points;
    private final Integer cap;

    private PointsItem(String code, String title, int points, Integer cap) {
        this.code = code;
        this.title = title;
        this.points = points;
        this.cap = cap;
    }

    /**
     * An item.
     *
     * @param code a short code, not blank
     * @param title the Chinese title, not blank
     * @param points points per occurrence, not zero
     * @param cap the most points (in absolute value) the item counts per period, positive, if any; not null
     * @return the item, not null
     * @throws InvalidInputException listing every problem
     */
    public static PointsItem of(String code, String title, int points, Optional<Integer> cap) {
        Violations v = new Violations();
        v.check(code != null && !code.isBlank(), "code", "must not be blank", code);
        v.check(title != null && !title.isBlank(), "title", "must not be blank", title);
        v.check(points != 0, "points", "an item is worth points", points);
        cap.ifPresent(c -> v.check(c > 0, "cap", "a cap is positive", c));
        v.throwIfAny();
        return new PointsItem(code, title, points, cap.orElse(null));
    }

    /** @return the code, not null */
    public String code() {
        return code;
    }

    /** @return the title, not null */
    public String title() {
        return title;
    }

    /** @return points per occurrence */
    public int points() {
        return points;
    }

    /** @return the cap per period, not null */
    public Optional<Integer> cap() {
        return Optional.ofNullable(cap);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof PointsItem i && code.equals(i.code) && title.equals(i.title) && points == i.points
                && Objects.equals(cap, i.cap);
    }

    @Override
    public int hashCode() {
        return Objects.hash(code, title, points, cap);
    }

    @Override
    public String toString() {
        return code + " " + title + " " + (points > 0 ? "+" : "") + points + (cap == null ? "" : ", cap " + cap);
    }
}
