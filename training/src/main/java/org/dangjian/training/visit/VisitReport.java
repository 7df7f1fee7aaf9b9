package org.dangjian.training.visit;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.time.LocalDate;
import java.util.List;
import org.dangjian.core.code.CreditCode;
import org.immutables.value.Value;

/**
 * The visits an instructor owed one organization over a period, cycle by cycle, and the cycles missed.
 *
 * <p>{@code toString()} reads such as {@code HALF_MONTH 3/4 visited, missed [2026-02-16]}. This class is
 * immutable and thread-safe.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableVisitReport.class)
@JsonDeserialize(as = ImmutableVisitReport.class)
public abstract class VisitReport {

    /** @return the organization, not null */
    public abstract CreditCode getOrganization();

    /** @return the instructor's id, not null */
    public abstract String getInstructorId();

    /** @return the visit cycle, not null */
    public abstract VisitCycle getCycle();

    /** @return the completed cycles owed in the period */
    public abstract int getCyclesOwed();

    /** @return the first day of each cycle without a visit, in order, not null */
    public abstract List<LocalDate> getMissed();

    /** @return the completed cycles with a visit */
    public int cyclesVisited() {
        return getCyclesOwed() - getMissed().size();
    }

    /** @return a new builder, not null */
    public static Builder builder() {
        return new Builder();
    }

    /** Builds a {@link VisitReport}. */
    public static class Builder extends ImmutableVisitReport.Builder {}

    @Override
    public String toString() {
        return getCycle() + " " + cyclesVisited() + "/" + getCyclesOwed() + " visited, missed " + getMissed();
    }
}
