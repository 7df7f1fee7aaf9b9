package org.dangjian.coverage.formation;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.dangjian.core.code.CreditCode;
import org.dangjian.core.validation.Violations;
import org.immutables.value.Value;

/**
 * What is around an organization that decides how it can get a Party organization: neighbours without one,
 * hosts that already have one, an industry body or lead enterprise with one, an organization it could attach
 * to, an instructor who could be sent.
 *
 * <pre>{@code
 * FormationContext ctx = FormationContext.builder()
 *         .addNeighbours(Neighbour.of(code2, 1), Neighbour.of(code3, 1))
 *         .addHostsWithOrganization("P-001")
 *         .instructorAvailable(true)
 *         .build();
 * }</pre>
 *
 * <p>Invariants (all reported together): each neighbour listed once. This class is immutable and thread-safe.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableFormationContext.class)
@JsonDeserialize(as = ImmutableFormationContext.class)
public abstract class FormationContext {

    /** @return nearby or similar units without an organization, not null */
    public abstract List<Neighbour> getNeighbours();

    /** @return ids of the organization's hosts that already have a Party organization, not null */
    public abstract Set<String> getHostsWithOrganization();

    /** @return whether an industry body (committee or association) has a Party organization */
    @Value.Default
    public boolean isIndustryBodyHasOrganization() {
        return false;
    }

    /** @return whether the lead enterprise of its industry chain has a Party organization */
    @Value.Default
    public boolean isLeadEnterpriseHasOrganization() {
        return false;
    }

    /** @return whether an existing organization can take it in (挂靠) */
    @Value.Default
    public boolean isAffiliationAvailable() {
        return false;
    }

    /** @return whether an instructor or secretary can be sent (驻派) */
    @Value.Default
    public boolean isInstructorAvailable() {
        return false;
    }

    /** @return an empty context, not null */
    public static FormationContext empty() {
        return builder().build();
    }

    /** @return a new builder, not null */
    public static Builder builder() {
        return new Builder();
    }

    /** Builds a {@link FormationContext}. */
    public static class Builder extends ImmutableFormationContext.Builder {}

    @Value.Check
    void checkInvariants() {
        Violations v = new Violations();
        Set<CreditCode> seen = new HashSet<>();
        for (int i = 0; i < getNeighbours().size(); i++) {
            v.check(seen.add(getNeighbours().get(i).getCreditCode()), "neighbours[" + i + "]", "listed twice",
                    getNeighbours().get(i).getCreditCode());
        }
        v.throwIfAny();
    }
}
