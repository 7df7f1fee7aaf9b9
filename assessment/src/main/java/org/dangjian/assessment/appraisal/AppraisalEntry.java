package org.dangjian.assessment.appraisal;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.util.Optional;
import org.dangjian.core.validation.Violations;
import org.immutables.value.Value;

/**
 * One member's line of a democratic appraisal: the member's ledger id (not a name), whether a probationary
 * member, the grade proposed and, for an unqualified grade, the grounds.
 *
 * <pre>{@code
 * AppraisalEntry.of("M-0007", false, AppraisalGrade.EXCELLENT);
 * AppraisalEntry.probationary("M-0012");   // takes part, not graded
 * }</pre>
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableAppraisalEntry.class)
@JsonDeserialize(as = ImmutableAppraisalEntry.class)
public abstract class AppraisalEntry {

    /** @return the member's ledger id, not blank */
    public abstract String getMemberId();

    /** @return whether the member is probationary */
    @Value.Default
    public boolean isProbationary() {
        return false;
    }

    /** @return the grade proposed, empty when none, not null */
    public abstract Optional<AppraisalGrade> getGrade();

    /** @return the grounds of an unqualified grade, not null */
    public abstract Optional<String> getGrounds();

    /**
     * An entry.
     *
     * @param memberId the ledger id, not blank
     * @param probationary whether probationary
     * @param grade the grade proposed, not null
     * @return the entry, not null
     */
    public static AppraisalEntry of(String memberId, boolean probationary, AppraisalGrade grade) {
        return ImmutableAppraisalEntry.builder().memberId(memberId).probationary(probationary).grade(grade).build();
    }

    /**
     * A probationary member, who takes part without a grade.
     *
     * @param memberId the ledger id, not blank
     * @return the entry, not null
     */
    public static AppraisalEntry probationary(String memberId) {
        return ImmutableAppraisalEntry.builder().memberId(memberId).probationary(true).build();
    }

    /** @return a new builder, not null */
    public static Builder builder() {
        return new Builder();
    }

    /** Builds an {@link AppraisalEntry}. */
    public static class Builder extends ImmutableAppraisalEntry.Builder {}

    @Value.Check
    void checkInvariants() {
        Violations v = new Violations();
        v.check(!getMemberId().isBlank(), "memberId", "must not be blank", getMemberId());
        v.throwIfAny();
    }
}
