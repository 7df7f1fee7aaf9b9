package org.dangjian.training.assignment;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import org.dangjian.core.code.CreditCode;
import org.dangjian.core.code.Industry;
import org.dangjian.core.code.Jurisdiction;
import org.dangjian.core.validation.Violations;
import org.immutables.value.Value;

/**
 * An organization that needs an instructor, with why and how urgently: a higher priority weighs more in the
 * plan (serving one organization of priority 3 counts as much as serving three of priority 1).
 *
 * <pre>{@code
 * OrganizationNeed n = OrganizationNeed.builder()
 *         .organization(CreditCode.of("91430102MA4L12345X"))
 *         .jurisdiction(Jurisdiction.of("430102001")).industry(Industry.C)
 *         .need(InstructorNeed.WEAK_AND_LAX).priority(3)
 *         .build();
 * }</pre>
 *
 * <p>Invariants (checked on build): the priority is 1 to 100. This class is immutable and thread-safe.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableOrganizationNeed.class)
@JsonDeserialize(as = ImmutableOrganizationNeed.class)
public abstract class OrganizationNeed {
    /** The greatest priority weight. */
    public static final int MAX_PRIORITY = 100;

    /** @return the organization, not null */
    public abstract CreditCode getOrganization();

    /** @return where it operates, not null */
    public abstract Jurisdiction getJurisdiction();

    /** @return its industry section, not null */
    public abstract Industry getIndustry();

    /** @return why it needs an instructor, not null */
    public abstract InstructorNeed getNeed();

    /** @return the priority weight, 1 to 100 */
    @Value.Default
    public int getPriority() {
        return 1;
    }

    /** @return a new builder, not null */
    public static Builder builder() {
        return new Builder();
    }

    /** Builds an {@link OrganizationNeed}. */
    public static class Builder extends ImmutableOrganizationNeed.Builder {}

    @Value.Check
    void checkInvariants() {
        Violations v = new Violations();
        v.check(getPriority() >= 1 && getPriority() <= MAX_PRIORITY, "priority",
                "must be between 1 and " + MAX_PRIORITY, getPriority());
        v.throwIfAny();
    }
}
