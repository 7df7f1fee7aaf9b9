package org.dangjian.core.organization;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.dangjian.core.code.CreditCode;
import org.dangjian.core.code.Industry;
import org.dangjian.core.code.Jurisdiction;
import org.dangjian.core.money.Money;
import org.dangjian.core.validation.Violations;
import org.immutables.value.Value;

/**
 * A new organization (“两新”组织): a non-public enterprise or a social organization, with the facts the
 * coverage, assessment and training rules read.
 *
 * <pre>{@code
 * NewOrganization org = NewOrganization.builder()
 *         .creditCode(CreditCode.of("91430102MA4L12345X"))
 *         .name("长沙某科技有限公司")
 *         .subKind(OrganizationSubKind.PRIVATE_ENTERPRISE)
 *         .jurisdiction(Jurisdiction.of("430102001"))
 *         .industry(Industry.I)
 *         .headCount(120).fullMembers(4).probationaryMembers(1)
 *         .build();
 * }</pre>
 *
 * <p>Invariants (checked on build, all reported together): counts are not negative; full plus probationary
 * members do not exceed the head count; hosts are listed once. This class is immutable and thread-safe.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableNewOrganization.class)
@JsonDeserialize(as = ImmutableNewOrganization.class)
public abstract class NewOrganization {

    /** @return the unified social credit code, not null */
    public abstract CreditCode getCreditCode();

    /** @return the registered name, not blank */
    @NotBlank
    @Size(max = 200)
    public abstract String getName();

    /** @return the sub-kind, not null */
    public abstract OrganizationSubKind getSubKind();

    /** @return where it operates (usually a township code), not null */
    public abstract Jurisdiction getJurisdiction();

    /** @return the industry section (GB/T 4754), not null */
    public abstract Industry getIndustry();

    /** @return employees (enterprises) or staff (social organizations) */
    @PositiveOrZero
    public abstract int getHeadCount();

    /** @return full Party members working there */
    @PositiveOrZero
    public abstract int getFullMembers();

    /** @return probationary Party members working there (they do not count toward forming a branch) */
    @PositiveOrZero
    @Value.Default
    public int getProbationaryMembers() {
        return 0;
    }

    /** @return the operating status; only operating units count in coverage rates, not null */
    @Value.Default
    public OperatingStatus getStatus() {
        return OperatingStatus.OPERATING;
    }

    /** @return the parks, buildings, districts and markets that host it, not null */
    public abstract List<Host> getHosts();

    /** @return the industry chain it belongs to, by id, not null */
    public abstract Optional<String> getIndustryChain();

    /** @return the mass organizations present, not null */
    public abstract Set<MassOrganization> getMassOrganizations();

    /** @return whether a Party-building instructor is assigned */
    @Value.Default
    public boolean isInstructorAssigned() {
        return false;
    }

    /** @return whether a Party-building liaison is assigned */
    @Value.Default
    public boolean isLiaisonAssigned() {
        return false;
    }

    /** @return whether the principal (出资人或负责人) is a Party member */
    @Value.Default
    public boolean isPrincipalMember() {
        return false;
    }

    /** @return for trade associations: whether it has been decoupled from its former administrative sponsor */
    @Value.Default
    public boolean isDecoupled() {
        return false;
    }

    /** @return the registration date, not null */
    public abstract Optional<LocalDate> getRegisteredOn();

    /** @return last year's revenue, where known (for above-scale tests), not null */
    public abstract Optional<Money> getAnnualRevenue();

    /** @return for social organizations: the level it is registered at, not null */
    public abstract Optional<RegistrationLevel> getRegistrationLevel();

    /** @return the kind, from the sub-kind, not null */
    public OrganizationKind kind() {
        return getSubKind().kind();
    }

    /** @return full plus probationary members */
    public int members() {
        return getFullMembers() + getProbationaryMembers();
    }

    /** @return whether it is operating */
    public boolean isOperating() {
        return getStatus() == OperatingStatus.OPERATING;
    }

    /** @return a new builder, not null */
    public static Builder builder() {
        return new Builder();
    }

    /** Builds a {@link NewOrganization}. */
    public static class Builder extends ImmutableNewOrganization.Builder {}

    @Value.Check
    void checkInvariants() {
        Violations v = new Violations();
        v.check(getHeadCount() >= 0, "headCount", "must not be negative", getHeadCount());
        v.check(getFullMembers() >= 0, "fullMembers", "must not be negative", getFullMembers());
        v.check(getProbationaryMembers() >= 0, "probationaryMembers", "must not be negative",
                getProbationaryMembers());
        v.check(getName() != null && !getName().isBlank(), "name", "must not be blank", getName());
        v.check((long) getFullMembers() + getProbationaryMembers() <= getHeadCount(), "fullMembers",
                "full plus probationary members (" + members() + ") must not exceed headCount (" + getHeadCount()
                        + "); record members who work elsewhere at their own unit", getFullMembers());
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < getHosts().size(); i++) {
            v.check(seen.add(getHosts().get(i).getId()), "hosts[" + i + "]", "host listed twice", getHosts().get(i).getId());
        }
        v.throwIfAny();
    }
}
