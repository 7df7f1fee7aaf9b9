package org.dangjian.membership.care;

import java.time.LocalDate;
import java.util.Objects;
import org.dangjian.core.validation.InvalidInputException;
import org.dangjian.core.validation.Violations;

/**
 * A recorded occurrence of a points item for a member, such as {@code M-0001 THEME_DAY 2026-03-05 ×1}.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class PointsEntry {
    private final String memberRef;
    private final String itemCode;
    private final LocalDate date;
    private final int times;

    private PointsEntry(String memberRef, String itemCode, LocalDate date, int times) {
        this.memberRef = memberRef;
        this.itemCode = itemCode;
        this.date = date;
        this.times = times;
    }

    /**
     * An entry.
     *
     * @param memberRef the member's reference, not blank
     * @param itemCode the item's code, not blank
     * @param date the day, not null
     * @param times occurrences, at least 1
     * @return the entry, not null
     * @throws InvalidInputException listing every problem
     */
    public static PointsEntry of(String memberRef, String itemCode, LocalDate date, int times) {
        Objects.requireNonNull(date, "date");
        Violations v = new Violations();
        v.check(memberRef != null && !memberRef.isBlank(), "memberRef", "must not be blank", memberRef);
        v.check(itemCode != null && !itemCode.isBlank(), "itemCode", "must not be blank", itemCode);
        v.check(times >= 1, "times", "at least one occurrence", times);
        v.throwIfAny();
        return new PointsEntry(memberRef, itemCode, date, times);
    }

    /** @return the member's reference, not null */
    public String memberRef() {
        return memberRef;
    }

    /** @return the item's code, not null */
    public String itemCode() {
        return itemCode;
    }

    /** @return the day, not null */
    public LocalDate date() {
        return date;
    }

    /** @return occurrences */
    public int times() {
        return times;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof PointsEntry e && memberRef.equals(e.memberRef) && itemCode.equals(e.itemCode)
                && date.equals(e.date) && times == e.times;
    }

    @Override
    public int hashCode() {
        return Objects.hash(memberRef, itemCode, date, times);
    }

    @Override
    public String toString() {
        return memberRef + " " + itemCode + " " + date + " ×" + times;
    }
}
