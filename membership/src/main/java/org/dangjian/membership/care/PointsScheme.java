package org.dangjian.membership.care;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.dangjian.core.decision.Decision;
import org.dangjian.core.decision.Reason;
import org.dangjian.core.validation.InvalidInputException;
import org.dangjian.core.validation.Violations;
import org.dangjian.membership.MembershipRules;

/**
 * A local member-points scheme (党员积分管理): its items and the period their caps apply to. No national rule
 * sets points; each jurisdiction or branch configures its own (grade C).
 *
 * <pre>{@code
 * PointsScheme scheme = PointsScheme.of("某县党员积分办法", CapPeriod.MONTH, List.of(
 *         PointsItem.of("THEME_DAY", "参加主题党日", 5, Optional.of(5)),
 *         PointsItem.of("VOLUNTEER", "志愿服务", 2, Optional.of(10)),
 *         PointsItem.of("ABSENT", "无故缺席组织生活", -5, Optional.empty())));
 * scheme.decideTotal("M-0001", entries, from, to).value();   // 17
 * }</pre>
 *
 * <p>This class is immutable and thread-safe.
 */
public final class PointsScheme {
    private final String title;
    private final CapPeriod capPeriod;
    private final Map<String, PointsItem> items;

    private PointsScheme(String title, CapPeriod capPeriod, Map<String, PointsItem> items) {
        this.title = title;
        this.capPeriod = capPeriod;
        this.items = items;
    }

    /**
     * A scheme.
     *
     * @param title the scheme's title, not blank
     * @param capPeriod the period caps apply to, not null
     * @param items the items, codes unique, not empty, not null
     * @return the scheme, not null
     * @throws InvalidInputException listing a blank title, no items, and every repeated code
     */
    public static PointsScheme of(String title, CapPeriod capPeriod, List<PointsItem> items) {
        Objects.requireNonNull(capPeriod, "capPeriod");
        Violations v = new Violations();
        v.check(title != null && !title.isBlank(), "title", "must not be blank", title);
        v.check(!items.isEmpty(), "items", "a scheme has at least one item", null);
        Map<String, PointsItem> m = new LinkedHashMap<>();
        for (int i = 0; i < items.size(); i++) {
            v.check(m.putIfAbsent(items.get(i).code(), items.get(i)) == null, "items[" + i + "].code",
                    "code listed twice", items.get(i).code());
        }
        v.throwIfAny();
        return new PointsScheme(title, capPeriod, java.util.Collections.unmodifiableMap(m));
    }

    /** @return the title, not null */
    public String title() {
        return title;
    }

    /** @return the period caps apply to, not null */
    public CapPeriod capPeriod() {
        return capPeriod;
    }

    /** @return the items by code, in order, not null */
    public Map<String, PointsItem> items() {
        return items;
    }

    /**
     * A member's total over a date range (both ends included): each item's points per period are capped, then
     * summed.
     *
     * @param memberRef the member, not null
     * @param entries entries of any members (others are ignored), not null
     * @param from the first day, not null
     * @param to the last day, not before {@code from}, not null
     * @return DETERMINED with the total, not null
     * @throws InvalidInputException listing every entry with an unknown item code, or a range that ends before
     *     it starts
     */
    public Decision<Integer> decideTotal(String memberRef, List<PointsEntry> entries, LocalDate from, LocalDate to) {
        Violations v = new Violations();
        v.check(!to.isBefore(from), "to", "a range ends on or after its start " + from, to);
        for (int i = 0; i < entries.size(); i++) {
            v.check(items.containsKey(entries.get(i).itemCode()), "entries[" + i + "].itemCode",
                    "unknown item; the scheme has " + items.keySet(), entries.get(i).itemCode());
        }
        v.throwIfAny();
        Map<String, Long> byItemAndPeriod = new HashMap<>();
        for (PointsEntry e : entries) {
            if (!e.memberRef().equals(memberRef) || e.date().isBefore(from) || e.date().isAfter(to)) {
                continue;
            }
            PointsItem item = items.get(e.itemCode());
            byItemAndPeriod.merge(e.itemCode() + "@" + capPeriod.periodOf(e.date()), (long) item.points() * e.times(),
                    Long::sum);
        }
        long total = 0;
        int capped = 0;
        for (Map.Entry<String, Long> e : byItemAndPeriod.entrySet()) {
            PointsItem item = items.get(e.getKey().substring(0, e.getKey().lastIndexOf('@')));
            long sum = e.getValue();
            if (item.cap().isPresent() && Math.abs(sum) > item.cap().get()) {
                sum = Long.signum(sum) * item.cap().get();
                capped++;
            }
            total += sum;
        }
        int result = Math.toIntExact(total);
        return Decision.determined(result, List.of(Reason.of(MembershipRules.PTS_SCHEME, "pts.total")
                .with("scheme", title).with("from", from).with("to", to).with("total", result)
                .with("capped", capped).with("period", capPeriod.label())));
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof PointsScheme s && title.equals(s.title) && capPeriod == s.capPeriod && items.equals(s.items);
    }

    @Override
    public int hashCode() {
        return Objects.hash(title, capPeriod, items);
    }

    @Override
    public String toString() {
        return title + " (" + items.size() + " items, caps " + capPeriod + ")";
    }
}
