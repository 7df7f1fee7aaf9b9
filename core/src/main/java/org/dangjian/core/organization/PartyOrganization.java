package org.dangjian.core.organization;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.PositiveOrZero;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.dangjian.core.code.CreditCode;
import org.dangjian.core.code.Jurisdiction;
import org.dangjian.core.validation.Violations;
import org.immutables.value.Value;

/**
 * A Party organization in a new organization or covering several: its level, how it was formed, the units it
 * covers, its members, committee and term.
 *
 * <pre>{@code
 * PartyOrganization branch = PartyOrganization.builder()
 *         .id("430102-B-0001").name("某科技有限公司党支部")
 *         .level(PartyOrganizationLevel.BRANCH).formationMethod(FormationMethod.STANDALONE)
 *         .jurisdiction(Jurisdiction.of("430102001"))
 *         .addCoveredOrganizations(CreditCode.of("91430102MA4L12345X"))
 *         .fullMembers(5).termStart(LocalDate.of(2024, 6, 1))
 *         .build();
 * }</pre>
 *
 * <p>Invariants (checked on build, all reported together): it covers at least one unit and lists each once;
 * a standalone organization covers exactly one; counts are not negative; a committee has no more members than
 * the organization has full members. This class is immutable and thread-safe.
 */
@Value.Immutable
@JsonSerialize(as = ImmutablePartyOrganization.class)
@JsonDeserialize(as = ImmutablePartyOrganization.class)
public abstract class PartyOrganization {

    /** @return the organization's id in the ledger, not blank */
    @NotBlank
    public abstract String getId();

    /** @return the name, not blank */
    @NotBlank
    public abstract String getName();

    /** @return the level, not null */
    public abstract PartyOrganizationLevel getLevel();

    /** @return whether it is a temporary organization set up for a task (it cannot admit members) */
    @Value.Default
    public boolean isTemporary() {
        return false;
    }

    /** @return how it was formed, not null */
    public abstract FormationMethod getFormationMethod();

    /** @return where it sits, not null */
    public abstract Jurisdiction getJurisdiction();

    /** @return the units it covers, each once, not empty */
    public abstract List<CreditCode> getCoveredOrganizations();

    /** @return its full members */
    @PositiveOrZero
    public abstract int getFullMembers();

    /** @return its probationary members */
    @PositiveOrZero
    @Value.Default
    public int getProbationaryMembers() {
        return 0;
    }

    /** @return the members of its committee; 0 when it has none (a secretary only) */
    @PositiveOrZero
    @Value.Default
    public int getCommitteeMembers() {
        return 0;
    }

    /** @return how many Party groups it has */
    @PositiveOrZero
    @Value.Default
    public int getPartyGroups() {
        return 0;
    }

    /** @return when it was formed, not null */
    public abstract Optional<LocalDate> getFormedOn();

    /** @return the start of the current term (the last election), not null */
    public abstract Optional<LocalDate> getTermStart();

    /** @return since when the secretary post is vacant, if it is, not null */
    public abstract Optional<LocalDate> getSecretaryVacantSince();

    /** @return the id of the higher Party organization, not null */
    public abstract Optional<String> getParentId();

    /** @return full plus probationary members */
    public int members() {
        return getFullMembers() + getProbationaryMembers();
    }

    /** @return whether it has a committee */
    public boolean hasCommittee() {
        return getCommitteeMembers() > 0;
    }

    /** @return a new builder, not null */
    public static Builder builder() {
        return new Builder();
    }

    /** Builds a {@link PartyOrganization}. */
    public static class Builder extends ImmutablePartyOrganization.Builder {}

    @Value.Check
    void checkInvariants() {
        Violations v = new Violations();
        v.check(!getId().isBlank(), "id", "must not be blank", getId());
        v.check(!getCoveredOrganizations().isEmpty(), "coveredOrganizations", "must cover at least one unit", null);
        Set<CreditCode> seen = new HashSet<>();
        for (int i = 0; i < getCoveredOrganizations().size(); i++) {
            CreditCode c = getCoveredOrganizations().get(i);
            v.check(seen.add(c), "coveredOrganizations[" + i + "]", "unit listed twice", c);
        }
        v.check(getFormationMethod() != FormationMethod.STANDALONE || getCoveredOrganizations().size() <= 1,
                "coveredOrganizations", "a standalone organization covers exactly one unit; use JOINT or another method",
                getCoveredOrganizations().size());
        v.check(getFullMembers() >= 0, "fullMembers", "must not be negative", getFullMembers());
        v.check(getProbationaryMembers() >= 0, "probationaryMembers", "must not be negative", getProbationaryMembers());
        v.check(getCommitteeMembers() >= 0, "committeeMembers", "must not be negative", getCommitteeMembers());
        v.check(getPartyGroups() >= 0, "partyGroups", "must not be negative", getPartyGroups());
        v.check(getCommitteeMembers() <= getFullMembers(), "committeeMembers",
                "a committee is elected from full members; it cannot have more than " + getFullMembers(),
                getCommitteeMembers());
        v.throwIfAny();
    }
}
