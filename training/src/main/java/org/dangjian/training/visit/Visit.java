package org.dangjian.training.visit;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import jakarta.validation.constraints.NotBlank;
import java.time.LocalDate;
import java.util.Set;
import org.dangjian.core.code.CreditCode;
import org.dangjian.core.validation.Violations;
import org.immutables.value.Value;

/**
 * One visit of an instructor to an organization they guide.
 *
 * <pre>{@code
 * Visit v = Visit.builder().organization(CreditCode.of("91430102MA4L12345X")).instructorId("I-001")
 *         .date(LocalDate.of(2026, 3, 10)).addPurposes(VisitPurpose.KEY_MEETING).build();
 * }</pre>
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableVisit.class)
@JsonDeserialize(as = ImmutableVisit.class)
public abstract class Visit {

    /** @return the organization visited, not null */
    public abstract CreditCode getOrganization();

    /** @return the instructor's id, not blank */
    @NotBlank
    public abstract String getInstructorId();

    /** @return the day of the visit, not null */
    public abstract LocalDate getDate();

    /** @return what was done, not null */
    public abstract Set<VisitPurpose> getPurposes();

    /** @return a new builder, not null */
    public static Builder builder() {
        return new Builder();
    }

    /** Builds a {@link Visit}. */
    public static class Builder extends ImmutableVisit.Builder {}

    @Value.Check
    void checkInvariants() {
        Violations v = new Violations();
        v.check(!getInstructorId().isBlank(), "instructorId", "must not be blank", getInstructorId());
        v.throwIfAny();
    }
}
