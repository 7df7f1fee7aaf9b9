package org.dangjian.training;

import static org.dangjian.training.TrainingParameters.*;

import java.time.LocalDate;
import java.time.Period;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.dangjian.core.parameter.LocalProfile;
import org.dangjian.core.parameter.ParameterDefinition;
import org.dangjian.core.parameter.ProfileValues;
import org.dangjian.core.rule.Citation;
import org.dangjian.core.rule.Grade;
import org.dangjian.core.rule.Rule;
import org.dangjian.core.rule.RuleSet;
import org.dangjian.core.rule.Sources;
import org.dangjian.training.duty.Role;
import org.dangjian.training.secretary.CandidateSource;
import org.dangjian.training.visit.VisitCycle;

/**
 * The training module's rules: instructor assignment, groups and visits, the secretary pipeline, class hours,
 * rotation and onboarding training, certification and the rotation plan (../shared/RULES.md, “Training and
 * instructors”).
 *
 * <p>National baselines are only the figures the regulations set (32 and 56 class hours, 6 months, one
 * county-level training, one training for new members). The “4–5 organizations per instructor” of one
 * central body's rule ships as the profile {@link #INSTRUCTOR_RULES_2017}; the seeds' secretary sources and
 * rotation roles as profiles of seeds 000, 001 and 004; the half-month visit and the 3-month vacancy limit as
 * grade-C profiles of local practice; every other figure has no default and its rule decides
 * {@code INSUFFICIENT_DATA} until a jurisdiction sets it.
 */
public final class TrainingRules implements RuleSet {
    /** The bundle the training reasons render from. */
    public static final String BUNDLE = "org.dangjian.training.Messages";

    /** The central organs' 2017 instructor rule (“each guides 4–5 organizations in principle”; grade B/C). */
    public static final LocalProfile INSTRUCTOR_RULES_2017 = LocalProfile.of("training-instructor-rules-2017",
            "中央和国家机关党建工作指导员选派管理办法：每名指导员原则上指导4—5个组织", Sources.INSTRUCTOR_RULES);
    /** One prefecture's practice: instructors visit each organization at least every half month (grade C). */
    public static final LocalProfile LOCAL_HALF_MONTH_VISITS = LocalProfile.of("training-local-half-month-visits",
            "某地级市：党建指导员每半月至少走访一次所指导组织", Sources.LOCAL_PRACTICE);
    /** One locality's practice: a secretary post vacant more than 3 months is flagged (grade C). */
    public static final LocalProfile LOCAL_SECRETARY_VACANCY = LocalProfile.of("training-local-secretary-vacancy",
            "某地：党组织书记空缺超过3个月列为软弱涣散情形", Sources.LOCAL_PRACTICE);

    private static Rule.Builder rule(String id, String zh, String en) {
        return Rule.builder(id).titles(zh, en).bundle(BUNDLE);
    }

    /** TRN-ASSIGN-001: instructors go to organizations without (or unable to form) their own organization. */
    public static final Rule ASSIGN_COVERAGE = rule("TRN-ASSIGN-001",
            "向未建立或无法单独建立党组织的组织选派党建工作指导员，按优先级尽可能多地覆盖",
            "Assign instructors to organizations without their own Party organization, serving as many as possible by priority")
            .cites(Sources.INSTRUCTOR_RULES, "选派范围", Grade.B).build();
    /** TRN-ASSIGN-002: each instructor guides 4–5 organizations in principle. */
    public static final Rule ASSIGN_CAPACITY = rule("TRN-ASSIGN-002",
            "每名党建工作指导员原则上指导4—5个组织（按指导员类别设定上限）",
            "Each instructor guides 4–5 organizations in principle (a limit per kind of instructor)")
            .cites(Sources.INSTRUCTOR_RULES, "指导数量（原则上4—5个；一个中央机关的规定，地方参数）", Grade.C)
            .parameters(CAPACITY_FULL_TIME.name(), CAPACITY_PART_TIME.name(), MIN_LOAD.name()).build();
    /** TRN-ASSIGN-003: an instructor never serves an organization where they work, invest or have a relation. */
    public static final Rule ASSIGN_CONFLICT = rule("TRN-ASSIGN-003",
            "回避：指导员不指导本人任职、投资或有利害关系的组织",
            "Conflict of interest: an instructor never guides an organization where they work, invest or have a listed relation")
            .cites(Sources.LOCAL_PRACTICE, "选派回避（地方选派实践）", Grade.C).build();
    /** TRN-ASSIGN-004: keep current assignments where possible; prefer near and matching instructors. */
    public static final Rule ASSIGN_COST = rule("TRN-ASSIGN-004",
            "在覆盖最多的前提下，保持现有指导关系稳定，就近、按行业专长选派",
            "Among plans serving the most, keep current assignments and prefer near instructors with matching expertise")
            .cites(Sources.LOCAL_PRACTICE, "就近选派、专业对口、保持稳定（地方选派实践）", Grade.C).build();
    /** TRN-GROUP-001: instructors are managed in groups by jurisdiction, each with a lead. */
    public static final Rule GROUP_SIZE = rule("TRN-GROUP-001",
            "党建工作指导员按辖区编组管理，每组设组长，组员人数在规定范围内",
            "Instructors are grouped by jurisdiction, each group with a lead and a size in the set range")
            .cites(Sources.LOCAL_PRACTICE, "编组管理（地方实践）", Grade.C)
            .parameters(GROUP_MIN_SIZE.name(), GROUP_MAX_SIZE.name()).build();
    /** TRN-VISIT-001: instructors visit each organization they guide at the local frequency. */
    public static final Rule VISIT_FREQUENCY = rule("TRN-VISIT-001",
            "党建工作指导员按规定频次走访所指导组织（如每半月至少一次）",
            "Instructors visit each organization they guide at the local frequency (such as every half month)")
            .cites(Sources.LOCAL_PRACTICE, "走访频次（某地级市：每半月至少一次）", Grade.C)
            .parameters(VISIT_CYCLE.name()).build();
    /** TRN-VISIT-002: instructor duties: key meetings, activists, union and youth-league work. */
    public static final Rule VISIT_DUTIES = rule("TRN-VISIT-002",
            "指导员职责：列席重要会议、培养入党积极分子、指导工会和共青团工作",
            "Instructor duties: attend key meetings, cultivate activists, guide union and youth-league work")
            .cites(Sources.INSTRUCTOR_RULES, "指导员职责", Grade.B).build();
    /** TRN-SEC-001: secretaries chosen preferably from member principals and members in management. */
    public static final Rule SECRETARY_SOURCES = rule("TRN-SEC-001",
            "“红色头雁”：书记优先从党员出资人、党员管理人员中选拔，后备人选从共青团负责人、生产骨干、退役军人中培养",
            "Lead geese: secretaries preferably from member principals and members in management; reserves from youth-league heads, production backbone and veterans")
            .cites(Sources.SEED_001, "书记队伍建设（seed 000、001）", Grade.S)
            .parameters(SECRETARY_SOURCE_ORDER.name()).build();
    /** TRN-SEC-002: a secretary post vacant longer than the local limit is flagged. */
    public static final Rule SECRETARY_VACANCY = rule("TRN-SEC-002",
            "党组织书记空缺超过规定时限的，予以预警",
            "A secretary post vacant longer than the local limit is flagged")
            .cites(Sources.LOCAL_PRACTICE, "软弱涣散情形：书记长期空缺（某地：超过3个月）", Grade.C)
            .parameters(SECRETARY_VACANCY_LIMIT.name()).build();
    /** TRN-HOURS-001: members study at least 32 class hours a year. */
    public static final Rule HOURS_MEMBER = rule("TRN-HOURS-001",
            "党员每年集中学习培训时间一般不少于32学时",
            "Members study at least 32 class hours a year in centralised training")
            .cites(Sources.MEMBER_EDUCATION_REGULATIONS, "第二十条", Grade.A)
            .parameters(MEMBER_ANNUAL_HOURS.name(), COUNT_ONLINE_HOURS.name()).build();
    /** TRN-HOURS-002: secretaries and committee members study at least 56 class hours a year. */
    public static final Rule HOURS_LEADER = rule("TRN-HOURS-002",
            "基层党组织书记和班子成员每年集中学习培训时间不少于56学时",
            "Secretaries and committee members study at least 56 class hours a year")
            .cites(Sources.TRAINING_PLAN, "基层党组织书记和党务工作者培训", Grade.B)
            .parameters(LEADER_ANNUAL_HOURS.name(), COUNT_ONLINE_HOURS.name()).build();
    /** TRN-HOURS-003: secretaries and committee members attend at least one county-level training a year. */
    public static final Rule HOURS_COUNTY_TRAINING = rule("TRN-HOURS-003",
            "基层党组织书记和班子成员每年至少参加1次县级以上党委集中培训",
            "Secretaries and committee members attend at least one centralised training at county level or above a year")
            .cites(Sources.TRAINING_PLAN, "基层党组织书记和党务工作者培训", Grade.B)
            .parameters(LEADER_COUNTY_TRAININGS.name()).build();
    /** TRN-ROT-001: yearly rotation training. */
    public static final Rule ROTATION_YEARLY = rule("TRN-ROT-001",
            "每年组织轮训一遍（县级党委或基层党委组织实施；“两新”组织书记、党员、指导员、党务工作者全覆盖）",
            "Everyone in the rotation roles takes rotation training once a year")
            .cites(Sources.MEMBER_EDUCATION_REGULATIONS, "第二十条", Grade.A)
            .parameters(ROTATION_ROLES.name()).build();
    /** TRN-ONB-001: newly appointed secretaries take onboarding training within 6 months. */
    public static final Rule ONBOARDING_SECRETARY = rule("TRN-ONB-001",
            "新任基层党组织书记一般在任职后6个月内参加任职培训",
            "A newly appointed secretary takes onboarding training within 6 months of appointment")
            .cites(Sources.TRAINING_PLAN, "基层党组织书记任职培训", Grade.B)
            .parameters(ONBOARDING_LIMIT.name()).build();
    /** TRN-ONB-002: probationary members and members within a year of conversion: at least one training. */
    public static final Rule ONBOARDING_NEW_MEMBER = rule("TRN-ONB-002",
            "预备党员和转正不满一年的党员至少参加1次集中培训",
            "Probationary members and members within a year of conversion attend at least one centralised training")
            .cites(Sources.TRAINING_PLAN, "发展党员和新党员培训", Grade.B)
            .parameters(NEW_MEMBER_TRAININGS.name(), NEW_MEMBER_WINDOW.name()).build();
    /** TRN-CERT-001: eligibility of a party-affairs worker for certification. */
    public static final Rule CERTIFICATION_ELIGIBILITY = rule("TRN-CERT-001",
            "党务工作者资格认证：培训学时、考试成绩、年度考核等次达到规定",
            "Certification of party-affairs workers: class hours, exam score and assessment grade reach the local thresholds")
            .cites(Sources.LOCAL_PRACTICE, "党务工作者资格认证（种子文件提出认证，数值由各地规定）", Grade.C)
            .parameters(CERTIFICATION_MIN_HOURS.name(), CERTIFICATION_PASSING_SCORE.name(),
                    CERTIFICATION_MIN_GRADE.name()).build();
    /** TRN-CERT-002: validity and renewal of a certificate. */
    public static final Rule CERTIFICATION_VALIDITY_RULE = rule("TRN-CERT-002",
            "党务工作者资格证书有效期和复审期限",
            "Validity and renewal of a party-affairs worker's certificate")
            .cites(Sources.LOCAL_PRACTICE, "资格认证有效期（地方规定）", Grade.C)
            .parameters(CERTIFICATION_VALIDITY.name(), CERTIFICATION_RENEWAL_NOTICE.name()).build();
    /** TRN-PLAN-001: a rotation plan places as many people owing rotation training as possible before year end. */
    public static final Rule PLAN_ROTATION = rule("TRN-PLAN-001",
            "轮训计划：在年底前将尚未轮训的人员尽可能多地安排进有名额的班次",
            "Rotation plan: place as many people owing rotation training as possible in classes with room before year end")
            .cites(Sources.MEMBER_EDUCATION_REGULATIONS, "第二十条", Grade.A).build();

    private static final Citation ART_20 = Citation.of(Sources.MEMBER_EDUCATION_REGULATIONS, "第二十条", Grade.A);
    private static final Citation PLAN = Citation.of(Sources.TRAINING_PLAN, "基层党组织书记和党员培训", Grade.B);
    private static final LocalDate ART_20_FROM = LocalDate.of(2019, 5, 6);
    private static final LocalDate PLAN_FROM = LocalDate.of(2019, 11, 1);

    /** Creates the rule set (used by {@link java.util.ServiceLoader}). */
    public TrainingRules() {}

    @Override
    public String module() {
        return "training";
    }

    @Override
    public List<Rule> rules() {
        return List.of(ASSIGN_COVERAGE, ASSIGN_CAPACITY, ASSIGN_CONFLICT, ASSIGN_COST, GROUP_SIZE, VISIT_FREQUENCY,
                VISIT_DUTIES, SECRETARY_SOURCES, SECRETARY_VACANCY, HOURS_MEMBER, HOURS_LEADER,
                HOURS_COUNTY_TRAINING, ROTATION_YEARLY, ONBOARDING_SECRETARY, ONBOARDING_NEW_MEMBER,
                CERTIFICATION_ELIGIBILITY, CERTIFICATION_VALIDITY_RULE, PLAN_ROTATION);
    }

    @Override
    public List<ParameterDefinition<?>> parameters() {
        return List.of(
                ParameterDefinition.of(CAPACITY_FULL_TIME, "专职指导员可指导组织数上限", "Organizations a full-time instructor may guide")
                        .requiring(n -> n >= 0 && n <= 1000, "between 0 and 1000"),
                ParameterDefinition.of(CAPACITY_PART_TIME, "兼职指导员可指导组织数上限", "Organizations a part-time instructor may guide")
                        .requiring(n -> n >= 0 && n <= 1000, "between 0 and 1000"),
                ParameterDefinition.of(MIN_LOAD, "指导员应指导组织数下限", "Least organizations an instructor should guide")
                        .requiring(n -> n >= 0 && n <= 1000, "between 0 and 1000"),
                ParameterDefinition.of(GROUP_MIN_SIZE, "指导员编组最少人数", "Smallest instructor group")
                        .requiring(n -> n >= 1 && n <= 1000, "between 1 and 1000"),
                ParameterDefinition.of(GROUP_MAX_SIZE, "指导员编组最多人数", "Largest instructor group")
                        .requiring(n -> n >= 1 && n <= 1000, "between 1 and 1000"),
                ParameterDefinition.of(VISIT_CYCLE, "指导员走访频次", "How often instructors visit each organization"),
                ParameterDefinition.of(SECRETARY_SOURCE_ORDER, "书记人选来源优先顺序", "Preferred sources of secretary candidates"),
                ParameterDefinition.of(SECRETARY_VACANCY_LIMIT, "书记空缺预警时限", "How long a secretary post may stay vacant")
                        .requiring(p -> !p.isZero(), "a positive period such as P3M"),
                ParameterDefinition.of(MEMBER_ANNUAL_HOURS, "党员年度集中学习培训学时", "Class hours a member owes a year")
                        .requiring(n -> n >= 0 && n <= 1000, "between 0 and 1000")
                        .baseline(ART_20_FROM, 32, ART_20),
                ParameterDefinition.of(LEADER_ANNUAL_HOURS, "书记和班子成员年度学习培训学时",
                                "Class hours a secretary or committee member owes a year")
                        .requiring(n -> n >= 0 && n <= 1000, "between 0 and 1000")
                        .baseline(PLAN_FROM, 56, PLAN),
                ParameterDefinition.of(LEADER_COUNTY_TRAININGS, "书记和班子成员年度县级以上集中培训次数",
                                "County-level trainings a secretary or committee member owes a year")
                        .requiring(n -> n >= 0 && n <= 12, "between 0 and 12")
                        .baseline(PLAN_FROM, 1, PLAN),
                ParameterDefinition.of(COUNT_ONLINE_HOURS, "网络培训学时是否计入年度学时", "Whether online study counts toward class hours"),
                ParameterDefinition.of(ROTATION_ROLES, "每年须参加轮训的人员类别", "Roles that owe rotation training every year")
                        .baseline(ART_20_FROM, memberRoles(), ART_20),
                ParameterDefinition.of(ONBOARDING_LIMIT, "新任书记任职培训时限", "Onboarding limit after appointment")
                        .requiring(p -> !p.isZero(), "a positive period such as P6M")
                        .baseline(PLAN_FROM, Period.ofMonths(6), PLAN),
                ParameterDefinition.of(NEW_MEMBER_TRAININGS, "新党员集中培训次数", "Centralised trainings a new member owes")
                        .requiring(n -> n >= 0 && n <= 12, "between 0 and 12")
                        .baseline(PLAN_FROM, 1, PLAN),
                ParameterDefinition.of(NEW_MEMBER_WINDOW, "转正后仍按新党员培训的期限", "How long after conversion a member counts as new")
                        .baseline(PLAN_FROM, Period.ofYears(1), PLAN),
                ParameterDefinition.of(CERTIFICATION_MIN_HOURS, "资格认证所需年度培训学时", "Class hours needed for certification")
                        .requiring(n -> n >= 0 && n <= 1000, "between 0 and 1000"),
                ParameterDefinition.of(CERTIFICATION_PASSING_SCORE, "资格认证考试合格分数", "Exam score needed for certification")
                        .requiring(n -> n >= 0 && n <= 100, "between 0 and 100"),
                ParameterDefinition.of(CERTIFICATION_MIN_GRADE, "资格认证所需年度考核等次", "Least assessment grade for certification"),
                ParameterDefinition.of(CERTIFICATION_VALIDITY, "资格证书有效期", "Validity of a certificate")
                        .requiring(p -> !p.isZero(), "a positive period such as P3Y"),
                ParameterDefinition.of(CERTIFICATION_RENEWAL_NOTICE, "资格证书复审提前期", "How long before expiry renewal falls due"));
    }

    private static Set<Role> memberRoles() {
        return java.util.Collections.unmodifiableSet(EnumSet.of(Role.MEMBER, Role.PROBATIONARY_MEMBER, Role.SECRETARY,
                Role.COMMITTEE_MEMBER));
    }

    @Override
    public List<ProfileValues> profiles() {
        List<CandidateSource> seedOrder = List.of(CandidateSource.MEMBER_PRINCIPAL, CandidateSource.MEMBER_MANAGER,
                CandidateSource.YOUTH_LEAGUE_HEAD, CandidateSource.PRODUCTION_BACKBONE, CandidateSource.VETERAN);
        Set<Role> everyone = java.util.Collections.unmodifiableSet(EnumSet.allOf(Role.class));
        return List.of(
                ProfileValues.of(INSTRUCTOR_RULES_2017).with(CAPACITY_FULL_TIME, 5).with(CAPACITY_PART_TIME, 5)
                        .with(MIN_LOAD, 4),
                ProfileValues.of(LOCAL_HALF_MONTH_VISITS).with(VISIT_CYCLE, VisitCycle.HALF_MONTH),
                ProfileValues.of(LOCAL_SECRETARY_VACANCY).with(SECRETARY_VACANCY_LIMIT, Period.ofMonths(3)),
                ProfileValues.of(LocalProfile.SEED_000).with(SECRETARY_SOURCE_ORDER, seedOrder)
                        .with(ROTATION_ROLES, everyone),
                ProfileValues.of(LocalProfile.SEED_001).with(SECRETARY_SOURCE_ORDER, seedOrder),
                ProfileValues.of(LocalProfile.SEED_004).with(ROTATION_ROLES, everyone));
    }
}
