package org.dangjian.training.certification;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import jakarta.validation.constraints.NotBlank;
import java.util.Optional;
import java.util.OptionalInt;
import org.dangjian.core.validation.Violations;
import org.dangjian.training.duty.ClassHours;
import org.immutables.value.Value;

/**
 * What a party-affairs worker brings to certification: class hours of the year, the exam score and the
 * annual assessment grade.
 *
 * <pre>{@code
 * CertificationFacts f = CertificationFacts.builder().personId("W-001")
 *         .classHours(ClassHours.of(40)).examScore(85).grade(AssessmentGrade.FAIRLY_GOOD).build();
 * }</pre>
 *
 * <p>Invariants (checked on build): the id is not blank; a score is 0 to 100. This class is immutable and
 * thread-safe.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableCertificationFacts.class)
@JsonDeserialize(as = ImmutableCertificationFacts.class)
public abstract class CertificationFacts {

    /** @return the person's id, not blank */
    @NotBlank
    public abstract String getPersonId();

    /** @return class hours of the year, not null */
    public abstract ClassHours getClassHours();

    /** @return the exam score out of 100, when sat, not null */
    public abstract OptionalInt getExamScore();

    /** @return the last annual assessment grade, when assessed, not null */
    public abstract Optional<AssessmentGrade> getGrade();

    /** @return a new builder, not null */
    public static Builder builder() {
        return new Builder();
    }

    /** Builds a {@link CertificationFacts}. */
    public static class Builder extends ImmutableCertificationFacts.Builder {}

    @Value.Check
    void checkInvariants() {
        Violations v = new Violations();
        v.check(!getPersonId().isBlank(), "personId", "must not be blank", getPersonId());
        getExamScore().ifPresent(s -> v.check(s >= 0 && s <= 100, "examScore", "must be 0 to 100", s));
        v.throwIfAny();
    }
}
