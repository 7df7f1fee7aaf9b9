package org.dangjian.coverage.ledger;

import java.util.List;
import java.util.Objects;
import org.dangjian.core.decision.Decision;
import org.dangjian.core.decision.Outcome;
import org.dangjian.core.decision.Reason;
import org.dangjian.core.organization.NewOrganization;
import org.dangjian.core.organization.PartyOrganization;
import org.dangjian.core.parameter.ResolvedParameters;
import org.dangjian.coverage.CoverageRules;
import org.dangjian.coverage.formation.FormationPolicy;

/**
 * The “五个清楚” a jurisdiction must know (seed 004): how many organizations, Party organizations, members and
 * units covered, and how the Party organizations function, such as
 * {@code organizations=200 partyOrganizations=60 members=410 unitsCovered=183 functioning=52 needingAttention=8}.
 *
 * <p>“How they function” is read from the ledger's facts: a Party organization functions normally when its
 * term is current and its secretary post is filled; the others need attention. This class is immutable and
 * thread-safe.
 */
public final class FiveClearSummary {
    private final long organizations;
    private final long partyOrganizations;
    private final long members;
    private final long unitsCovered;
    private final long functioning;
    private final long needingAttention;

    private FiveClearSummary(long organizations, long partyOrganizations, long members, long unitsCovered,
            long functioning, long needingAttention) {
        this.organizations = organizations;
        this.partyOrganizations = partyOrganizations;
        this.members = members;
        this.unitsCovered = unitsCovered;
        this.functioning = functioning;
        this.needingAttention = needingAttention;
    }

    /**
     * Computes the summary of a ledger on the parameters' date.
     *
     * @param ledger the ledger, not null
     * @param parameters resolved for the ledger's jurisdiction and date, not null
     * @return DETERMINED with the summary, not null
     */
    public static Decision<FiveClearSummary> of(Ledger ledger, ResolvedParameters parameters) {
        Objects.requireNonNull(ledger, "ledger");
        FormationPolicy policy = FormationPolicy.of(parameters);
        long orgs = 0;
        long covered = 0;
        for (NewOrganization o : ledger.organizations()) {
            if (o.isOperating()) {
                orgs++;
                if (ledger.coverageOf(o).isOrganizational()) {
                    covered++;
                }
            }
        }
        long members = 0;
        long ok = 0;
        for (PartyOrganization po : ledger.partyOrganizations()) {
            members += po.members();
            if (po.getSecretaryVacantSince().isEmpty()
                    && policy.decideTerm(po, parameters.date()).outcome() == Outcome.COMPLIANT) {
                ok++;
            }
        }
        long pos = ledger.partyOrganizations().size();
        FiveClearSummary s = new FiveClearSummary(orgs, pos, members, covered, ok, pos - ok);
        return Decision.determined(s, List.of(Reason.of(CoverageRules.FIVE, "five.summary")
                .with("organizations", orgs).with("partyOrganizations", pos).with("members", members)
                .with("unitsCovered", covered).with("functioning", ok).with("needingAttention", pos - ok)));
    }

    /** @return operating organizations in the ledger */
    public long organizations() {
        return organizations;
    }

    /** @return Party organizations */
    public long partyOrganizations() {
        return partyOrganizations;
    }

    /** @return members of the Party organizations (full and probationary) */
    public long members() {
        return members;
    }

    /** @return operating units covered by a Party organization (own or joint) */
    public long unitsCovered() {
        return unitsCovered;
    }

    /** @return Party organizations functioning normally (term current, secretary in post) */
    public long functioning() {
        return functioning;
    }

    /** @return Party organizations needing attention */
    public long needingAttention() {
        return needingAttention;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof FiveClearSummary s && s.organizations == organizations
                && s.partyOrganizations == partyOrganizations && s.members == members && s.unitsCovered == unitsCovered
                && s.functioning == functioning && s.needingAttention == needingAttention;
    }

    @Override
    public int hashCode() {
        return Objects.hash(organizations, partyOrganizations, members, unitsCovered, functioning, needingAttention);
    }

    /** @return the five counts */
    @Override
    public String toString() {
        return "organizations=" + organizations + " partyOrganizations=" + partyOrganizations + " members=" + members
                + " unitsCovered=" + unitsCovered + " functioning=" + functioning + " needingAttention="
                + needingAttention;
    }
}
