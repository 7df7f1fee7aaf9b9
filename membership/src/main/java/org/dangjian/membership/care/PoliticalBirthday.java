package org.dangjian.membership.care;

import java.time.LocalDate;
import java.util.Objects;

/**
 * A member's political birthday: the anniversary of the admission meeting and the years of membership it
 * marks, such as {@code M-0001 2026-07-01 (5)}.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class PoliticalBirthday {
    private final String memberRef;
    private final LocalDate date;
    private final int years;

    PoliticalBirthday(String memberRef, LocalDate date, int years) {
        this.memberRef = memberRef;
        this.date = date;
        this.years = years;
    }

    /** @return the member's reference, not null */
    public String memberRef() {
        return memberRef;
    }

    /** @return the anniversary, not null */
    public LocalDate date() {
        return date;
    }

    /** @return the years since admission */
    public int years() {
        return years;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof PoliticalBirthday b && memberRef.equals(b.memberRef) && date.equals(b.date)
                && years == b.years;
    }

    @Override
    public int hashCode() {
        return Objects.hash(memberRef, date, years);
    }

    @Override
    public String toString() {
        return memberRef + " " + date + " (" + years + ")";
    }
}
