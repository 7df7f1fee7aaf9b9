package org.dangjian.coverage.formation;

import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.dangjian.core.code.CreditCode;
import org.dangjian.core.decision.Approver;
import org.dangjian.core.decision.Decision;
import org.dangjian.core.decision.Outcome;
import org.dangjian.core.decision.Reason;
import org.dangjian.core.money.Money;
import org.dangjian.core.organization.FormationMethod;
import org.dangjian.core.organization.Host;
import org.dangjian.core.organization.HostLevel;
import org.dangjian.core.organization.NewOrganization;
import org.dangjian.core.organization.OrganizationKind;
import org.dangjian.core.organization.OrganizationSubKind;
import org.dangjian.core.organization.PartyOrganization;
import org.dangjian.core.organization.PartyOrganizationLevel;
import org.dangjian.core.organization.RegistrationLevel;
import org.dangjian.core.parameter.ParameterKey;
import org.dangjian.core.parameter.ResolvedParameters;
import org.dangjian.core.rule.Rule;
import org.dangjian.core.time.TimeLimits;
import org.dangjian.core.validation.InvalidInputException;
import org.dangjian.core.validation.Violations;
import org.dangjian.coverage.CoverageRules;

/**
 * The coverage rules for one organization: survey scope, what is required of it, whether it complies, the
 * level, committee and term its members call for, and the formation methods that fit, ranked, with hints.
 *
 * <pre>{@code
 * FormationPolicy policy = FormationPolicy.of(PolicyParameters.nationalBaseline()
 *         .adopt(city, LocalProfile.SEED_002, LocalDate.of(2020, 1, 1)).resolve(county, asOf));
 * policy.decideRequirement(org).value();               // [OWN_ORGANIZATION, MEMBERS]
 * policy.assessCoverage(org, coveringOrganizations);  // NON_COMPLIANT: covered jointly, must form its own
 * policy.rankMethods(org, context).value();           // [PARK, JOINT, FALLBACK]
 * }</pre>
 *
 * <p>National figures come from the baseline; the seeds' figures apply only where the jurisdiction adopted a
 * profile. This class is immutable and thread-safe.
 */
public final class FormationPolicy {
    private final ResolvedParameters p;
    private final Integer scopeEnterprise;
    private final Integer scopeSocial;
    private final Integer minFull;
    private final Integer jointLimit;
    private final Integer membersExpectedAt;
    private final Integer organizationExpectedAt;
    private final Integer socialExpectedAt;
    private final Set<OrganizationSubKind> socialExpectedKinds;
    private final boolean municipalGroupsExpected;
    private final Integer committeeAt;
    private final Integer generalBranchAt;
    private final Integer primaryCommitteeAt;
    private final Integer softCap;

    private FormationPolicy(ResolvedParameters p) {
        this.p = p;
        this.scopeEnterprise = p.find(CoverageRules.SCOPE_ENTERPRISE_EMPLOYEES).orElse(null);
        this.scopeSocial = p.find(CoverageRules.SCOPE_SOCIAL_STAFF).orElse(null);
        this.minFull = p.find(CoverageRules.MIN_FULL_MEMBERS).orElse(null);
        this.jointLimit = p.find(CoverageRules.MAX_UNITS_PER_JOINT_BRANCH).orElse(null);
        this.membersExpectedAt = p.find(CoverageRules.MEMBERS_EXPECTED_AT_STAFF).orElse(null);
        this.organizationExpectedAt = p.find(CoverageRules.ORGANIZATION_EXPECTED_AT_STAFF).orElse(null);
        this.socialExpectedAt = p.find(CoverageRules.SOCIAL_ORGANIZATION_EXPECTED_AT_STAFF).orElse(null);
        this.socialExpectedKinds = p.find(CoverageRules.SOCIAL_ORGANIZATION_EXPECTED_KINDS).orElse(Set.of());
        this.municipalGroupsExpected = p.find(CoverageRules.MUNICIPAL_SOCIAL_GROUPS_EXPECTED).orElse(false);
        this.committeeAt = p.find(CoverageRules.COMMITTEE_AT_FULL_MEMBERS).orElse(null);
        this.generalBranchAt = p.find(CoverageRules.GENERAL_BRANCH_AT_MEMBERS).orElse(null);
        this.primaryCommitteeAt = p.find(CoverageRules.PRIMARY_COMMITTEE_AT_MEMBERS).orElse(null);
        this.softCap = p.find(CoverageRules.BRANCH_SOFT_CAP).orElse(null);
    }

    /**
     * The policy for the jurisdiction and date the parameters were resolved for.
     *
     * @param parameters the resolved parameters, not null
     * @return the policy, not null
     */
    public static FormationPolicy of(ResolvedParameters parameters) {
        return new FormationPolicy(Objects.requireNonNull(parameters, "parameters"));
    }

    /** @return the parameters this policy was built from, not null */
    public ResolvedParameters parameters() {
        return p;
    }

    private static Decision<Boolean> missing(Rule rule, ParameterKey<?> key) {
        return Decision.insufficientData(List.of(Reason.of(rule, "parameter.missing").with("parameter", key.name())));
    }

    // ------------------------------------------------------------------ scope

    /**
     * Whether the organization is in the survey scope: operating, and at least 10 employees (enterprises) or
     * 30 staff (social organizations) by the national wording.
     *
     * @param org the organization, not null
     * @return DETERMINED true when in scope; NOT_APPLICABLE false with the reason when not; INSUFFICIENT_DATA
     *     when a scope figure is unset, not null
     */
    public Decision<Boolean> decideScope(NewOrganization org) {
        if (!org.isOperating()) {
            return Decision.of(Outcome.NOT_APPLICABLE, false, Reason.of(CoverageRules.SCOPE_OPERATING,
                    "scope.notOperating").with("status", org.getStatus().label()));
        }
        boolean enterprise = org.kind() == OrganizationKind.NON_PUBLIC_ENTERPRISE;
        Integer min = enterprise ? scopeEnterprise : scopeSocial;
        ParameterKey<Integer> key = enterprise ? CoverageRules.SCOPE_ENTERPRISE_EMPLOYEES : CoverageRules.SCOPE_SOCIAL_STAFF;
        if (min == null) {
            return missing(CoverageRules.SCOPE, key);
        }
        boolean in = org.getHeadCount() >= min;
        Reason r = Reason.of(CoverageRules.SCOPE, in ? "scope.in" : "scope.out").with("kind", org.kind().label())
                .with("headCount", org.getHeadCount()).read(key.name(), min);
        return in ? Decision.determined(true, List.of(r)) : Decision.of(Outcome.NOT_APPLICABLE, false, r);
    }

    /**
     * Fast scope test for ledgers: operating and at or above the scope figure (false when the figure is unset).
     *
     * @param org the organization, not null
     * @return whether it is in scope
     */
    public boolean isInScope(NewOrganization org) {
        if (!org.isOperating()) {
            return false;
        }
        Integer min = org.kind() == OrganizationKind.NON_PUBLIC_ENTERPRISE ? scopeEnterprise : scopeSocial;
        return min != null && org.getHeadCount() >= min;
    }

    // ------------------------------------------------------------------ requirement

    /**
     * What is required of the organization: its own organization at 3+ full members; where the jurisdiction's
     * profile says so, members expected and an organization expected by staff; otherwise work coverage.
     *
     * @param org the organization, not null
     * @return DETERMINED with the obligations; NOT_APPLICABLE when not operating; INSUFFICIENT_DATA when the
     *     national figure is unset, not null
     */
    public Decision<Set<Obligation>> decideRequirement(NewOrganization org) {
        if (!org.isOperating()) {
            return Decision.of(Outcome.NOT_APPLICABLE, Set.of(), Reason.of(CoverageRules.SCOPE_OPERATING,
                    "scope.notOperating").with("status", org.getStatus().label()));
        }
        if (minFull == null) {
            return Decision.insufficientData(List.of(Reason.of(CoverageRules.REQ_BRANCH, "parameter.missing")
                    .with("parameter", CoverageRules.MIN_FULL_MEMBERS.name())));
        }
        Set<Obligation> obligations = EnumSet.noneOf(Obligation.class);
        List<Reason> reasons = new ArrayList<>();
        boolean own = org.getFullMembers() >= minFull;
        reasons.add(Reason.of(CoverageRules.REQ_BRANCH, own ? "req.branch.required" : "req.branch.notRequired")
                .with("fullMembers", org.getFullMembers()).with("needed", minFull - org.getFullMembers())
                .read(CoverageRules.MIN_FULL_MEMBERS.name(), minFull));
        if (own) {
            obligations.add(Obligation.OWN_ORGANIZATION);
        }
        boolean enterprise = org.kind() == OrganizationKind.NON_PUBLIC_ENTERPRISE;
        if (enterprise && membersExpectedAt != null && org.getHeadCount() >= membersExpectedAt) {
            obligations.add(Obligation.MEMBERS);
            reasons.add(Reason.of(CoverageRules.REQ_MEMBERS, "req.members").with("headCount", org.getHeadCount())
                    .read(CoverageRules.MEMBERS_EXPECTED_AT_STAFF.name(), membersExpectedAt));
        }
        if (enterprise && organizationExpectedAt != null && org.getHeadCount() >= organizationExpectedAt) {
            obligations.add(Obligation.ORGANIZATION);
            reasons.add(Reason.of(CoverageRules.REQ_ORGANIZATION, "req.organization")
                    .with("headCount", org.getHeadCount())
                    .read(CoverageRules.ORGANIZATION_EXPECTED_AT_STAFF.name(), organizationExpectedAt));
        }
        if (!enterprise && socialExpectedAt != null && isListedSocialKind(org)
                && org.getHeadCount() >= socialExpectedAt) {
            obligations.add(Obligation.ORGANIZATION);
            reasons.add(Reason.of(CoverageRules.REQ_SOCIAL, "req.social").with("subKind", org.getSubKind().label())
                    .with("headCount", org.getHeadCount())
                    .read(CoverageRules.SOCIAL_ORGANIZATION_EXPECTED_AT_STAFF.name(), socialExpectedAt));
        }
        if (!own && isInScope(org)) {
            obligations.add(Obligation.WORK_COVERAGE);
            reasons.add(Reason.of(CoverageRules.REQ_WORK, "req.work"));
        }
        return Decision.determined(Collections.unmodifiableSet(obligations), reasons);
    }

    /**
     * The obligations of an operating organization without building reasons: the same answer as
     * {@link #decideRequirement(NewOrganization)}'s value, for ledgers of millions.
     *
     * @param org the organization, not null
     * @return the obligations; empty when not operating or when the national figure is unset, not null
     */
    public Set<Obligation> obligationsOf(NewOrganization org) {
        Set<Obligation> s = EnumSet.noneOf(Obligation.class);
        int mask = obligationMask(org);
        for (Obligation o : OBLIGATIONS) {
            if ((mask & (1 << o.ordinal())) != 0) {
                s.add(o);
            }
        }
        return s;
    }

    private static final Obligation[] OBLIGATIONS = Obligation.values();

    private int obligationMask(NewOrganization org) {
        if (!org.isOperating() || minFull == null) {
            return 0;
        }
        int mask = 0;
        boolean own = org.getFullMembers() >= minFull;
        if (own) {
            mask |= 1 << Obligation.OWN_ORGANIZATION.ordinal();
        }
        boolean enterprise = org.kind() == OrganizationKind.NON_PUBLIC_ENTERPRISE;
        if (enterprise && membersExpectedAt != null && org.getHeadCount() >= membersExpectedAt) {
            mask |= 1 << Obligation.MEMBERS.ordinal();
        }
        if (enterprise && organizationExpectedAt != null && org.getHeadCount() >= organizationExpectedAt) {
            mask |= 1 << Obligation.ORGANIZATION.ordinal();
        }
        if (!enterprise && socialExpectedAt != null && isListedSocialKind(org) && org.getHeadCount() >= socialExpectedAt) {
            mask |= 1 << Obligation.ORGANIZATION.ordinal();
        }
        if (!own && isInScope(org)) {
            mask |= 1 << Obligation.WORK_COVERAGE.ordinal();
        }
        return mask;
    }

    /**
     * Whether an organization fails what is required of it, without building reasons: true exactly when
     * {@link #assessCoverage(NewOrganization, CoverageState)} decides NON_COMPLIANT.
     *
     * @param org the organization, not null
     * @param state how it is covered, not null
     * @return whether it fails a requirement
     */
    public boolean failsRequirement(NewOrganization org, CoverageState state) {
        int m = obligationMask(org);
        return (m & (1 << Obligation.OWN_ORGANIZATION.ordinal())) != 0 && state != CoverageState.OWN_ORGANIZATION
                || (m & (1 << Obligation.ORGANIZATION.ordinal())) != 0 && !state.isOrganizational()
                || (m & (1 << Obligation.MEMBERS.ordinal())) != 0 && org.members() == 0
                || (m & (1 << Obligation.WORK_COVERAGE.ordinal())) != 0 && state == CoverageState.NONE;
    }

    private boolean isListedSocialKind(NewOrganization org) {
        return socialExpectedKinds.contains(org.getSubKind())
                || (municipalGroupsExpected && org.getSubKind() == OrganizationSubKind.SOCIAL_GROUP
                        && org.getRegistrationLevel().map(l -> l == RegistrationLevel.MUNICIPAL).orElse(false));
    }

    // ------------------------------------------------------------------ coverage

    /**
     * How the organization is covered (own organization, joint, work coverage, none), from the facts alone.
     *
     * @param org the organization, not null
     * @param covering the Party organizations that list it among their covered units, not null
     * @return the state, not null
     * @throws InvalidInputException when a listed Party organization does not cover it
     */
    public static CoverageState coverageState(NewOrganization org, List<PartyOrganization> covering) {
        Violations v = new Violations();
        CreditCode code = org.getCreditCode();
        boolean own = false;
        boolean joint = false;
        for (int i = 0; i < covering.size(); i++) {
            PartyOrganization po = covering.get(i);
            boolean covers = po.getCoveredOrganizations().contains(code);
            v.check(covers, "covering[" + i + "]", "does not list " + code + " among its covered units", po.getId());
            if (covers) {
                if (po.getCoveredOrganizations().size() == 1) {
                    own = true;
                } else {
                    joint = true;
                }
            }
        }
        v.throwIfAny();
        if (own) {
            return CoverageState.OWN_ORGANIZATION;
        }
        if (joint) {
            return CoverageState.JOINT_ORGANIZATION;
        }
        return hasWorkCoverage(org) ? CoverageState.WORK_COVERAGE : CoverageState.NONE;
    }

    /**
     * Whether the unit has work coverage facts: an instructor, a liaison, or union / youth league organizations.
     *
     * @param org the organization, not null
     * @return whether it has
     */
    public static boolean hasWorkCoverage(NewOrganization org) {
        return org.isInstructorAssigned() || org.isLiaisonAssigned() || !org.getMassOrganizations().isEmpty();
    }

    /**
     * Whether the organization meets what is required of it today: its own organization when it has 3+ full
     * members (joint coverage does not suffice); an organization, own or joint, where the profile expects one;
     * members where expected; otherwise work coverage.
     *
     * @param org the organization, not null
     * @param covering the Party organizations that cover it, not null
     * @return COMPLIANT or NON_COMPLIANT with the coverage state; NOT_APPLICABLE when nothing is required,
     *     not null
     * @throws InvalidInputException when a listed Party organization does not cover it
     */
    public Decision<CoverageState> assessCoverage(NewOrganization org, List<PartyOrganization> covering) {
        return assessCoverage(org, coverageState(org, covering));
    }

    /**
     * Whether the organization meets what is required of it, given how it is covered (as a ledger knows it).
     *
     * @param org the organization, not null
     * @param state how it is covered, not null
     * @return as {@link #assessCoverage(NewOrganization, List)}, not null
     */
    public Decision<CoverageState> assessCoverage(NewOrganization org, CoverageState state) {
        Objects.requireNonNull(state, "state");
        Decision<Set<Obligation>> req = decideRequirement(org);
        if (req.outcome() == Outcome.INSUFFICIENT_DATA) {
            return Decision.insufficientData(req.reasons());
        }
        List<Reason> reasons = new ArrayList<>(req.reasons());
        Set<Obligation> ob = req.findValue().orElse(Set.of());
        reasons.add(Reason.of(state.isOrganizational() ? CoverageRules.COVER_ORGANIZATIONAL : CoverageRules.COVER_WORK,
                "cover.state").with("state", state.label()));
        if (ob.isEmpty()) {
            return Decision.of(Outcome.NOT_APPLICABLE, state, reasons);
        }
        boolean ok = true;
        if (ob.contains(Obligation.OWN_ORGANIZATION) && state != CoverageState.OWN_ORGANIZATION) {
            ok = false;
            reasons.add(Reason.of(CoverageRules.COVER_OWN, "cover.ownMissing").with("state", state.label()));
        }
        if (ob.contains(Obligation.ORGANIZATION) && !state.isOrganizational()) {
            ok = false;
            reasons.add(Reason.of(CoverageRules.COVER_ORGANIZATIONAL, "cover.organizationMissing"));
        }
        if (ob.contains(Obligation.MEMBERS) && org.members() == 0) {
            ok = false;
            reasons.add(Reason.of(CoverageRules.REQ_MEMBERS, "cover.membersMissing"));
        }
        if (ob.contains(Obligation.WORK_COVERAGE) && state == CoverageState.NONE) {
            ok = false;
            reasons.add(Reason.of(CoverageRules.COVER_WORK, "cover.workMissing"));
        }
        return Decision.of(ok ? Outcome.COMPLIANT : Outcome.NON_COMPLIANT, state, reasons);
    }

    // ------------------------------------------------------------------ level, committee, term

    /**
     * The level the members call for: a branch from 3 full members (a committee from 7), a general branch from
     * 50 members, a primary committee from 100; with the committee size and term that go with it.
     *
     * @param fullMembers full members, not negative
     * @param members all members, not below full members
     * @return DETERMINED with the recommendation; NOT_APPLICABLE below 3 full members (joint formation);
     *     INSUFFICIENT_DATA when a figure is unset, not null
     * @throws InvalidInputException when the counts are inconsistent
     */
    public Decision<LevelRecommendation> decideLevel(int fullMembers, int members) {
        checkCounts(fullMembers, members);
        if (minFull == null || committeeAt == null || generalBranchAt == null || primaryCommitteeAt == null) {
            return Decision.insufficientData(List.of(Reason.of(CoverageRules.LEVEL_BRANCH, "parameter.missing")
                    .with("parameter", "coverage.level.*")));
        }
        List<Reason> reasons = new ArrayList<>();
        if (fullMembers < minFull) {
            reasons.add(Reason.of(CoverageRules.LEVEL_BRANCH, "level.belowBranch").with("fullMembers", fullMembers)
                    .with("needed", minFull - fullMembers).read(CoverageRules.MIN_FULL_MEMBERS.name(), minFull));
            return Decision.of(Outcome.NOT_APPLICABLE, null, reasons);
        }
        PartyOrganizationLevel level = calledLevel(members);
        LevelRecommendation rec = recommendation(level, fullMembers, reasons, members);
        if (rec == null) {
            return Decision.insufficientData(reasons);
        }
        return Decision.determined(rec, reasons);
    }

    /**
     * Whether a wanted level fits the members: the level they call for, or a lower one (a branch above 50
     * members draws a warning), is allowed; a higher one needs the higher Party committee's approval.
     *
     * @param fullMembers full members, not negative
     * @param members all members, not below full members
     * @param wanted the level wanted, not null
     * @return COMPLIANT, REQUIRES_APPROVAL (higher organization), NOT_APPLICABLE below 3 full members, or
     *     INSUFFICIENT_DATA, with the recommendation for the wanted level, not null
     */
    public Decision<LevelRecommendation> decideLevel(int fullMembers, int members, PartyOrganizationLevel wanted) {
        Decision<LevelRecommendation> called = decideLevel(fullMembers, members);
        if (called.outcome() != Outcome.DETERMINED) {
            return called;
        }
        List<Reason> reasons = new ArrayList<>(called.reasons());
        PartyOrganizationLevel calledLevel = called.value().level();
        LevelRecommendation rec = recommendation(wanted, fullMembers, new ArrayList<>(), members);
        if (rec == null) {
            return Decision.insufficientData(reasons);
        }
        if (wanted.ordinal() > calledLevel.ordinal()) {
            reasons.add(Reason.of(wanted == PartyOrganizationLevel.PRIMARY_COMMITTEE ? CoverageRules.LEVEL_PRIMARY_COMMITTEE
                    : CoverageRules.LEVEL_GENERAL_BRANCH, "level.approval").with("wanted", wanted.label())
                    .with("members", members));
            return Decision.requiresApproval(Approver.HIGHER_PARTY_ORGANIZATION, rec, reasons);
        }
        if (wanted == PartyOrganizationLevel.BRANCH && softCap != null && members > softCap) {
            reasons.add(Reason.of(CoverageRules.LEVEL_SOFT_CAP, "level.softCap").with("members", members)
                    .read(CoverageRules.BRANCH_SOFT_CAP.name(), softCap));
        }
        return Decision.of(Outcome.COMPLIANT, rec, reasons);
    }

    /**
     * Whether a branch committee meeting may be held: more than half its members present.
     *
     * @param committeeMembers members of the committee, at least 1
     * @param present those present, not above committeeMembers
     * @return COMPLIANT or NON_COMPLIANT with the least number present that suffices; INSUFFICIENT_DATA when
     *     the figure is unset, not null
     * @throws InvalidInputException when the counts are inconsistent
     */
    public Decision<Long> decideCommitteeQuorum(int committeeMembers, int present) {
        Violations v = new Violations();
        v.check(committeeMembers >= 1, "committeeMembers", "at least 1", committeeMembers);
        v.check(present >= 0 && present <= committeeMembers, "present",
                "between 0 and committeeMembers (" + committeeMembers + ")", present);
        v.throwIfAny();
        org.dangjian.core.money.Fraction quorum = p.find(CoverageRules.COMMITTEE_MEETING_QUORUM).orElse(null);
        if (quorum == null) {
            return Decision.insufficientData(List.of(Reason.of(CoverageRules.LEVEL_COMMITTEE_QUORUM,
                    "parameter.missing").with("parameter", CoverageRules.COMMITTEE_MEETING_QUORUM.name())));
        }
        long needed = quorum.ceilingOf(committeeMembers);
        if (!quorum.isExceededBy(needed, committeeMembers)) {
            needed++;
        }
        boolean ok = quorum.isExceededBy(present, committeeMembers);
        return Decision.of(ok ? Outcome.COMPLIANT : Outcome.NON_COMPLIANT, needed,
                Reason.of(CoverageRules.LEVEL_COMMITTEE_QUORUM, ok ? "level.quorum.met" : "level.quorum.missed")
                        .with("committeeMembers", committeeMembers).with("present", present).with("needed", needed)
                        .read(CoverageRules.COMMITTEE_MEETING_QUORUM.name(), quorum));
    }

    private static void checkCounts(int fullMembers, int members) {
        Violations v = new Violations();
        v.check(fullMembers >= 0, "fullMembers", "must not be negative", fullMembers);
        v.check(members >= fullMembers, "members", "must not be below fullMembers (" + fullMembers + ")", members);
        v.throwIfAny();
    }

    private PartyOrganizationLevel calledLevel(int members) {
        if (members >= primaryCommitteeAt) {
            return PartyOrganizationLevel.PRIMARY_COMMITTEE;
        }
        return members >= generalBranchAt ? PartyOrganizationLevel.GENERAL_BRANCH : PartyOrganizationLevel.BRANCH;
    }

    private LevelRecommendation recommendation(PartyOrganizationLevel level, int fullMembers, List<Reason> reasons,
            int members) {
        Period term = p.find(level == PartyOrganizationLevel.PRIMARY_COMMITTEE ? CoverageRules.TERM_PRIMARY_COMMITTEE
                : CoverageRules.TERM_BRANCH).orElse(null);
        if (term == null) {
            reasons.add(Reason.of(CoverageRules.TERM_LENGTH, "parameter.missing").with("parameter", "coverage.term.*"));
            return null;
        }
        reasons.add(Reason.of(CoverageRules.TERM_LENGTH, "term.length").with("level", level.label()).with("term", term));
        switch (level) {
            case PRIMARY_COMMITTEE:
                reasons.add(0, Reason.of(CoverageRules.LEVEL_PRIMARY_COMMITTEE, "level.primaryCommittee")
                        .with("members", members).read(CoverageRules.PRIMARY_COMMITTEE_AT_MEMBERS.name(), primaryCommitteeAt));
                return LevelRecommendation.of(level, true, 0, 0, 0, term);
            case GENERAL_BRANCH:
                reasons.add(0, Reason.of(CoverageRules.LEVEL_GENERAL_BRANCH, "level.generalBranch")
                        .with("members", members).read(CoverageRules.GENERAL_BRANCH_AT_MEMBERS.name(), generalBranchAt));
                return LevelRecommendation.of(level, true, 0, 0, 0, term);
            default:
                if (fullMembers >= committeeAt) {
                    int min = p.find(CoverageRules.COMMITTEE_MIN_SIZE).orElse(0);
                    int max = p.find(CoverageRules.COMMITTEE_USUAL_MAX_SIZE).orElse(0);
                    int cap = p.find(CoverageRules.COMMITTEE_CAP).orElse(0);
                    reasons.add(0, Reason.of(CoverageRules.LEVEL_COMMITTEE, "level.committee")
                            .with("fullMembers", fullMembers).with("min", min).with("max", max).with("cap", cap)
                            .read(CoverageRules.COMMITTEE_AT_FULL_MEMBERS.name(), committeeAt));
                    return LevelRecommendation.of(level, true, min, max, cap, term);
                }
                reasons.add(0, Reason.of(CoverageRules.LEVEL_BRANCH, "level.branch").with("fullMembers", fullMembers)
                        .read(CoverageRules.COMMITTEE_AT_FULL_MEMBERS.name(), committeeAt));
                return LevelRecommendation.of(level, false, 0, 0, 0, term);
        }
    }

    /**
     * Where a Party organization stands in its term on a date: before the renewal window, in the window before
     * expiry (re-election may be advanced with approval), expired but within the postponement window (needs
     * approval), or past it.
     *
     * @param po the Party organization, not null
     * @param asOf the date, not null
     * @return COMPLIANT before expiry; REQUIRES_APPROVAL when expired but within the window; NON_COMPLIANT past
     *     it; INSUFFICIENT_DATA without a term start, with the status, not null
     */
    public Decision<TermStatus> decideTerm(PartyOrganization po, LocalDate asOf) {
        Objects.requireNonNull(asOf, "asOf");
        if (po.getTermStart().isEmpty()) {
            return Decision.insufficientData(List.of(Reason.of(CoverageRules.TERM_LENGTH, "term.noStart")
                    .with("id", po.getId())));
        }
        Period length = p.find(po.getLevel() == PartyOrganizationLevel.PRIMARY_COMMITTEE
                ? CoverageRules.TERM_PRIMARY_COMMITTEE : CoverageRules.TERM_BRANCH).orElse(null);
        Period window = p.find(CoverageRules.TERM_ADJUSTMENT_WINDOW).orElse(null);
        if (length == null || window == null) {
            return Decision.insufficientData(List.of(Reason.of(CoverageRules.TERM_LENGTH, "parameter.missing")
                    .with("parameter", "coverage.term.*")));
        }
        LocalDate start = po.getTermStart().get();
        LocalDate expires = TimeLimits.endOf(start, length);
        LocalDate earliest = expires.minus(window);
        LocalDate latest = TimeLimits.endOf(expires, window);
        boolean expired = TimeLimits.hasCompleted(start, length, asOf);
        TermStatus status = TermStatus.of(start, length, expires, earliest, latest, expired);
        List<Reason> reasons = new ArrayList<>();
        reasons.add(Reason.of(CoverageRules.TERM_LENGTH, "term.expires").with("level", po.getLevel().label())
                .with("start", start).with("expires", expires)
                .read(po.getLevel() == PartyOrganizationLevel.PRIMARY_COMMITTEE ? CoverageRules.TERM_PRIMARY_COMMITTEE.name()
                        : CoverageRules.TERM_BRANCH.name(), length));
        if (!expired) {
            if (!asOf.isBefore(earliest)) {
                reasons.add(Reason.of(CoverageRules.TERM_WINDOW, "term.mayAdvance").with("earliest", earliest)
                        .read(CoverageRules.TERM_ADJUSTMENT_WINDOW.name(), window));
            }
            return Decision.of(Outcome.COMPLIANT, status, reasons);
        }
        if (!asOf.isAfter(latest)) {
            reasons.add(Reason.of(CoverageRules.TERM_WINDOW, "term.postponed").with("latest", latest)
                    .read(CoverageRules.TERM_ADJUSTMENT_WINDOW.name(), window));
            return Decision.requiresApproval(Approver.HIGHER_PARTY_ORGANIZATION, status, reasons);
        }
        reasons.add(Reason.of(CoverageRules.TERM_WINDOW, "term.overdue").with("latest", latest)
                .read(CoverageRules.TERM_ADJUSTMENT_WINDOW.name(), window));
        return Decision.of(Outcome.NON_COMPLIANT, status, reasons);
    }

    /**
     * Whether a joint branch covers no more units than the limit.
     *
     * @param po the Party organization, not null
     * @return COMPLIANT or NON_COMPLIANT with the number of units; NOT_APPLICABLE for a unit's own organization,
     *     not null
     */
    public Decision<Integer> assessJointLimit(PartyOrganization po) {
        int units = po.getCoveredOrganizations().size();
        if (units == 1) {
            return Decision.of(Outcome.NOT_APPLICABLE, units, Reason.of(CoverageRules.LEVEL_JOINT_LIMIT,
                    "joint.single").with("id", po.getId()));
        }
        if (jointLimit == null) {
            return Decision.insufficientData(List.of(Reason.of(CoverageRules.LEVEL_JOINT_LIMIT, "parameter.missing")
                    .with("parameter", CoverageRules.MAX_UNITS_PER_JOINT_BRANCH.name())));
        }
        boolean ok = units <= jointLimit;
        return Decision.of(ok ? Outcome.COMPLIANT : Outcome.NON_COMPLIANT, units,
                Reason.of(CoverageRules.LEVEL_JOINT_LIMIT, ok ? "joint.within" : "joint.over").with("units", units)
                        .read(CoverageRules.MAX_UNITS_PER_JOINT_BRANCH.name(), jointLimit));
    }

    /**
     * The day by which the higher organization should answer an application to form a branch.
     *
     * @param appliedOn the day the application was received, not null
     * @return DETERMINED with the last day, not null
     */
    public Decision<LocalDate> decideAnswerDeadline(LocalDate appliedOn) {
        Period period = p.find(CoverageRules.APPLICATION_ANSWER_PERIOD).orElse(null);
        if (period == null) {
            return Decision.insufficientData(List.of(Reason.of(CoverageRules.REQ_ANSWER, "parameter.missing")
                    .with("parameter", CoverageRules.APPLICATION_ANSWER_PERIOD.name())));
        }
        LocalDate last = TimeLimits.endOf(appliedOn, period);
        return Decision.determined(last, List.of(Reason.of(CoverageRules.REQ_ANSWER, "req.answer")
                .with("appliedOn", appliedOn).with("deadline", last)
                .read(CoverageRules.APPLICATION_ANSWER_PERIOD.name(), period)));
    }

    /**
     * What a work project's members set up: a branch when the project lasts 6 months or more and has 3+ full
     * members; otherwise a temporary branch, which does not admit members.
     *
     * @param start the project's start, not null
     * @param end the project's planned end, not before start, not null
     * @param fullMembers full members on the project, not negative
     * @return DETERMINED with the kind of branch; NOT_APPLICABLE with no full member, not null
     * @throws InvalidInputException when the end is before the start or members negative
     */
    public Decision<ProjectBranch> decideProjectBranch(LocalDate start, LocalDate end, int fullMembers) {
        Violations v = new Violations();
        v.check(!end.isBefore(start), "end", "must not be before start (" + start + ")", end);
        v.check(fullMembers >= 0, "fullMembers", "must not be negative", fullMembers);
        v.throwIfAny();
        Period period = p.find(CoverageRules.PROJECT_BRANCH_PERIOD).orElse(null);
        if (period == null || minFull == null) {
            return Decision.insufficientData(List.of(Reason.of(CoverageRules.REQ_PROJECT, "parameter.missing")
                    .with("parameter", CoverageRules.PROJECT_BRANCH_PERIOD.name())));
        }
        if (fullMembers == 0) {
            return Decision.of(Outcome.NOT_APPLICABLE, null, Reason.of(CoverageRules.REQ_PROJECT, "project.noMembers"));
        }
        boolean longEnough = TimeLimits.hasCompleted(start, period, end);
        boolean branch = longEnough && fullMembers >= minFull;
        return Decision.determined(branch ? ProjectBranch.BRANCH : ProjectBranch.TEMPORARY_BRANCH,
                List.of(Reason.of(CoverageRules.REQ_PROJECT, branch ? "project.branch" : "project.temporary")
                        .with("start", start).with("end", end).with("fullMembers", fullMembers)
                        .read(CoverageRules.PROJECT_BRANCH_PERIOD.name(), period)
                        .read(CoverageRules.MIN_FULL_MEMBERS.name(), minFull)));
    }

    // ------------------------------------------------------------------ methods

    /**
     * The formation methods that fit, ranked, each with its reasons, and hints of what would change the
     * answer. Standalone when the unit has enough full members; otherwise, from the facts: joining its park,
     * building or market's organization (or forming one there), the chain's lead enterprise, the platform, an
     * industry body, a joint branch with neighbours within the unit limit, affiliation, a dispatched
     * instructor, and the street or community as the fallback.
     *
     * @param org the organization, not null
     * @param context what is around it, not null
     * @return DETERMINED with the ranked options (best first); INSUFFICIENT_DATA when a national figure is
     *     unset, not null
     */
    public Decision<List<MethodOption>> rankMethods(NewOrganization org, FormationContext context) {
        if (minFull == null || jointLimit == null) {
            return Decision.insufficientData(List.of(Reason.of(CoverageRules.METH_STANDALONE, "parameter.missing")
                    .with("parameter", CoverageRules.MIN_FULL_MEMBERS.name())));
        }
        int full = org.getFullMembers();
        List<Reason> all = new ArrayList<>();
        if (full >= minFull) {
            Reason r = Reason.of(CoverageRules.METH_STANDALONE, "meth.standalone").with("fullMembers", full)
                    .read(CoverageRules.MIN_FULL_MEMBERS.name(), minFull);
            all.add(r);
            return Decision.determined(List.of(MethodOption.of(FormationMethod.STANDALONE, 1, List.of(r))), all);
        }
        List<int[]> tiers = new ArrayList<>();
        List<FormationMethod> methods = new ArrayList<>();
        List<List<Reason>> reasons = new ArrayList<>();
        for (Host h : org.getHosts()) {
            FormationMethod m = methodOf(h);
            boolean existing = context.getHostsWithOrganization().contains(h.getId());
            add(methods, tiers, reasons, m, existing ? 1 : 3, Reason.of(CoverageRules.METH_HOST,
                    existing ? "meth.host.join" : "meth.host.form").with("host", h.getName())
                    .with("kind", h.getKind().label()));
        }
        if (org.getIndustryChain().isPresent() && context.isLeadEnterpriseHasOrganization()) {
            add(methods, tiers, reasons, FormationMethod.LEAD_ENTERPRISE, 1, Reason.of(CoverageRules.METH_LEAD,
                    "meth.lead").with("chain", org.getIndustryChain().get()));
        }
        if (org.getSubKind() == OrganizationSubKind.PLATFORM_ENTERPRISE) {
            add(methods, tiers, reasons, FormationMethod.PLATFORM, 2, Reason.of(CoverageRules.METH_PLATFORM,
                    "meth.platform"));
        }
        if (context.isIndustryBodyHasOrganization()) {
            add(methods, tiers, reasons, FormationMethod.INDUSTRY_WIDE, 2, Reason.of(CoverageRules.METH_INDUSTRY,
                    "meth.industry").with("industry", org.getIndustry().label()));
        }
        // Joint branch: take neighbours with the most full members first, within the unit limit.
        List<Neighbour> ns = new ArrayList<>(context.getNeighbours());
        ns.removeIf(n -> n.getCreditCode().equals(org.getCreditCode()));
        ns.sort(Comparator.comparingInt(Neighbour::getFullMembers).reversed()
                .thenComparing(n -> n.getCreditCode().code()));
        int pooled = full;
        int units = 1;
        for (Neighbour n : ns) {
            if (pooled >= minFull || units >= jointLimit) {
                break;
            }
            pooled += n.getFullMembers();
            units++;
        }
        if (!ns.isEmpty()) {
            if (pooled >= minFull) {
                add(methods, tiers, reasons, FormationMethod.JOINT, 2, Reason.of(CoverageRules.METH_JOINT, "meth.joint")
                        .with("units", units).with("fullMembers", pooled)
                        .read(CoverageRules.MAX_UNITS_PER_JOINT_BRANCH.name(), jointLimit));
            } else {
                all.add(Reason.of(CoverageRules.METH_JOINT, "meth.joint.short").with("units", units)
                        .with("fullMembers", pooled).with("needed", minFull - pooled)
                        .read(CoverageRules.MAX_UNITS_PER_JOINT_BRANCH.name(), jointLimit));
            }
        }
        if (context.isAffiliationAvailable()) {
            add(methods, tiers, reasons, FormationMethod.AFFILIATED, 3, Reason.of(CoverageRules.METH_AFFILIATED,
                    "meth.affiliated"));
        }
        if (context.isInstructorAvailable()) {
            add(methods, tiers, reasons, FormationMethod.DISPATCHED, 4, Reason.of(CoverageRules.METH_AFFILIATED,
                    "meth.dispatched"));
        }
        add(methods, tiers, reasons, FormationMethod.FALLBACK, 5, Reason.of(CoverageRules.METH_FALLBACK,
                "meth.fallback").with("jurisdiction", org.getJurisdiction()));
        Integer[] order = new Integer[methods.size()];
        for (int i = 0; i < order.length; i++) {
            order[i] = i;
        }
        java.util.Arrays.sort(order, Comparator.comparingInt((Integer i) -> tiers.get(i)[0]).thenComparingInt(i -> i));
        List<MethodOption> options = new ArrayList<>();
        for (Integer i : order) {
            options.add(MethodOption.of(methods.get(i), options.size() + 1, reasons.get(i)));
            all.addAll(reasons.get(i));
        }
        all.add(Reason.of(CoverageRules.METH_HINT, "meth.hint.standalone").with("needed", minFull - full)
                .with("fullMembers", full).read(CoverageRules.MIN_FULL_MEMBERS.name(), minFull));
        return Decision.determined(Collections.unmodifiableList(options), all);
    }

    private static void add(List<FormationMethod> methods, List<int[]> tiers, List<List<Reason>> reasons,
            FormationMethod m, int tier, Reason r) {
        int i = methods.indexOf(m);
        if (i >= 0) {
            tiers.get(i)[0] = Math.min(tiers.get(i)[0], tier);
            reasons.get(i).add(r);
            return;
        }
        methods.add(m);
        tiers.add(new int[] {tier});
        List<Reason> l = new ArrayList<>();
        l.add(r);
        reasons.add(l);
    }

    private static FormationMethod methodOf(Host h) {
        switch (h.getKind()) {
            case INDUSTRIAL_PARK: return FormationMethod.PARK;
            case OFFICE_BUILDING: return FormationMethod.BUILDING;
            case SPECIALISED_MARKET: return FormationMethod.MARKET;
            default: return FormationMethod.REGIONAL_JOINT;
        }
    }

    // ------------------------------------------------------------------ social organizations, scale, parks

    /**
     * The seeds' recommendations for a social organization: party building in the charter, political review of
     * the head, the secretary also the head (where the head is a member and the unit has its own
     * organization), and for a decoupled trade association, re-homing its Party affiliation.
     *
     * @param org the organization, not null
     * @param facts what it has done, not null
     * @param ownOrganization whether it has its own Party organization
     * @return DETERMINED with the recommendations still open; NOT_APPLICABLE for enterprises, not null
     */
    public Decision<Set<SocialRecommendation>> recommendForSocialOrganization(NewOrganization org,
            SocialOrganizationFacts facts, boolean ownOrganization) {
        if (org.kind() != OrganizationKind.SOCIAL_ORGANIZATION) {
            return Decision.of(Outcome.NOT_APPLICABLE, Set.of(), Reason.of(CoverageRules.SOC_CHARTER, "soc.enterprise"));
        }
        Set<SocialRecommendation> out = EnumSet.noneOf(SocialRecommendation.class);
        List<Reason> reasons = new ArrayList<>();
        if (!facts.isCharterClause()) {
            out.add(SocialRecommendation.CHARTER_CLAUSE);
            reasons.add(Reason.of(CoverageRules.SOC_CHARTER, "soc.charter"));
        }
        if (!facts.isHeadReviewed()) {
            out.add(SocialRecommendation.POLITICAL_REVIEW);
            reasons.add(Reason.of(CoverageRules.SOC_REVIEW, "soc.review"));
        }
        if (ownOrganization && org.isPrincipalMember() && !facts.isSecretaryIsHead()) {
            out.add(SocialRecommendation.SECRETARY_ALSO_HEAD);
            reasons.add(Reason.of(CoverageRules.SOC_ONE_SHOULDER, "soc.oneShoulder"));
        }
        if (org.getSubKind() == OrganizationSubKind.TRADE_ASSOCIATION && org.isDecoupled()
                && !facts.isAffiliationRehomed()) {
            out.add(SocialRecommendation.REHOME_AFFILIATION);
            reasons.add(Reason.of(CoverageRules.SOC_DECOUPLING, "soc.rehome"));
        }
        if (reasons.isEmpty()) {
            reasons.add(Reason.of(CoverageRules.SOC_CHARTER, "soc.allDone"));
        }
        return Decision.determined(Collections.unmodifiableSet(out), reasons);
    }

    /**
     * Whether an enterprise is above scale by the jurisdiction's definition (revenue or employees).
     *
     * @param org the organization, not null
     * @return DETERMINED true or false; NOT_APPLICABLE for social organizations; INSUFFICIENT_DATA when the
     *     jurisdiction has no definition, or the revenue is unknown and the employees fall short, not null
     */
    public Decision<Boolean> decideAboveScale(NewOrganization org) {
        if (org.kind() != OrganizationKind.NON_PUBLIC_ENTERPRISE) {
            return Decision.of(Outcome.NOT_APPLICABLE, false, Reason.of(CoverageRules.TGT_SCALE, "scale.social"));
        }
        Money revenue = p.find(CoverageRules.ABOVE_SCALE_REVENUE).orElse(null);
        Integer employees = p.find(CoverageRules.ABOVE_SCALE_EMPLOYEES).orElse(null);
        if (revenue == null || employees == null) {
            return Decision.insufficientData(List.of(Reason.of(CoverageRules.TGT_SCALE, "parameter.missing")
                    .with("parameter", "coverage.scale.*")));
        }
        Reason r = Reason.of(CoverageRules.TGT_SCALE, "scale.test").with("headCount", org.getHeadCount())
                .with("revenue", org.getAnnualRevenue().map(Money::toString).orElse("—"))
                .read(CoverageRules.ABOVE_SCALE_REVENUE.name(), revenue)
                .read(CoverageRules.ABOVE_SCALE_EMPLOYEES.name(), employees);
        if (org.getHeadCount() >= employees
                || org.getAnnualRevenue().map(m -> m.compareTo(revenue) >= 0).orElse(false)) {
            return Decision.determined(true, List.of(r));
        }
        if (org.getAnnualRevenue().isEmpty()) {
            return Decision.insufficientData(List.of(r));
        }
        return Decision.determined(false, List.of(r));
    }

    /**
     * Whether a park has the full-time Party-affairs staff its level calls for (seed 004: national parks 3–5,
     * provincial parks 2–3).
     *
     * @param park the host, not null
     * @param fullTimeStaff its full-time Party-affairs staff, not negative
     * @return COMPLIANT at or above the least number, NON_COMPLIANT below; NOT_APPLICABLE for hosts other than
     *     national or provincial parks; INSUFFICIENT_DATA when the level or figures are unset, not null
     */
    public Decision<Integer> assessParkStaffing(Host park, int fullTimeStaff) {
        if (fullTimeStaff < 0) {
            throw InvalidInputException.of("fullTimeStaff", "must not be negative", fullTimeStaff);
        }
        if (park.getKind() != org.dangjian.core.organization.HostKind.INDUSTRIAL_PARK) {
            return Decision.of(Outcome.NOT_APPLICABLE, fullTimeStaff, Reason.of(CoverageRules.PARK_STAFFING, "park.notPark")
                    .with("host", park.getName()));
        }
        if (park.getLevel().isEmpty()) {
            return Decision.insufficientData(List.of(Reason.of(CoverageRules.PARK_STAFFING, "park.noLevel")
                    .with("host", park.getName())));
        }
        HostLevel level = park.getLevel().get();
        if (level == HostLevel.LOCAL) {
            return Decision.of(Outcome.NOT_APPLICABLE, fullTimeStaff, Reason.of(CoverageRules.PARK_STAFFING,
                    "park.local").with("host", park.getName()));
        }
        ParameterKey<Integer> minKey = level == HostLevel.NATIONAL ? CoverageRules.PARK_NATIONAL_STAFF_MIN
                : CoverageRules.PARK_PROVINCIAL_STAFF_MIN;
        ParameterKey<Integer> maxKey = level == HostLevel.NATIONAL ? CoverageRules.PARK_NATIONAL_STAFF_MAX
                : CoverageRules.PARK_PROVINCIAL_STAFF_MAX;
        Integer min = p.find(minKey).orElse(null);
        Integer max = p.find(maxKey).orElse(null);
        if (min == null || max == null) {
            return Decision.insufficientData(List.of(Reason.of(CoverageRules.PARK_STAFFING, "parameter.missing")
                    .with("parameter", minKey.name())));
        }
        boolean ok = fullTimeStaff >= min;
        return Decision.of(ok ? Outcome.COMPLIANT : Outcome.NON_COMPLIANT, fullTimeStaff,
                Reason.of(CoverageRules.PARK_STAFFING, ok ? "park.met" : "park.short").with("host", park.getName())
                        .with("level", level.label()).with("staff", fullTimeStaff).read(minKey.name(), min)
                        .read(maxKey.name(), max));
    }
}
