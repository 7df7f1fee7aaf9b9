package org.dangjian.membership.admission;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;
import java.util.Objects;
import org.dangjian.core.decision.Decision;
import org.dangjian.core.decision.Outcome;
import org.dangjian.core.decision.Reason;
import org.dangjian.core.money.Fraction;
import org.dangjian.core.validation.InvalidInputException;
import org.dangjian.core.validation.Violations;
import org.dangjian.membership.MembershipParameters;
import org.dangjian.membership.MembershipRules;

/**
 * A branch general meeting's vote on admitting or converting a member: the members with voting rights
 * expected (应到会有表决权的人数), those present, and the yes votes, such as {@code MeetingVote.of(9, 6, 5)}.
 *
 * <p>Both the quorum and the yes votes are counted against the members <em>expected</em>, not those present:
 * with 9 expected, 5 present is a quorum (5 &gt; 4.5) and 5 yes votes pass even if 9 were present; 4 yes votes
 * never pass. The comparison is exact ({@link Fraction#isExceededBy(long, long)}).
 *
 * <p>Invalid: more present than expected, more yes votes than present, negative counts. This class is
 * immutable and thread-safe.
 */
public final class MeetingVote {
    private final int expected;
    private final int present;
    private final int yes;

    private MeetingVote(int expected, int present, int yes) {
        this.expected = expected;
        this.present = present;
        this.yes = yes;
    }

    /**
     * A vote.
     *
     * @param expected members with voting rights expected, at least 1
     * @param present members with voting rights present, from 0 to {@code expected}
     * @param yes votes for, from 0 to {@code present}
     * @return the vote, not null
     * @throws InvalidInputException listing every count out of range
     */
    @JsonCreator
    public static MeetingVote of(@JsonProperty("expected") int expected, @JsonProperty("present") int present,
            @JsonProperty("yes") int yes) {
        Violations v = new Violations();
        v.check(expected >= 1, "expected", "at least one member with voting rights is expected", expected);
        v.check(present >= 0, "present", "must not be negative", present);
        v.check(yes >= 0, "yes", "must not be negative", yes);
        v.check(present <= expected, "present", "more present than the " + expected + " expected; count only members "
                + "with voting rights", present);
        v.check(yes <= present, "yes", "more votes for than the " + present + " present", yes);
        v.throwIfAny();
        return new MeetingVote(expected, present, yes);
    }

    /** @return members with voting rights expected */
    @JsonProperty("expected")
    public int expected() {
        return expected;
    }

    /** @return members with voting rights present */
    @JsonProperty("present")
    public int present() {
        return present;
    }

    /** @return votes for */
    @JsonProperty("yes")
    public int yes() {
        return yes;
    }

    /**
     * Whether the meeting was quorate: present exceeds {@code quorum} of those expected.
     *
     * @param quorum the share to exceed, such as 1/2, not null
     * @return whether {@code present / expected > quorum}
     */
    public boolean isQuorate(Fraction quorum) {
        return quorum.isExceededBy(present, expected);
    }

    /**
     * Whether the yes votes exceed {@code majority} of those expected.
     *
     * @param majority the share to exceed, such as 1/2, not null
     * @return whether {@code yes / expected > majority}
     */
    public boolean hasMajority(Fraction majority) {
        return majority.isExceededBy(yes, expected);
    }

    /**
     * Decides the vote: COMPLIANT with {@code true} when quorate and passed, NON_COMPLIANT with {@code false}
     * otherwise, with a reason for each of the two rules (MEM-VOTE-001, MEM-VOTE-002).
     *
     * @param quorum the quorum share to exceed (national: 1/2), not null
     * @param majority the majority share of those expected to exceed (national: 1/2), not null
     * @return the decision, not null
     */
    public Decision<Boolean> decide(Fraction quorum, Fraction majority) {
        boolean q = isQuorate(quorum);
        boolean m = hasMajority(majority);
        Reason rq = Reason.of(MembershipRules.VOTE_QUORUM_RULE, q ? "vote.quorum.met" : "vote.quorum.missed")
                .with("expected", expected).with("present", present).with("needed", neededToExceed(quorum))
                .read(MembershipParameters.VOTE_QUORUM.name(), quorum);
        Reason rm = Reason.of(MembershipRules.VOTE_MAJORITY_RULE, m ? "vote.majority.met" : "vote.majority.missed")
                .with("expected", expected).with("yes", yes).with("needed", neededToExceed(majority))
                .read(MembershipParameters.VOTE_MAJORITY.name(), majority);
        boolean passed = q && m;
        return Decision.of(passed ? Outcome.COMPLIANT : Outcome.NON_COMPLIANT, passed, List.of(rq, rm));
    }

    /** The smallest count that exceeds the share of those expected. */
    private long neededToExceed(Fraction share) {
        long c = share.ceilingOf(expected);
        return share.isExceededBy(c, expected) ? c : c + 1;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof MeetingVote v && expected == v.expected && present == v.present && yes == v.yes;
    }

    @Override
    public int hashCode() {
        return Objects.hash(expected, present, yes);
    }

    /** @return such as {@code 9 expected, 6 present, 5 yes} */
    @Override
    public String toString() {
        return expected + " expected, " + present + " present, " + yes + " yes";
    }
}
