package org.dangjian.assessment.life;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.util.List;
import org.dangjian.assessment.period.AssessmentPeriod;
import org.dangjian.assessment.period.PeriodKind;
import org.immutables.value.Value;

/**
 * How one meeting type fared over an assessment window: whether it applies, the periods it was due in, the
 * periods it was missing from, and the meetings that fell below the quorum.
 *
 * <pre>{@code
 * TypeCompliance t = report.of(MeetingType.GENERAL_MEETING);
 * t.getRequiredPeriods();   // [2026-Q1, 2026-Q2, 2026-Q3, 2026-Q4]
 * t.getMissingPeriods();    // [2026-Q2]
 * }</pre>
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableTypeCompliance.class)
@JsonDeserialize(as = ImmutableTypeCompliance.class)
public abstract class TypeCompliance {

    /** @return the meeting type, not null */
    public abstract MeetingType getType();

    /** @return how often it is due, not null */
    public abstract PeriodKind getFrequency();

    /** @return whether the type applies to the organization (no committee: no committee meetings) */
    public abstract boolean isApplicable();

    /** @return the periods it was due in, in order, not null */
    public abstract List<AssessmentPeriod> getRequiredPeriods();

    /** @return the due periods without a valid meeting, in order, not null */
    public abstract List<AssessmentPeriod> getMissingPeriods();

    /** @return the meetings held below the quorum, in order, not null */
    public abstract List<MeetingRecord> getBelowQuorum();

    /** @return how many due periods were met */
    public int metPeriods() {
        return getRequiredPeriods().size() - getMissingPeriods().size();
    }

    /** @return whether every due period was met */
    public boolean isCompliant() {
        return getMissingPeriods().isEmpty();
    }

    /** @return a new builder, not null */
    public static Builder builder() {
        return new Builder();
    }

    /** Builds a {@link TypeCompliance}. */
    public static class Builder extends ImmutableTypeCompliance.Builder {}
}
