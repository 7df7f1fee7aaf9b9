package org.dangjian.assessment.appraisal;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * The hand-off of a member graded unqualified to the disposal of unqualified members (处置办法 第三条): the
 * membership module reads it as a value and starts its disposal steps with the first measure, correction
 * within a deadline.
 *
 * <pre>{@code
 * DisposalReferral r = outcome.getReferrals().get(0);
 * r.getMemberId();          // M-0031
 * r.getFirstMeasure();      // CORRECTION_DEADLINE
 * }</pre>
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableDisposalReferral.class)
@JsonDeserialize(as = ImmutableDisposalReferral.class)
public abstract class DisposalReferral {

    /** @return the member's ledger id, not null */
    public abstract String getMemberId();

    /** @return the year of the appraisal */
    public abstract int getYear();

    /** @return the grounds recorded, not null */
    public abstract Optional<String> getGrounds();

    /** @return the first measure to consider, not null */
    @Value.Default
    public ReferredMeasure getFirstMeasure() {
        return ReferredMeasure.CORRECTION_DEADLINE;
    }

    /** @return the rule behind the hand-off, not null */
    @Value.Default
    public String getRuleId() {
        return "ASM-APPR-004";
    }

    /** @return a new builder, not null */
    public static Builder builder() {
        return new Builder();
    }

    /** Builds a {@link DisposalReferral}. */
    public static class Builder extends ImmutableDisposalReferral.Builder {}

    /**
     * A referral.
     *
     * @param memberId the ledger id, not null
     * @param year the appraisal year
     * @param grounds the grounds, not null
     * @return the referral, not null
     */
    public static DisposalReferral of(String memberId, int year, Optional<String> grounds) {
        return ImmutableDisposalReferral.builder().memberId(memberId).year(year).grounds(grounds).build();
    }
}
