package org.dangjian.training.duty;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import jakarta.validation.constraints.NotBlank;
import java.time.LocalDate;
import java.util.Optional;
import org.dangjian.core.code.Jurisdiction;
import org.dangjian.core.validation.Violations;
import org.immutables.value.Value;

/**
 * A person with training duties, identified by an id: the role that sets the duties, where they belong (for
 * coverage reports), and the dates the duties run from.
 *
 * <pre>{@code
 * Trainee t = Trainee.builder()
 *         .id("P-0001").role(Role.SECRETARY).jurisdiction(Jurisdiction.of("430102001"))
 *         .appointedOn(LocalDate.of(2026, 3, 1))
 *         .build();
 * }</pre>
 *
 * <p>Invariants (checked on build, all reported together): the id is not blank; conversion is not before
 * admission. This class is immutable and thread-safe.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableTrainee.class)
@JsonDeserialize(as = ImmutableTrainee.class)
public abstract class Trainee {

    /** @return the person's id, not blank */
    @NotBlank
    public abstract String getId();

    /** @return the role, not null */
    public abstract Role getRole();

    /** @return where the person belongs, not null */
    public abstract Jurisdiction getJurisdiction();

    /** @return for secretaries and committee members: the appointment date, not null */
    public abstract Optional<LocalDate> getAppointedOn();

    /** @return the day admitted as a probationary member, not null */
    public abstract Optional<LocalDate> getAdmittedOn();

    /** @return the day converted to full membership, not null */
    public abstract Optional<LocalDate> getConvertedOn();

    /** @return a new builder, not null */
    public static Builder builder() {
        return new Builder();
    }

    /** Builds a {@link Trainee}. */
    public static class Builder extends ImmutableTrainee.Builder {}

    @Value.Check
    void checkInvariants() {
        Violations v = new Violations();
        v.check(!getId().isBlank(), "id", "must not be blank", getId());
        if (getAdmittedOn().isPresent() && getConvertedOn().isPresent()) {
            v.check(!getConvertedOn().get().isBefore(getAdmittedOn().get()), "convertedOn",
                    "must not be before admittedOn " + getAdmittedOn().get(), getConvertedOn().get());
        }
        v.throwIfAny();
    }
}
