package org.dangjian.training.duty;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import jakarta.validation.constraints.NotBlank;
import java.time.LocalDate;
import org.dangjian.core.validation.Violations;
import org.immutables.value.Value;

/**
 * One training a person attended: the course, its kind, who organized it, the dates and the class hours.
 *
 * <pre>{@code
 * TrainingRecord r = TrainingRecord.builder()
 *         .personId("P-0001").course("2026年“两新”组织书记轮训班")
 *         .kind(TrainingKind.ROTATION).organizerLevel(OrganizerLevel.COUNTY)
 *         .startDate(LocalDate.of(2026, 4, 8)).endDate(LocalDate.of(2026, 4, 10))
 *         .classHours(ClassHours.of(24))
 *         .build();
 * }</pre>
 *
 * <p>A record counts in the year of its end date. Invariants (checked on build, all reported together): the
 * ids and course are not blank; the end is not before the start; the hours are at most {@link
 * ClassHours#MAX_TENTHS} tenths. This class is immutable and thread-safe.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableTrainingRecord.class)
@JsonDeserialize(as = ImmutableTrainingRecord.class)
public abstract class TrainingRecord {

    /** @return the person's id, not blank */
    @NotBlank
    public abstract String getPersonId();

    /** @return the course title, not blank */
    @NotBlank
    public abstract String getCourse();

    /** @return the kind, not null */
    public abstract TrainingKind getKind();

    /** @return the level of the organizing body, not null */
    public abstract OrganizerLevel getOrganizerLevel();

    /** @return the first day, not null */
    public abstract LocalDate getStartDate();

    /** @return the last day, not null */
    public abstract LocalDate getEndDate();

    /** @return the class hours earned, not null */
    public abstract ClassHours getClassHours();

    /** @return a new builder, not null */
    public static Builder builder() {
        return new Builder();
    }

    /** Builds a {@link TrainingRecord}. */
    public static class Builder extends ImmutableTrainingRecord.Builder {}

    @Value.Check
    void checkInvariants() {
        Violations v = new Violations();
        v.check(!getPersonId().isBlank(), "personId", "must not be blank", getPersonId());
        v.check(!getCourse().isBlank(), "course", "must not be blank", getCourse());
        v.check(!getEndDate().isBefore(getStartDate()), "endDate", "must not be before startDate " + getStartDate(),
                getEndDate());
        v.check(getClassHours().tenths() <= ClassHours.MAX_TENTHS, "classHours", "more hours than a year has",
                getClassHours());
        v.throwIfAny();
    }
}
