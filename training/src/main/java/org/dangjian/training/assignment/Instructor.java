package org.dangjian.training.assignment;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import jakarta.validation.constraints.NotBlank;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import org.dangjian.core.code.CreditCode;
import org.dangjian.core.code.Industry;
import org.dangjian.core.code.Jurisdiction;
import org.dangjian.core.validation.Violations;
import org.immutables.value.Value;

/**
 * A Party-building instructor (党建工作指导员), identified by an id: the jurisdiction they may serve in, where
 * they are based, their expertise, kind, the organizations they guide now and their conflicts of interest.
 *
 * <pre>{@code
 * Instructor i = Instructor.builder()
 *         .id("I-001").kind(InstructorKind.FULL_TIME)
 *         .jurisdiction(Jurisdiction.of("430102001"))
 *         .addExpertise(Industry.C, Industry.I)
 *         .addCurrentOrganizations(CreditCode.of("91430102MA4L12345X"))
 *         .build();
 * }</pre>
 *
 * <p>An instructor reaches every organization whose jurisdiction lies in theirs. The capacity comes from the
 * parameter of their kind unless {@link #getCapacity()} sets it for this person. Invariants (checked on
 * build, all reported together): the id is not blank; an explicit capacity is 0 to 1000; the base lies in
 * the jurisdiction. This class is immutable and thread-safe.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableInstructor.class)
@JsonDeserialize(as = ImmutableInstructor.class)
public abstract class Instructor {

    /** @return the person's id, not blank */
    @NotBlank
    public abstract String getId();

    /** @return full time or part time, not null */
    public abstract InstructorKind getKind();

    /** @return the jurisdiction the instructor may serve in, not null */
    public abstract Jurisdiction getJurisdiction();

    /** @return where the instructor is based, for distances; the jurisdiction when absent, not null */
    public abstract Optional<Jurisdiction> getBase();

    /** @return the industries the instructor knows, not null */
    public abstract Set<Industry> getExpertise();

    /** @return this instructor's own capacity, overriding the kind's parameter, not null */
    public abstract OptionalInt getCapacity();

    /** @return the organizations the instructor guides now, not null */
    public abstract Set<CreditCode> getCurrentOrganizations();

    /** @return the listed conflicts of interest, not null */
    public abstract List<ConflictOfInterest> getConflicts();

    /** @return the base, or the jurisdiction when no base is given, not null */
    public Jurisdiction base() {
        return getBase().orElse(getJurisdiction());
    }

    /**
     * Whether the instructor must avoid an organization.
     *
     * @param organization the organization, not null
     * @return the conflict, if one is listed, not null
     */
    public Optional<ConflictOfInterest> conflictWith(CreditCode organization) {
        for (ConflictOfInterest c : getConflicts()) {
            if (c.getOrganization().equals(organization)) {
                return Optional.of(c);
            }
        }
        return Optional.empty();
    }

    /** @return a new builder, not null */
    public static Builder builder() {
        return new Builder();
    }

    /** Builds an {@link Instructor}. */
    public static class Builder extends ImmutableInstructor.Builder {}

    @Value.Check
    void checkInvariants() {
        Violations v = new Violations();
        v.check(!getId().isBlank(), "id", "must not be blank", getId());
        getCapacity().ifPresent(c -> v.check(c >= 0 && c <= 1000, "capacity", "must be between 0 and 1000", c));
        getBase().ifPresent(b -> v.check(getJurisdiction().contains(b), "base",
                "must lie in the instructor's jurisdiction " + getJurisdiction(), b));
        v.throwIfAny();
    }
}
