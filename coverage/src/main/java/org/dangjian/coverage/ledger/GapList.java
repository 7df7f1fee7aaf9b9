package org.dangjian.coverage.ledger;

import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.dangjian.core.code.CreditCode;
import org.dangjian.core.code.Jurisdiction;
import org.dangjian.core.code.JurisdictionLevel;
import org.dangjian.core.decision.Decision;
import org.dangjian.core.decision.Outcome;
import org.dangjian.core.decision.Reason;
import org.dangjian.core.organization.FormationMethod;
import org.dangjian.core.organization.Host;
import org.dangjian.core.organization.NewOrganization;
import org.dangjian.core.organization.PartyOrganization;
import org.dangjian.core.organization.PartyOrganizationLevel;
import org.dangjian.core.parameter.ResolvedParameters;
import org.dangjian.core.time.TimeLimits;
import org.dangjian.coverage.CoverageRules;
import org.dangjian.coverage.formation.CoverageState;
import org.dangjian.coverage.formation.FormationContext;
import org.dangjian.coverage.formation.FormationPolicy;
import org.dangjian.coverage.formation.MethodOption;
import org.dangjian.coverage.formation.Neighbour;

/**
 * The gap list of a ledger on a date: every operating organization that fails a requirement, with its
 * assessment and the formation methods that fit it (from the ledger: neighbours without coverage in the same
 * township, hosts, chains and industries that already have an organization), and the early warnings.
 *
 * <pre>{@code
 * GapList gaps = GapList.of(ledger, params.resolve(county, asOf), Optional.of(lastSurvey));
 * gaps.gaps().get(0).recommended();    // Optional[JOINT]
 * gaps.warnings();                     // [TERM_EXPIRED 430102-B-0001 (430102001), …]
 * }</pre>
 *
 * <p>Linear in the ledger: neighbours are taken from a per-township index, at most twice the joint-branch
 * unit limit per organization; each gap's methods are ranked when first read. Entries are sorted (jurisdiction, code), so the list is the same whatever the
 * ledger's order. This class is immutable and thread-safe.
 */
public final class GapList {
    private final LocalDate asOf;
    private final List<Gap> gaps;
    private final List<EarlyWarning> warnings;

    private GapList(LocalDate asOf, List<Gap> gaps, List<EarlyWarning> warnings) {
        this.asOf = asOf;
        this.gaps = List.copyOf(gaps);
        this.warnings = List.copyOf(warnings);
    }

    /**
     * Computes the gap list and warnings.
     *
     * @param ledger the ledger, not null
     * @param parameters resolved for the ledger's jurisdiction and the as-of date, not null
     * @param lastSurvey the date of the last survey, for the “newly registered” warning, not null
     * @return the gap list, not null
     */
    public static GapList of(Ledger ledger, ResolvedParameters parameters, Optional<LocalDate> lastSurvey) {
        Objects.requireNonNull(ledger, "ledger");
        Objects.requireNonNull(lastSurvey, "lastSurvey");
        FormationPolicy policy = FormationPolicy.of(parameters);
        LocalDate asOf = parameters.date();
        Integer minFull = parameters.find(CoverageRules.MIN_FULL_MEMBERS).orElse(null);
        // No figure in code: without the joint-branch limit no neighbours are offered and no over-limit warning is
        // raised (assessJointLimit answers INSUFFICIENT_DATA then).
        Integer jointLimit = parameters.find(CoverageRules.MAX_UNITS_PER_JOINT_BRANCH).orElse(null);
        int neighbourCap = jointLimit == null ? 0 : 2 * jointLimit;
        Integer membersAt = parameters.find(CoverageRules.MEMBERS_EXPECTED_AT_STAFF).orElse(null);
        Integer softCap = parameters.find(CoverageRules.BRANCH_SOFT_CAP).orElse(null);
        Period primaryTerm = parameters.find(CoverageRules.TERM_PRIMARY_COMMITTEE).orElse(null);
        Period branchTerm = parameters.find(CoverageRules.TERM_BRANCH).orElse(null);

        // Indexes built once: hosts, chains and (county, industry) pairs that already have an organization,
        // and the units without organizational coverage by township.
        Set<String> hostsWithOrganization = new HashSet<>();
        Set<String> chainsWithLead = new HashSet<>();
        Set<String> industriesWithBody = new HashSet<>();
        for (PartyOrganization po : ledger.partyOrganizations()) {
            FormationMethod m = po.getFormationMethod();
            for (CreditCode c : po.getCoveredOrganizations()) {
                NewOrganization o = ledger.find(c).orElseThrow();
                if (m == FormationMethod.PARK || m == FormationMethod.BUILDING || m == FormationMethod.MARKET
                        || m == FormationMethod.REGIONAL_JOINT) {
                    for (Host h : o.getHosts()) {
                        hostsWithOrganization.add(h.getId());
                    }
                }
                if (m == FormationMethod.LEAD_ENTERPRISE && o.getIndustryChain().isPresent()) {
                    chainsWithLead.add(o.getIndustryChain().get());
                }
                if (m == FormationMethod.INDUSTRY_WIDE) {
                    industriesWithBody.add(county(o.getJurisdiction()) + "/" + o.getIndustry());
                }
            }
        }
        Map<Jurisdiction, List<NewOrganization>> uncovered = new HashMap<>();
        for (NewOrganization o : ledger.organizations()) {
            if (o.isOperating() && !ledger.coverageOf(o).isOrganizational()
                    && (minFull == null || o.getFullMembers() < minFull)) {
                uncovered.computeIfAbsent(township(o.getJurisdiction()), k -> new ArrayList<>()).add(o);
            }
        }
        Comparator<NewOrganization> byMembersThenCode = Comparator.comparingInt(NewOrganization::getFullMembers)
                .reversed().thenComparing(o -> o.getCreditCode().code());
        uncovered.values().forEach(l -> l.sort(byMembersThenCode));

        List<Gap> gaps = new ArrayList<>();
        List<EarlyWarning> warnings = new ArrayList<>();
        for (NewOrganization o : ledger.organizations()) {
            if (!o.isOperating()) {
                continue;
            }
            CoverageState state = ledger.coverageOf(o);
            if (policy.failsRequirement(o, state)) {
                List<NewOrganization> near = uncovered.getOrDefault(township(o.getJurisdiction()), List.of());
                gaps.add(Gap.lazy(o.getCreditCode(), o.getName(), o.getJurisdiction(),
                        () -> policy.assessCoverage(o, state),
                        () -> policy.rankMethods(o, context(o, near, neighbourCap, hostsWithOrganization,
                                chainsWithLead, industriesWithBody)).findValue().orElse(List.of())));
            }
            if (membersAt != null && o.getHeadCount() >= membersAt && o.members() == 0) {
                warnings.add(EarlyWarning.of(WarningKind.NO_MEMBER_AT_STAFF, o.getCreditCode().code(),
                        o.getJurisdiction(), Reason.of(CoverageRules.WARN_NO_MEMBER, "warn.noMember")
                                .with("name", o.getName()).with("headCount", o.getHeadCount())
                                .read(CoverageRules.MEMBERS_EXPECTED_AT_STAFF.name(), membersAt)));
            }
            if (minFull != null && state == CoverageState.OWN_ORGANIZATION && o.getFullMembers() < minFull) {
                warnings.add(EarlyWarning.of(WarningKind.BELOW_MINIMUM_MEMBERS, o.getCreditCode().code(),
                        o.getJurisdiction(), Reason.of(CoverageRules.WARN_BELOW_MINIMUM, "warn.belowMinimum")
                                .with("name", o.getName()).with("fullMembers", o.getFullMembers())
                                .read(CoverageRules.MIN_FULL_MEMBERS.name(), minFull)));
            }
            if (lastSurvey.isPresent() && o.getRegisteredOn().map(d -> d.isAfter(lastSurvey.get())).orElse(false)) {
                warnings.add(EarlyWarning.of(WarningKind.NEWLY_REGISTERED, o.getCreditCode().code(),
                        o.getJurisdiction(), Reason.of(CoverageRules.WARN_NEW, "warn.new").with("name", o.getName())
                                .with("registeredOn", o.getRegisteredOn().get()).with("lastSurvey", lastSurvey.get())));
            }
        }
        for (PartyOrganization po : ledger.partyOrganizations()) {
            if (jointLimit != null && po.getCoveredOrganizations().size() > jointLimit
                    && policy.assessJointLimit(po).outcome() == Outcome.NON_COMPLIANT) {
                warnings.add(EarlyWarning.of(WarningKind.JOINT_OVER_LIMIT, po.getId(), po.getJurisdiction(),
                        Reason.of(CoverageRules.WARN_JOINT_OVER_LIMIT, "warn.jointOverLimit").with("id", po.getId())
                                .with("units", po.getCoveredOrganizations().size())
                                .read(CoverageRules.MAX_UNITS_PER_JOINT_BRANCH.name(), jointLimit)));
            }
            Period length = po.getLevel() == PartyOrganizationLevel.PRIMARY_COMMITTEE ? primaryTerm : branchTerm;
            boolean mayHaveExpired = po.getTermStart().isPresent()
                    && (length == null || TimeLimits.hasCompleted(po.getTermStart().get(), length, asOf));
            Decision<?> term = mayHaveExpired ? policy.decideTerm(po, asOf) : null;
            if (term != null && (term.outcome() == Outcome.REQUIRES_APPROVAL || term.outcome() == Outcome.NON_COMPLIANT)) {
                warnings.add(EarlyWarning.of(WarningKind.TERM_EXPIRED, po.getId(), po.getJurisdiction(),
                        Reason.of(CoverageRules.WARN_TERM_EXPIRED, "warn.termExpired").with("id", po.getId())
                                .with("status", term.findValue().map(String::valueOf).orElse(""))));
            }
            if (softCap != null && po.getLevel() == PartyOrganizationLevel.BRANCH && po.members() > softCap) {
                warnings.add(EarlyWarning.of(WarningKind.BRANCH_OVER_SOFT_CAP, po.getId(), po.getJurisdiction(),
                        Reason.of(CoverageRules.WARN_SOFT_CAP, "warn.softCap").with("id", po.getId())
                                .with("members", po.members()).read(CoverageRules.BRANCH_SOFT_CAP.name(), softCap)));
            }
        }
        gaps.sort(Comparator.comparing(Gap::jurisdiction).thenComparing(Gap::creditCode));
        warnings.sort(Comparator.comparing(EarlyWarning::kind).thenComparing(EarlyWarning::jurisdiction)
                .thenComparing(EarlyWarning::subject));
        return new GapList(asOf, gaps, warnings);
    }

    private static FormationContext context(NewOrganization o, List<NewOrganization> near, int most,
            Set<String> hostsWithOrganization, Set<String> chainsWithLead, Set<String> industriesWithBody) {
        FormationContext.Builder ctx = FormationContext.builder();
        int taken = 0;
        for (NewOrganization n : near) {
            if (taken >= most) {
                break;
            }
            if (!n.getCreditCode().equals(o.getCreditCode())) {
                ctx.addNeighbours(Neighbour.of(n.getCreditCode(), n.getFullMembers()));
                taken++;
            }
        }
        for (Host h : o.getHosts()) {
            if (hostsWithOrganization.contains(h.getId())) {
                ctx.addHostsWithOrganization(h.getId());
            }
        }
        ctx.leadEnterpriseHasOrganization(o.getIndustryChain().map(chainsWithLead::contains).orElse(false));
        ctx.industryBodyHasOrganization(industriesWithBody.contains(county(o.getJurisdiction()) + "/" + o.getIndustry()));
        return ctx.build();
    }

    private static Jurisdiction township(Jurisdiction j) {
        return j.level().ordinal() > JurisdictionLevel.TOWNSHIP.ordinal() ? j.at(JurisdictionLevel.TOWNSHIP) : j;
    }

    private static Jurisdiction county(Jurisdiction j) {
        return j.level().ordinal() >= JurisdictionLevel.COUNTY.ordinal() ? j.at(JurisdictionLevel.COUNTY) : j;
    }

    /** @return the as-of date, not null */
    public LocalDate asOf() {
        return asOf;
    }

    /** @return the gaps, by jurisdiction then code, not null */
    public List<Gap> gaps() {
        return gaps;
    }

    /** @return the early warnings, by kind, jurisdiction and subject, not null */
    public List<EarlyWarning> warnings() {
        return warnings;
    }

    /**
     * The warnings of one kind.
     *
     * @param kind the kind, not null
     * @return the warnings, not null
     */
    public List<EarlyWarning> warnings(WarningKind kind) {
        List<EarlyWarning> l = new ArrayList<>();
        for (EarlyWarning w : warnings) {
            if (w.kind() == kind) {
                l.add(w);
            }
        }
        return l;
    }

    /**
     * The gap list as a decision citing COV-GAP-001: COMPLIANT when empty, NON_COMPLIANT otherwise.
     *
     * @return the decision with the number of gaps, not null
     */
    public Decision<Integer> decision() {
        return Decision.of(gaps.isEmpty() ? Outcome.COMPLIANT : Outcome.NON_COMPLIANT, gaps.size(),
                Reason.of(CoverageRules.GAP, "gap.summary").with("gaps", gaps.size()).with("warnings", warnings.size()));
    }

    /**
     * The warnings of one kind as a decision: COMPLIANT when there is none, NON_COMPLIANT otherwise, with each
     * warning's reason.
     *
     * @param kind the kind, not null
     * @return the decision with the number of warnings, not null
     */
    public Decision<Integer> decision(WarningKind kind) {
        List<EarlyWarning> l = warnings(kind);
        if (l.isEmpty()) {
            return Decision.of(Outcome.COMPLIANT, 0, List.of());
        }
        List<Reason> reasons = new ArrayList<>();
        for (EarlyWarning w : l) {
            reasons.add(w.reason());
        }
        return Decision.of(Outcome.NON_COMPLIANT, l.size(), reasons);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof GapList g && g.asOf.equals(asOf) && g.gaps.equals(gaps) && g.warnings.equals(warnings);
    }

    @Override
    public int hashCode() {
        return Objects.hash(asOf, gaps, warnings);
    }

    @Override
    public String toString() {
        return "GapList[" + asOf + ": " + gaps.size() + " gaps, " + warnings.size() + " warnings]";
    }
}
