package org.dangjian.training.duty;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.time.LocalDate;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * Where one person's training duty stands: met, due (with its deadline) or overdue, with the hours or the
 * trainings counted against the requirement.
 *
 * <p>{@code toString()} reads such as {@code ANNUAL_HOURS DUE 20/32 by 2026-12-31} (hours) or
 * {@code ROTATION MET 1/1}. This class is immutable and thread-safe.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableDutyAssessment.class)
@JsonDeserialize(as = ImmutableDutyAssessment.class)
public abstract class DutyAssessment {

    /** @return the person's id, not null */
    public abstract String getPersonId();

    /** @return the duty, not null */
    public abstract Duty getDuty();

    /** @return where it stands, not null */
    public abstract DutyStatus getStatus();

    /** @return the last day to meet it, where there is one, not null */
    public abstract Optional<LocalDate> getDeadline();

    /** @return class hours counted (hours duties), not null */
    @Value.Default
    public ClassHours getHoursCounted() {
        return ClassHours.ZERO;
    }

    /** @return class hours required (hours duties), not null */
    @Value.Default
    public ClassHours getHoursRequired() {
        return ClassHours.ZERO;
    }

    /** @return trainings counted (other duties) */
    @Value.Default
    public int getTrainingsCounted() {
        return 0;
    }

    /** @return trainings required (other duties) */
    @Value.Default
    public int getTrainingsRequired() {
        return 0;
    }

    /** @return the hours still missing, zero when met, not null */
    public ClassHours hoursShort() {
        return getHoursCounted().shortOf(getHoursRequired());
    }

    /** @return whether the duty is owed but not met (due or overdue) */
    public boolean isOutstanding() {
        return getStatus() == DutyStatus.DUE || getStatus() == DutyStatus.OVERDUE;
    }

    /** @return a new builder, not null */
    public static Builder builder() {
        return new Builder();
    }

    /** Builds a {@link DutyAssessment}. */
    public static class Builder extends ImmutableDutyAssessment.Builder {}

    @Override
    public String toString() {
        String amounts = getDuty() == Duty.ANNUAL_HOURS ? getHoursCounted() + "/" + getHoursRequired()
                : getTrainingsCounted() + "/" + getTrainingsRequired();
        return getDuty() + " " + getStatus() + " " + amounts + getDeadline().map(d -> " by " + d).orElse("");
    }
}
