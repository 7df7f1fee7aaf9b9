package org.dangjian.membership.dues;

import java.util.List;
import java.util.Objects;
import org.dangjian.core.validation.InvalidInputException;
import org.dangjian.core.validation.Violations;

/**
 * A member's dues account: consecutive months from the month dues started, such as
 * {@code DuesAccount.of("M-0001", List.of(DuesMonth.of(YearMonth.of(2026, 1), yuan("102.00"), yuan("102.00"))))}.
 *
 * <p>The member is named by a reference (an id in the branch's register), never by name. Months are
 * consecutive and ascending, each once. This class is immutable and thread-safe.
 */
public final class DuesAccount {
    private final String memberRef;
    private final List<DuesMonth> months;

    private DuesAccount(String memberRef, List<DuesMonth> months) {
        this.memberRef = memberRef;
        this.months = months;
    }

    /**
     * An account.
     *
     * @param memberRef the member's reference in the register, not blank
     * @param months the months, consecutive and ascending, not empty, not null
     * @return the account, not null
     * @throws InvalidInputException listing a blank reference, no months, and every month out of sequence
     */
    public static DuesAccount of(String memberRef, List<DuesMonth> months) {
        Objects.requireNonNull(memberRef, "memberRef");
        List<DuesMonth> copy = List.copyOf(months);
        Violations v = new Violations();
        v.check(!memberRef.isBlank(), "memberRef", "must not be blank", memberRef);
        v.check(!copy.isEmpty(), "months", "an account has at least the month dues started", null);
        for (int i = 1; i < copy.size(); i++) {
            v.check(copy.get(i).month().equals(copy.get(i - 1).month().plusMonths(1)), "months[" + i + "]",
                    "months are consecutive and ascending: expected " + copy.get(i - 1).month().plusMonths(1),
                    copy.get(i).month());
        }
        v.throwIfAny();
        return new DuesAccount(memberRef, copy);
    }

    /** @return the member's reference, not null */
    public String memberRef() {
        return memberRef;
    }

    /** @return the months, ascending, not null */
    public List<DuesMonth> months() {
        return months;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof DuesAccount a && memberRef.equals(a.memberRef) && months.equals(a.months);
    }

    @Override
    public int hashCode() {
        return Objects.hash(memberRef, months);
    }

    @Override
    public String toString() {
        return "DuesAccount[" + memberRef + ", " + months.size() + " months from " + months.get(0).month() + "]";
    }
}
