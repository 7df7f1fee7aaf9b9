package org.dangjian.assessment.life;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.dangjian.assessment.AssessmentParameters;
import org.dangjian.assessment.AssessmentRules;
import org.dangjian.assessment.period.AssessmentPeriod;
import org.dangjian.assessment.period.PeriodKind;
import org.dangjian.core.decision.Decision;
import org.dangjian.core.decision.Outcome;
import org.dangjian.core.decision.Reason;
import org.dangjian.core.money.Fraction;
import org.dangjian.core.organization.PartyOrganization;
import org.dangjian.core.parameter.ParameterKey;
import org.dangjian.core.parameter.ResolvedParameters;
import org.dangjian.core.rule.Rule;

/**
 * Checks a Party organization's meeting records against the required frequencies of organizational life
 * (支部条例 第十一条至第十三条、第十七条、第五章; 教育管理条例 第十六条、第十八条), period by period.
 *
 * <pre>{@code
 * OrganizationalLifePolicy life = OrganizationalLifePolicy.of(params.resolve(county, LocalDate.of(2026, 12, 31)));
 * Decision<LifeReport> d = life.assess(branch, meetings, AssessmentPeriod.year(2026), LocalDate.of(2026, 12, 31));
 * d.outcome();     // NON_COMPLIANT
 * d.reasons();     // ASM-LIFE-001 2026年第二季度未召开支部党员大会 …
 * }</pre>
 *
 * <p>A period is due when it lies inside the window, has ended by the as-of date and began on or after the day
 * the organization was formed. It is met when a meeting of the type was held in it and, for a members' or
 * committee meeting, more than the quorum share of those expected attended (a meeting below the quorum is
 * flagged and does not count; a meeting nobody attended does not count either). A branch without a committee has no committee meetings to hold; a branch
 * without Party groups has no group meetings; with several groups each group meets in each period. So adding
 * a meeting never lowers compliance. This class is immutable and thread-safe.
 */
public final class OrganizationalLifePolicy {
    private final Map<MeetingType, PeriodKind> frequencies;
    private final Fraction quorum;

    private OrganizationalLifePolicy(Map<MeetingType, PeriodKind> frequencies, Fraction quorum) {
        this.frequencies = frequencies;
        this.quorum = quorum;
    }

    /**
     * The policy in force for resolved parameters.
     *
     * @param parameters the resolved parameters, not null
     * @return the policy, not null
     * @throws org.dangjian.core.parameter.MissingParameterException when a frequency or the quorum is unset
     */
    public static OrganizationalLifePolicy of(ResolvedParameters parameters) {
        Map<MeetingType, PeriodKind> f = new EnumMap<>(MeetingType.class);
        for (MeetingType t : MeetingType.values()) {
            f.put(t, parameters.get(frequencyKey(t)));
        }
        return new OrganizationalLifePolicy(f, parameters.get(AssessmentParameters.QUORUM));
    }

    /**
     * The parameter holding a type's frequency.
     *
     * @param type the type, not null
     * @return the key, not null
     */
    public static ParameterKey<PeriodKind> frequencyKey(MeetingType type) {
        switch (type) {
            case GENERAL_MEETING:
                return AssessmentParameters.GENERAL_MEETING_EVERY;
            case COMMITTEE_MEETING:
                return AssessmentParameters.COMMITTEE_MEETING_EVERY;
            case GROUP_MEETING:
                return AssessmentParameters.GROUP_MEETING_EVERY;
            case PARTY_LECTURE:
                return AssessmentParameters.PARTY_LECTURE_EVERY;
            case THEME_DAY:
                return AssessmentParameters.THEME_DAY_EVERY;
            case LIFE_MEETING:
                return AssessmentParameters.LIFE_MEETING_EVERY;
            case DEMOCRATIC_APPRAISAL:
                return AssessmentParameters.APPRAISAL_EVERY;
            default:
                return AssessmentParameters.TALK_EVERY;
        }
    }

    /**
     * The rule behind a type's frequency.
     *
     * @param type the type, not null
     * @return the rule, not null
     */
    public static Rule ruleOf(MeetingType type) {
        switch (type) {
            case GENERAL_MEETING:
                return AssessmentRules.LIFE_GENERAL_MEETING;
            case COMMITTEE_MEETING:
                return AssessmentRules.LIFE_COMMITTEE_MEETING;
            case GROUP_MEETING:
                return AssessmentRules.LIFE_GROUP_MEETING;
            case PARTY_LECTURE:
                return AssessmentRules.LIFE_PARTY_LECTURE;
            case THEME_DAY:
                return AssessmentRules.LIFE_THEME_DAY;
            case LIFE_MEETING:
                return AssessmentRules.LIFE_LIFE_MEETING;
            case DEMOCRATIC_APPRAISAL:
                return AssessmentRules.LIFE_APPRAISAL;
            default:
                return AssessmentRules.LIFE_TALK;
        }
    }

    /**
     * The frequency in force for a type.
     *
     * @param type the type, not null
     * @return the frequency, not null
     */
    public PeriodKind frequencyOf(MeetingType type) {
        return frequencies.get(type);
    }

    /**
     * Whether a meeting reached the quorum: more than the quorum share of those expected attended. Meetings
     * of types without a quorum rule always do.
     *
     * @param meeting the meeting, not null
     * @return whether it is quorate
     */
    public boolean isQuorate(MeetingRecord meeting) {
        return !meeting.getType().needsQuorum() || quorum.isExceededBy(meeting.getAttendees(), meeting.getExpected());
    }

    /**
     * Assesses organizational life over a window.
     *
     * @param organization the Party organization, not null
     * @param meetings the meetings it held (any order; meetings outside the window are ignored), not null
     * @param window the window, such as the year 2026, not null
     * @param asOf the as-of date: periods ending after it are not yet due, not null
     * @return {@code COMPLIANT} when every due period of every applicable type was met, else
     *     {@code NON_COMPLIANT}; the value is the report; the reasons name each missing period and each
     *     meeting below the quorum, not null
     */
    public Decision<LifeReport> assess(PartyOrganization organization, List<MeetingRecord> meetings,
            AssessmentPeriod window, LocalDate asOf) {
        Objects.requireNonNull(organization, "organization");
        Objects.requireNonNull(window, "window");
        Objects.requireNonNull(asOf, "asOf");
        List<Reason> reasons = new ArrayList<>();
        LifeReport.Builder report = LifeReport.builder().organizationId(organization.getId()).window(window)
                .asOf(asOf);
        for (MeetingType type : MeetingType.values()) {
            TypeCompliance t = assessType(organization, meetings, window, asOf, type);
            report.addTypes(t);
            explain(organization, t, reasons);
        }
        LifeReport r = report.build();
        return Decision.of(r.isCompliant() ? Outcome.COMPLIANT : Outcome.NON_COMPLIANT, r, reasons);
    }

    private TypeCompliance assessType(PartyOrganization organization, List<MeetingRecord> meetings,
            AssessmentPeriod window, LocalDate asOf, MeetingType type) {
        PeriodKind kind = frequencies.get(type);
        TypeCompliance.Builder b = TypeCompliance.builder().type(type).frequency(kind);
        boolean applicable = (type != MeetingType.COMMITTEE_MEETING || organization.hasCommittee())
                && (type != MeetingType.GROUP_MEETING || organization.getPartyGroups() > 0);
        b.applicable(applicable);
        if (!applicable || kind.perYear() < window.kind().perYear()) {
            return b.build();
        }
        LocalDate formed = organization.getFormedOn().orElse(null);
        int needed = type == MeetingType.GROUP_MEETING ? organization.getPartyGroups() : 1;
        for (AssessmentPeriod p : window.split(kind)) {
            if (p.end().isAfter(asOf) || (formed != null && p.start().isBefore(formed))) {
                continue;
            }
            b.addRequiredPeriods(p);
            int held = 0;
            Set<String> groups = type == MeetingType.GROUP_MEETING ? new HashSet<>() : null;
            for (MeetingRecord m : meetings) {
                if (m.getType() != type || !p.contains(m.getDate())) {
                    continue;
                }
                if (!isQuorate(m)) {
                    b.addBelowQuorum(m);
                    continue;
                }
                if (m.getAttendees() == 0) {
                    continue;
                }
                if (groups == null || m.getGroup().isEmpty() || groups.add(m.getGroup().get())) {
                    held++;
                }
            }
            if (held < needed) {
                b.addMissingPeriods(p);
            }
        }
        return b.build();
    }

    private void explain(PartyOrganization organization, TypeCompliance t, List<Reason> reasons) {
        Rule rule = ruleOf(t.getType());
        String param = frequencyKey(t.getType()).name();
        if (!t.isApplicable()) {
            reasons.add(Reason.of(rule, t.getType() == MeetingType.COMMITTEE_MEETING
                    ? "life.noCommittee" : "life.noGroups").with("type", t.getType().label()).with("typeEn", t.getType().labelEn()));
            return;
        }
        reasons.add(Reason.of(rule, "life.summary").with("type", t.getType().label()).with("typeEn", t.getType().labelEn())
                .read(param, t.getFrequency()).with("frequency", t.getFrequency().label())
                .with("required", t.getRequiredPeriods().size()).with("met", t.metPeriods()));
        for (AssessmentPeriod p : t.getMissingPeriods()) {
            Reason r = Reason.of(rule, t.getType() == MeetingType.GROUP_MEETING && organization.getPartyGroups() > 1
                    ? "life.missingGroups" : "life.missing")
                    .with("period", p.label()).with("periodEn", p.labelEn()).with("type", t.getType().label()).with("typeEn", t.getType().labelEn());
            reasons.add(t.getType() == MeetingType.GROUP_MEETING ? r.with("groups", organization.getPartyGroups()) : r);
        }
        for (MeetingRecord m : t.getBelowQuorum()) {
            reasons.add(Reason.of(AssessmentRules.LIFE_QUORUM, "life.belowQuorum").with("date", m.getDate())
                    .with("type", t.getType().label()).with("typeEn", t.getType().labelEn()).with("attendees", m.getAttendees())
                    .with("expected", m.getExpected()).read(AssessmentParameters.QUORUM.name(), quorum));
        }
    }
}
