package org.dangjian.assessment.appraisal;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.util.List;
import java.util.Map;
import org.immutables.value.Value;

/**
 * The tally of a democratic appraisal: participants, graded members, the count per grade and the referrals to
 * disposal.
 *
 * <pre>{@code
 * AppraisalOutcome o = policy.assess(entries, 2026).value();
 * o.toString();   // 参评12人，评定等次10人：优秀3、合格6、基本合格0、不合格1
 * }</pre>
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableAppraisalOutcome.class)
@JsonDeserialize(as = ImmutableAppraisalOutcome.class)
public abstract class AppraisalOutcome {

    /** @return the year */
    public abstract int getYear();

    /** @return everyone who took part, probationary members included */
    public abstract int getParticipants();

    /** @return the full members graded */
    public abstract int getGraded();

    /** @return the count per grade, every grade present, not null */
    public abstract Map<AppraisalGrade, Integer> getCounts();

    /** @return the members handed to disposal, not null */
    public abstract List<DisposalReferral> getReferrals();

    /** @return a new builder, not null */
    public static Builder builder() {
        return new Builder();
    }

    /** Builds an {@link AppraisalOutcome}. */
    public static class Builder extends ImmutableAppraisalOutcome.Builder {}

    /** @return such as {@code 参评12人，评定等次10人：优秀3、合格6、基本合格0、不合格1} */
    @Override
    public String toString() {
        StringBuilder sb = new StringBuilder("参评").append(getParticipants()).append("人，评定等次").append(getGraded())
                .append("人：");
        AppraisalGrade[] grades = AppraisalGrade.values();
        for (int i = 0; i < grades.length; i++) {
            sb.append(i == 0 ? "" : "、").append(grades[i].label()).append(getCounts().getOrDefault(grades[i], 0));
        }
        return sb.toString();
    }
}
