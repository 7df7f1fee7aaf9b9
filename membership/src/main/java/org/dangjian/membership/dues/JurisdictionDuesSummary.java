package org.dangjian.membership.dues;

import java.util.Objects;
import java.util.Optional;
import org.dangjian.core.code.Jurisdiction;
import org.dangjian.core.money.Money;
import org.dangjian.core.money.Rate;

/**
 * A jurisdiction's dues: the sums of its branches and, where the jurisdiction sets a remittance rate, the
 * amount remitted upward, such as {@code 430102: 40 branches, collected 51000.00, remitted 10200.00 (20%)}.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class JurisdictionDuesSummary {
    private final Jurisdiction jurisdiction;
    private final int branches;
    private final int members;
    private final int membersInArrears;
    private final Money expected;
    private final Money collected;
    private final Money outstanding;
    private final Money voluntary;
    private final Rate remittanceRate;
    private final Money remittance;

    JurisdictionDuesSummary(Jurisdiction jurisdiction, int branches, int members, int membersInArrears,
            Money expected, Money collected, Money outstanding, Money voluntary, Rate remittanceRate, Money remittance) {
        this.voluntary = voluntary;
        this.jurisdiction = jurisdiction;
        this.branches = branches;
        this.members = members;
        this.membersInArrears = membersInArrears;
        this.expected = expected;
        this.collected = collected;
        this.outstanding = outstanding;
        this.remittanceRate = remittanceRate;
        this.remittance = remittance;
    }

    /** @return the jurisdiction, not null */
    public Jurisdiction jurisdiction() {
        return jurisdiction;
    }

    /** @return branches counted */
    public int branches() {
        return branches;
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

    /** @return dues collected, not null */
    public Money collected() {
        return collected;
    }

    /** @return dues owed, not null */
    public Money outstanding() {
        return outstanding;
    }

    /** @return voluntary extra dues collected, apart from dues and the remittance, not null */
    public Money voluntary() {
        return voluntary;
    }

    /** @return the remittance rate, when the jurisdiction sets one, not null */
    public Optional<Rate> remittanceRate() {
        return Optional.ofNullable(remittanceRate);
    }

    /** @return the amount remitted upward, when the rate is set, not null */
    public Optional<Money> remittance() {
        return Optional.ofNullable(remittance);
    }

    /** @return collected minus remitted, when the rate is set, not null */
    public Optional<Money> retained() {
        return remittance().map(collected::minus);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof JurisdictionDuesSummary s && jurisdiction.equals(s.jurisdiction) && branches == s.branches
                && members == s.members && membersInArrears == s.membersInArrears && expected.equals(s.expected)
                && collected.equals(s.collected) && outstanding.equals(s.outstanding) && voluntary.equals(s.voluntary)
                && Objects.equals(remittanceRate, s.remittanceRate) && Objects.equals(remittance, s.remittance);
    }

    @Override
    public int hashCode() {
        return Objects.hash(jurisdiction, branches, members, collected, remittance);
    }

    @Override
    public String toString() {
        return jurisdiction + ": " + branches + " branches, " + members + " members, collected " + collected
                + ", outstanding " + outstanding
                + (remittance == null ? "" : ", remitted " + remittance + " (" + remittanceRate + ")");
    }
}
