package org.dangjian.membership.care;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.dangjian.core.decision.Decision;
import org.dangjian.core.decision.Reason;
import org.dangjian.core.validation.InvalidInputException;
import org.dangjian.core.validation.Violations;
import org.dangjian.membership.MembershipRules;

/**
 * Political birthdays and care lists: pure functions over a branch's members.
 *
 * <pre>{@code
 * Care.politicalBirthdays(Map.of("M-0001", LocalDate.of(2021, 7, 1)), LocalDate.of(2026, 7, 1),
 *         LocalDate.of(2026, 7, 31)).value();   // [M-0001 2026-07-01 (5)]
 * }</pre>
 *
 * <p>The anniversary of an admission on 29 February falls on 28 February in a common year (the rule of
 * {@link org.dangjian.core.time.TimeLimits}).
 */
public final class Care {
    private Care() {}

    /**
     * The political birthdays (anniversaries of the admission meeting, one year or more) within a date range,
     * both ends included, by date then member.
     *
     * @param admissions each member's admission date by reference, not null
     * @param from the first day, not null
     * @param to the last day, not before {@code from}, not null
     * @return DETERMINED with the birthdays, not null
     * @throws InvalidInputException when the range ends before it starts
     */
    public static Decision<List<PoliticalBirthday>> politicalBirthdays(Map<String, LocalDate> admissions,
            LocalDate from, LocalDate to) {
        if (to.isBefore(from)) {
            throw InvalidInputException.of("to", "a range ends on or after its start " + from, to);
        }
        List<PoliticalBirthday> found = new ArrayList<>();
        for (Map.Entry<String, LocalDate> e : admissions.entrySet()) {
            LocalDate admitted = e.getValue();
            for (int year = Math.max(from.getYear(), admitted.getYear() + 1); year <= to.getYear(); year++) {
                int years = year - admitted.getYear();
                LocalDate day = admitted.plusYears(years);
                if (!day.isBefore(from) && !day.isAfter(to)) {
                    found.add(new PoliticalBirthday(e.getKey(), day, years));
                }
            }
        }
        found.sort(Comparator.comparing(PoliticalBirthday::date).thenComparing(PoliticalBirthday::memberRef));
        return Decision.determined(List.copyOf(found), List.of(Reason.of(MembershipRules.CARE_BIRTHDAY,
                "care.birthdays").with("from", from).with("to", to).with("count", found.size())));
    }

    /**
     * The care list: members with at least one circumstance, those with more first, then by reference.
     *
     * @param circumstances each member's circumstances by reference, not null
     * @return DETERMINED with the references in order, not null
     * @throws InvalidInputException listing every blank reference
     */
    public static Decision<List<String>> careList(Map<String, Set<CareCircumstance>> circumstances) {
        Violations v = new Violations();
        Map<String, Integer> counts = new LinkedHashMap<>();
        for (Map.Entry<String, Set<CareCircumstance>> e : circumstances.entrySet()) {
            v.check(!e.getKey().isBlank(), "circumstances", "a member reference must not be blank", e.getKey());
            Set<CareCircumstance> set = e.getValue().isEmpty() ? EnumSet.noneOf(CareCircumstance.class)
                    : EnumSet.copyOf(e.getValue());
            if (!set.isEmpty()) {
                counts.put(e.getKey(), set.size());
            }
        }
        v.throwIfAny();
        List<String> list = new ArrayList<>(counts.keySet());
        list.sort(Comparator.comparing((String k) -> -counts.get(k)).thenComparing(Comparator.naturalOrder()));
        return Decision.determined(List.copyOf(list), List.of(Reason.of(MembershipRules.CARE_LIST, "care.list")
                .with("count", list.size()).with("of", circumstances.size())));
    }
}
