package org.dangjian.training.plan;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import jakarta.validation.constraints.NotBlank;
import java.time.LocalDate;
import java.util.Set;
import org.dangjian.core.code.Jurisdiction;
import org.dangjian.core.validation.Violations;
import org.dangjian.training.duty.Role;
import org.immutables.value.Value;

/**
 * A rotation training class: who may attend (people of a jurisdiction, of some roles), when it runs, and how
 * many places it has.
 *
 * <pre>{@code
 * TrainingClass c = TrainingClass.builder().id("2026-R-03").jurisdiction(Jurisdiction.of("430102"))
 *         .startDate(LocalDate.of(2026, 9, 14)).endDate(LocalDate.of(2026, 9, 16)).capacity(60)
 *         .build();
 * }</pre>
 *
 * <p>An empty set of roles admits every role. Invariants (checked on build, all reported together): the id
 * is not blank; the end is not before the start; the capacity is 0 to 100,000. This class is immutable and
 * thread-safe.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableTrainingClass.class)
@JsonDeserialize(as = ImmutableTrainingClass.class)
public abstract class TrainingClass {

    /** @return the class id, not blank */
    @NotBlank
    public abstract String getId();

    /** @return the jurisdiction whose people may attend, not null */
    public abstract Jurisdiction getJurisdiction();

    /** @return the first day, not null */
    public abstract LocalDate getStartDate();

    /** @return the last day, not null */
    public abstract LocalDate getEndDate();

    /** @return the places */
    public abstract int getCapacity();

    /** @return the roles admitted; empty admits all, not null */
    public abstract Set<Role> getRoles();

    /** @return a new builder, not null */
    public static Builder builder() {
        return new Builder();
    }

    /** Builds a {@link TrainingClass}. */
    public static class Builder extends ImmutableTrainingClass.Builder {}

    @Value.Check
    void checkInvariants() {
        Violations v = new Violations();
        v.check(!getId().isBlank(), "id", "must not be blank", getId());
        v.check(!getEndDate().isBefore(getStartDate()), "endDate", "must not be before startDate " + getStartDate(),
                getEndDate());
        v.check(getCapacity() >= 0 && getCapacity() <= 100_000, "capacity", "must be 0 to 100000", getCapacity());
        v.throwIfAny();
    }
}
