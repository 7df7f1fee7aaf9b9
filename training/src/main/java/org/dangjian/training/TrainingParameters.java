package org.dangjian.training;

import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.dangjian.core.parameter.ParameterKey;
import org.dangjian.core.parameter.ParameterType;
import org.dangjian.core.validation.InvalidInputException;
import org.dangjian.training.certification.AssessmentGrade;
import org.dangjian.training.duty.Role;
import org.dangjian.training.secretary.CandidateSource;
import org.dangjian.training.visit.VisitCycle;

/**
 * The keys of every parameter the training rules read. Definitions, baselines and profiles are in
 * {@link TrainingRules}.
 *
 * <pre>{@code
 * ResolvedParameters p = PolicyParameters.nationalBaseline().resolve(county, date);
 * p.get(TrainingParameters.MEMBER_ANNUAL_HOURS);   // 32
 * }</pre>
 */
public final class TrainingParameters {
    private TrainingParameters() {}

    /** Organizations a full-time instructor may guide (4–5 in one central body's rule; a profile). */
    public static final ParameterKey<Integer> CAPACITY_FULL_TIME =
            ParameterKey.of("training.assignment.capacityFullTime", ParameterType.INTEGER);
    /** Organizations a part-time instructor may guide (4–5 in one central body's rule; a profile). */
    public static final ParameterKey<Integer> CAPACITY_PART_TIME =
            ParameterKey.of("training.assignment.capacityPartTime", ParameterType.INTEGER);
    /** The least number of organizations an instructor should guide (the 4 of “4–5”; a profile). */
    public static final ParameterKey<Integer> MIN_LOAD =
            ParameterKey.of("training.assignment.minLoad", ParameterType.INTEGER);
    /** The smallest instructor group (local, grade C, no default). */
    public static final ParameterKey<Integer> GROUP_MIN_SIZE =
            ParameterKey.of("training.group.minSize", ParameterType.INTEGER);
    /** The largest instructor group (local, grade C, no default). */
    public static final ParameterKey<Integer> GROUP_MAX_SIZE =
            ParameterKey.of("training.group.maxSize", ParameterType.INTEGER);
    /** How often each organization must be visited (local, grade C, no default). */
    public static final ParameterKey<VisitCycle> VISIT_CYCLE =
            ParameterKey.of("training.visit.cycle", ParameterType.enumValue(VisitCycle.class));
    /** The preferred sources of secretary candidates, best first (seeds 000, 001). */
    public static final ParameterKey<List<CandidateSource>> SECRETARY_SOURCE_ORDER =
            ParameterKey.of("training.secretary.sourceOrder", ParameterType.of("ordered list of CandidateSource",
                    List.class, TrainingParameters::parseSources, TrainingParameters::formatSources));
    /** How long a secretary post may stay vacant (local, grade C, no default). */
    public static final ParameterKey<java.time.Period> SECRETARY_VACANCY_LIMIT =
            ParameterKey.of("training.secretary.vacancyLimit", ParameterType.PERIOD);
    /** Class hours a member owes a year (教育管理条例 第二十条: 32). */
    public static final ParameterKey<Integer> MEMBER_ANNUAL_HOURS =
            ParameterKey.of("training.hours.memberAnnual", ParameterType.INTEGER);
    /** Class hours a secretary or committee member owes a year (培训规划: 56). */
    public static final ParameterKey<Integer> LEADER_ANNUAL_HOURS =
            ParameterKey.of("training.hours.leaderAnnual", ParameterType.INTEGER);
    /** County-level or higher centralised trainings a secretary or committee member owes a year (培训规划: 1). */
    public static final ParameterKey<Integer> LEADER_COUNTY_TRAININGS =
            ParameterKey.of("training.hours.leaderCountyTrainings", ParameterType.INTEGER);
    /** Whether online study counts toward the yearly class hours (local, no default). */
    public static final ParameterKey<Boolean> COUNT_ONLINE_HOURS =
            ParameterKey.of("training.hours.countOnline", ParameterType.BOOLEAN);
    /** The roles that owe rotation training every year. */
    public static final ParameterKey<Set<Role>> ROTATION_ROLES =
            ParameterKey.of("training.rotation.roles", ParameterType.enumSet(Role.class));
    /** The time after appointment within which a new secretary takes onboarding training (培训规划: 6 months). */
    public static final ParameterKey<java.time.Period> ONBOARDING_LIMIT =
            ParameterKey.of("training.onboarding.limit", ParameterType.PERIOD);
    /** Centralised trainings a new member owes during probation and the year after conversion (培训规划: 1). */
    public static final ParameterKey<Integer> NEW_MEMBER_TRAININGS =
            ParameterKey.of("training.newMember.centralisedTrainings", ParameterType.INTEGER);
    /** How long after conversion a member still counts as new (培训规划: 1 year). */
    public static final ParameterKey<java.time.Period> NEW_MEMBER_WINDOW =
            ParameterKey.of("training.newMember.windowAfterConversion", ParameterType.PERIOD);
    /** Class hours in the year a party-affairs worker needs for certification (local, no default). */
    public static final ParameterKey<Integer> CERTIFICATION_MIN_HOURS =
            ParameterKey.of("training.certification.minClassHours", ParameterType.INTEGER);
    /** The exam score needed for certification, of 100 (local, no default). */
    public static final ParameterKey<Integer> CERTIFICATION_PASSING_SCORE =
            ParameterKey.of("training.certification.passingScore", ParameterType.INTEGER);
    /** The least annual assessment grade for certification (local, no default). */
    public static final ParameterKey<AssessmentGrade> CERTIFICATION_MIN_GRADE =
            ParameterKey.of("training.certification.minGrade", ParameterType.enumValue(AssessmentGrade.class));
    /** How long a certificate is valid (local, no default). */
    public static final ParameterKey<java.time.Period> CERTIFICATION_VALIDITY =
            ParameterKey.of("training.certification.validity", ParameterType.PERIOD);
    /** How long before expiry renewal falls due (local, no default). */
    public static final ParameterKey<java.time.Period> CERTIFICATION_RENEWAL_NOTICE =
            ParameterKey.of("training.certification.renewalNotice", ParameterType.PERIOD);

    private static List<CandidateSource> parseSources(String text) {
        List<CandidateSource> l = new ArrayList<>();
        for (String part : text.split(",")) {
            if (part.isBlank()) {
                continue;
            }
            try {
                CandidateSource s = CandidateSource.valueOf(part.strip());
                if (l.contains(s)) {
                    throw InvalidInputException.of("", "each source is listed once", part.strip());
                }
                l.add(s);
            } catch (IllegalArgumentException e) {
                throw InvalidInputException.of("", "expected sources among " + EnumSet.allOf(CandidateSource.class),
                        part.strip());
            }
        }
        if (l.isEmpty()) {
            throw InvalidInputException.of("", "name at least one source, best first", text);
        }
        return Collections.unmodifiableList(l);
    }

    private static String formatSources(List<CandidateSource> sources) {
        return sources.stream().map(Enum::name).collect(Collectors.joining(","));
    }
}
