package org.dangjian.membership.dues;

import java.util.List;
import java.util.Objects;
import org.dangjian.core.code.Jurisdiction;
import org.dangjian.core.money.Money;
import org.dangjian.core.validation.InvalidInputException;
import org.dangjian.core.validation.Violations;

/**
 * A branch's dues in a month: members, members in arrears, expected, collected and outstanding, such as
 * {@code B-01 (430102001): 12 members, 2 in arrears, collected 1020.50, outstanding 204.00}.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class BranchDuesSummary {
    private final String branchId;
    private final Jurisdiction jurisdiction;
    private final int members;
    private final int membersInArrears;
    private final Money expected;
    private final Money collected;
    private final Money outstanding;
    private final Money voluntary;

    private BranchDuesSummary(String branchId, Jurisdiction jurisdiction, int members, int membersInArrears,
            Money expected, Money collected, Money outstanding, Money voluntary) {
        this.voluntary = voluntary;
        this.branchId = branchId;
        this.jurisdiction = jurisdiction;
        this.members = members;
        this.membersInArrears = membersInArrears;
        this.expected = expected;
        this.collected = collected;
        this.outstanding = outstanding;
    }

    /**
     * Sums the standings of a branch's members.
     *
     * @param branchId the branch, not blank
     * @param jurisdiction where the branch sits, not null
     * @param standings the members' standings, each member once, not null
     * @return the summary, not null
     * @throws InvalidInputException listing a blank id and every member listed twice
     */
    public static BranchDuesSummary of(String branchId, Jurisdiction jurisdiction, List<DuesStanding> standings) {
        Objects.requireNonNull(jurisdiction, "jurisdiction");
        Violations v = new Violations();
        v.check(!branchId.isBlank(), "branchId", "must not be blank", branchId);
        java.util.Set<String> seen = new java.util.HashSet<>();
        Money expected = Money.ZERO;
        Money collected = Money.ZERO;
        Money outstanding = Money.ZERO;
        Money voluntary = Money.ZERO;
        int inArrears = 0;
        for (int i = 0; i < standings.size(); i++) {
            DuesStanding s = standings.get(i);
            v.check(seen.add(s.memberRef()), "standings[" + i + "]", "member listed twice", s.memberRef());
            expected = expected.plus(s.expected());
            collected = collected.plus(s.paid());
            outstanding = outstanding.plus(s.arrears());
            voluntary = voluntary.plus(s.voluntary());
            inArrears += s.isInArrears() ? 1 : 0;
        }
        v.throwIfAny();
        return new BranchDuesSummary(branchId, jurisdiction, standings.size(), inArrears, expected, collected,
                outstanding, voluntary);
    }

    /** @return the branch id, not null */
    public String branchId() {
        return branchId;
    }

    /** @return where the branch sits, not null */
    public Jurisdiction jurisdiction() {
        return jurisdiction;
    }

    /** @return members counted */
    public int members() {
        return members;
    }

    /** @return members owing dues */
    public int membersInArrears() {
        return membersInArrears;
    }

    /** @return dues expected, not null */
    public Money expected() {
        return expected;
    }

    /** @return dues collected (including advances), not null */
    public Money collected() {
        return collected;
    }

    /** @return voluntary extra dues collected, apart from dues, not null */
    public Money voluntary() {
        return voluntary;
    }

    /** @return dues owed, not null */
    public Money outstanding() {
        return outstanding;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof BranchDuesSummary s && branchId.equals(s.branchId) && jurisdiction.equals(s.jurisdiction)
                && members == s.members && membersInArrears == s.membersInArrears && expected.equals(s.expected)
                && collected.equals(s.collected) && outstanding.equals(s.outstanding) && voluntary.equals(s.voluntary);
    }

    @Override
    public int hashCode() {
        return Objects.hash(branchId, jurisdiction, members, membersInArrears, expected, collected, outstanding);
    }

    @Override
    public String toString() {
        return branchId + " (" + jurisdiction + "): " + members + " members, " + membersInArrears + " in arrears, "
                + "collected " + collected + ", outstanding " + outstanding;
    }
}
