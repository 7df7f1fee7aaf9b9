package org.dangjian.coverage.ledger;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.dangjian.core.code.CreditCode;
import org.dangjian.core.code.Jurisdiction;
import org.dangjian.core.organization.Host;
import org.dangjian.core.organization.NewOrganization;
import org.dangjian.core.organization.PartyOrganization;
import org.dangjian.core.validation.InvalidInputException;
import org.dangjian.core.validation.Violations;
import org.dangjian.coverage.formation.CoverageState;
import org.dangjian.coverage.formation.FormationPolicy;

/**
 * A jurisdiction's register (台账) of new organizations, the Party organizations that cover them and the
 * places that host them, validated as a whole and indexed once by covered credit code.
 *
 * <pre>{@code
 * Ledger ledger = Ledger.of(Jurisdiction.of("430102"), organizations, partyOrganizations, hosts);
 * ledger.coverageOf(org);   // OWN_ORGANIZATION
 * }</pre>
 *
 * <p>Invariants (all reported together in one {@link org.dangjian.core.validation.InvalidInputException}):
 * every organization, Party organization and host lies within the ledger's jurisdiction; credit codes, Party
 * organization ids and host ids are unique; every covered unit is in the ledger; no unit has two organizations
 * of its own. It reads from and writes to JSON with {@code DangjianJson} (fields {@code area},
 * {@code organizations}, {@code partyOrganizations}, {@code hosts}). This class is immutable and thread-safe.
 */
public final class Ledger {
    static final int OWN_FLAG = 1;
    static final int JOINT_FLAG = 2;

    private final Jurisdiction area;
    private final List<NewOrganization> organizations;
    private final List<PartyOrganization> partyOrganizations;
    private final List<Host> hosts;
    private final Map<CreditCode, Integer> coverage;
    private final Map<CreditCode, NewOrganization> byCode;

    private Ledger(Jurisdiction area, List<NewOrganization> organizations, List<PartyOrganization> partyOrganizations,
            List<Host> hosts) {
        this.area = Objects.requireNonNull(area, "area");
        this.organizations = List.copyOf(organizations);
        this.partyOrganizations = List.copyOf(partyOrganizations);
        this.hosts = List.copyOf(hosts);
        Violations v = new Violations();
        Map<CreditCode, NewOrganization> codes = new HashMap<>(this.organizations.size() * 4 / 3 + 16);
        for (int i = 0; i < this.organizations.size(); i++) {
            NewOrganization o = this.organizations.get(i);
            if (codes.putIfAbsent(o.getCreditCode(), o) != null) {
                v.check(false, "organizations[" + i + "].creditCode", "listed twice in the ledger", o.getCreditCode());
            }
            if (!area.contains(o.getJurisdiction())) {
                v.check(false, "organizations[" + i + "].jurisdiction", "lies outside the ledger's jurisdiction " + area,
                        o.getJurisdiction());
            }
        }
        Map<CreditCode, Integer> flags = new HashMap<>(codes.size() * 4 / 3 + 16);
        Set<String> ids = new HashSet<>();
        for (int i = 0; i < this.partyOrganizations.size(); i++) {
            PartyOrganization po = this.partyOrganizations.get(i);
            if (!ids.add(po.getId())) {
                v.check(false, "partyOrganizations[" + i + "].id", "listed twice in the ledger", po.getId());
            }
            if (!area.contains(po.getJurisdiction())) {
                v.check(false, "partyOrganizations[" + i + "].jurisdiction",
                        "lies outside the ledger's jurisdiction " + area, po.getJurisdiction());
            }
            int flag = po.getCoveredOrganizations().size() == 1 ? OWN_FLAG : JOINT_FLAG;
            for (CreditCode c : po.getCoveredOrganizations()) {
                if (!codes.containsKey(c)) {
                    v.check(false, "partyOrganizations[" + i + "].coveredOrganizations",
                            "covers a unit not in the ledger", c);
                    continue;
                }
                int before = flags.getOrDefault(c, 0);
                if (flag == OWN_FLAG && (before & OWN_FLAG) != 0) {
                    v.check(false, "partyOrganizations[" + i + "].coveredOrganizations",
                            "the unit already has its own organization", c);
                }
                flags.put(c, before | flag);
            }
        }
        Set<String> hostIds = new HashSet<>();
        for (int i = 0; i < this.hosts.size(); i++) {
            Host h = this.hosts.get(i);
            if (!hostIds.add(h.getId())) {
                v.check(false, "hosts[" + i + "].id", "listed twice in the ledger", h.getId());
            }
            if (!area.contains(h.getJurisdiction())) {
                v.check(false, "hosts[" + i + "].jurisdiction", "lies outside the ledger's jurisdiction " + area,
                        h.getJurisdiction());
            }
        }
        v.throwIfAny();
        this.coverage = flags;
        this.byCode = codes;
    }

    /**
     * A ledger.
     *
     * @param area the jurisdiction the ledger is kept for, not null
     * @param organizations the new organizations, not null
     * @param partyOrganizations the Party organizations covering them, not null
     * @param hosts the parks, buildings, districts and markets, not null
     * @return the ledger, not null
     * @throws org.dangjian.core.validation.InvalidInputException listing every inconsistency
     */
    public static Ledger of(Jurisdiction area, List<NewOrganization> organizations,
            List<PartyOrganization> partyOrganizations, List<Host> hosts) {
        return new Ledger(area, organizations, partyOrganizations, hosts);
    }

    @JsonCreator
    static Ledger fromJson(@JsonProperty("area") Jurisdiction area,
            @JsonProperty("organizations") List<NewOrganization> organizations,
            @JsonProperty("partyOrganizations") List<PartyOrganization> partyOrganizations,
            @JsonProperty("hosts") List<Host> hosts) {
        if (area == null) {
            throw InvalidInputException.of("area", "is required: the jurisdiction the ledger is kept for", null);
        }
        return new Ledger(area, organizations == null ? List.of() : organizations,
                partyOrganizations == null ? List.of() : partyOrganizations, hosts == null ? List.of() : hosts);
    }

    /** @return the jurisdiction the ledger is kept for, not null */
    @JsonProperty
    public Jurisdiction area() {
        return area;
    }

    /** @return the organizations, in the order given, not null */
    @JsonProperty
    public List<NewOrganization> organizations() {
        return organizations;
    }

    /** @return the Party organizations, in the order given, not null */
    @JsonProperty
    public List<PartyOrganization> partyOrganizations() {
        return partyOrganizations;
    }

    /** @return the hosts, not null */
    @JsonProperty
    public List<Host> hosts() {
        return hosts;
    }

    /**
     * An organization by code.
     *
     * @param code the credit code, not null
     * @return the organization, if listed, not null
     */
    public Optional<NewOrganization> find(CreditCode code) {
        return Optional.ofNullable(byCode.get(code));
    }

    /**
     * How a listed organization is covered.
     *
     * @param org the organization, not null
     * @return the state, not null
     */
    public CoverageState coverageOf(NewOrganization org) {
        int f = flags(org.getCreditCode());
        if ((f & OWN_FLAG) != 0) {
            return CoverageState.OWN_ORGANIZATION;
        }
        if ((f & JOINT_FLAG) != 0) {
            return CoverageState.JOINT_ORGANIZATION;
        }
        return FormationPolicy.hasWorkCoverage(org) ? CoverageState.WORK_COVERAGE : CoverageState.NONE;
    }

    int flags(CreditCode code) {
        Integer f = coverage.get(code);
        return f == null ? 0 : f;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Ledger l && l.area.equals(area) && l.organizations.equals(organizations)
                && l.partyOrganizations.equals(partyOrganizations) && l.hosts.equals(hosts);
    }

    @Override
    public int hashCode() {
        return Objects.hash(area, organizations.size(), partyOrganizations.size(), hosts.size());
    }

    @Override
    public String toString() {
        return "Ledger[" + area + ", " + organizations.size() + " organizations, " + partyOrganizations.size()
                + " Party organizations, " + hosts.size() + " hosts]";
    }
}
