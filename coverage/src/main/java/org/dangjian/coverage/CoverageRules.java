package org.dangjian.coverage;

import java.time.LocalDate;
import java.time.Period;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.dangjian.core.money.Fraction;
import org.dangjian.core.money.Money;
import org.dangjian.core.money.Rate;
import org.dangjian.core.organization.OrganizationSubKind;
import org.dangjian.core.parameter.LocalProfile;
import org.dangjian.core.parameter.ParameterDefinition;
import org.dangjian.core.parameter.ParameterKey;
import org.dangjian.core.parameter.ParameterType;
import org.dangjian.core.parameter.ProfileValues;
import org.dangjian.core.rule.Citation;
import org.dangjian.core.rule.Grade;
import org.dangjian.core.rule.Rule;
import org.dangjian.core.rule.RuleSet;
import org.dangjian.core.rule.Source;
import org.dangjian.core.rule.Sources;
import org.dangjian.coverage.platform.PlatformWorkerGroup;
import org.dangjian.coverage.platform.SupervisingDepartment;

/**
 * The coverage module's rule catalog: every rule with its citation, every parameter with its national
 * baseline (only national figures), and the seeds' figures as named local profiles.
 *
 * <p>Seed figures (grade S) ship in {@link LocalProfile#SEED_002}, {@link LocalProfile#SEED_003} and
 * {@link LocalProfile#SEED_004}; the above-scale definition (grade C) ships as its own profile
 * {@link #ABOVE_SCALE_PROFILE}. The organizational coverage target has no default anywhere: a jurisdiction
 * sets it.
 */
public final class CoverageRules implements RuleSet {
    /** The bundle the coverage reasons render from. */
    public static final String BUNDLE = "org.dangjian.coverage.Messages";

    /**
     * The national deployments on Party building among new employment groups, as official pages report them
     * (grade B: the documents' own text and articles not read): the rule COV-PLAT-001 cites this; each
     * group's baseline cites its own deployment below.
     */
    public static final Source NEW_EMPLOYMENT_GROUPS_GUIDANCE = Source.of("新就业群体党建部署",
            "新业态新就业群体党建工作由行业主管部门牵头指导（“管行业必须管党建”）的全国部署（据官方报道）",
            "中共中央组织部及行业主管部门", null, null);
    /** 国家邮政局: provincial and city courier-industry Party committees under the postal administrations. */
    public static final Source POSTAL_DEPLOYMENT = Source.of("邮政管理部门快递行业党建部署",
            "邮政管理系统推动组建快递行业党委（新疆邮政管理局2023年9月报道：两级快递行业党委全覆盖）", "国家邮政局", null,
            null);
    /** 交通运输部: the national meeting on Party building among truck and ride-hailing drivers (2025-07-29). */
    public static final Source TRANSPORT_DEPLOYMENT = Source.of("“两司群体”党建工作推进会",
            "交通运输部全国货车司机、网约车司机（“两司群体”）党建工作推进会（将行业党建职责写入“三定”）", "交通运输部",
            null, LocalDate.of(2025, 7, 29));
    /** 市场监管总局: the 2022 key points for small firms, individual businesses and markets, on food-delivery riders. */
    public static final Source MARKET_REGULATION_DEPLOYMENT = Source.of("市场监管总局“小个专”党建2022年工作要点",
            "小微企业个体工商户专业市场党建工作2022年工作要点（部署外卖送餐员群体党建，依托市场监管部门成立外卖配送行业党委）",
            "国家市场监督管理总局", null, LocalDate.of(2022, 1, 1));

    /** The above-scale definition of one city (grade C): its own local profile. */
    public static final LocalProfile ABOVE_SCALE_PROFILE = LocalProfile.of("above-scale-2020",
            "某市2020年规模以上企业认定口径（营业收入2000万元或从业人员100人）", Sources.LOCAL_PRACTICE);

    private static final LocalDate SINCE_BRANCH_REGULATIONS = LocalDate.of(2018, 10, 28);
    private static final LocalDate SINCE_ORGANS_REGULATIONS = LocalDate.of(2019, 12, 11);
    private static final LocalDate SINCE_ELECTION_REGULATIONS = LocalDate.of(2020, 7, 13);
    private static final LocalDate SINCE_TERM_OPINIONS = LocalDate.of(2018, 1, 1);
    /** The survey wording carries no date of its own; it is taken as in force with 非公意见. */
    private static final LocalDate SINCE_NON_PUBLIC_OPINIONS = LocalDate.of(2012, 3, 1);
    /** The postal deployment's date is not known; taken from the earliest official report found (2023-09). */
    private static final LocalDate SINCE_POSTAL_DEPLOYMENT = LocalDate.of(2023, 9, 1);

    // ---------------------------------------------------------------- parameters

    /** Employees from which an operating enterprise is in the survey scope (national: 10). */
    public static final ParameterKey<Integer> SCOPE_ENTERPRISE_EMPLOYEES =
            ParameterKey.of("coverage.scope.minEnterpriseEmployees", ParameterType.INTEGER);
    /** Staff from which an operating social organization is in the survey scope (national: 30). */
    public static final ParameterKey<Integer> SCOPE_SOCIAL_STAFF =
            ParameterKey.of("coverage.scope.minSocialOrganizationStaff", ParameterType.INTEGER);
    /** Full members from which a unit must form its own branch (national: 3). */
    public static final ParameterKey<Integer> MIN_FULL_MEMBERS =
            ParameterKey.of("coverage.formation.minFullMembers", ParameterType.INTEGER);
    /** Units one joint branch covers at most, as a rule (national: 5). */
    public static final ParameterKey<Integer> MAX_UNITS_PER_JOINT_BRANCH =
            ParameterKey.of("coverage.formation.maxUnitsPerJointBranch", ParameterType.INTEGER);
    /** How long the higher organization has to answer an application to form a branch (national: 1 month). */
    public static final ParameterKey<Period> APPLICATION_ANSWER_PERIOD =
            ParameterKey.of("coverage.formation.applicationAnswerPeriod", ParameterType.PERIOD);
    /** Project length from which a project sets up a branch (national: 6 months). */
    public static final ParameterKey<Period> PROJECT_BRANCH_PERIOD =
            ParameterKey.of("coverage.formation.projectBranchPeriod", ParameterType.PERIOD);
    /** Staff from which members are expected (seed 002: 50; no national default). */
    public static final ParameterKey<Integer> MEMBERS_EXPECTED_AT_STAFF =
            ParameterKey.of("coverage.requirement.membersExpectedAtStaff", ParameterType.INTEGER);
    /** Staff from which an enterprise is expected to have an organization (seed 002: 100; no national default). */
    public static final ParameterKey<Integer> ORGANIZATION_EXPECTED_AT_STAFF =
            ParameterKey.of("coverage.requirement.organizationExpectedAtStaff", ParameterType.INTEGER);
    /** Staff from which the listed social-organization kinds are expected to have one (seed 002: 30). */
    public static final ParameterKey<Integer> SOCIAL_ORGANIZATION_EXPECTED_AT_STAFF =
            ParameterKey.of("coverage.requirement.socialOrganizationExpectedAtStaff", ParameterType.INTEGER);
    /** The social-organization sub-kinds listed for that expectation (seed 002: “三师两民”). */
    public static final ParameterKey<Set<OrganizationSubKind>> SOCIAL_ORGANIZATION_EXPECTED_KINDS =
            ParameterKey.of("coverage.requirement.socialOrganizationExpectedKinds",
                    ParameterType.enumSet(OrganizationSubKind.class));
    /** Whether municipal social groups are listed too (seed 002: yes). */
    public static final ParameterKey<Boolean> MUNICIPAL_SOCIAL_GROUPS_EXPECTED =
            ParameterKey.of("coverage.requirement.municipalSocialGroupsExpected", ParameterType.BOOLEAN);
    /** Full members from which a branch sets up a committee (national: 7). */
    public static final ParameterKey<Integer> COMMITTEE_AT_FULL_MEMBERS =
            ParameterKey.of("coverage.level.committeeAtFullMembers", ParameterType.INTEGER);
    /** The usual smallest committee (national: 3). */
    public static final ParameterKey<Integer> COMMITTEE_MIN_SIZE =
            ParameterKey.of("coverage.level.committeeMinSize", ParameterType.INTEGER);
    /** The usual largest committee (national: 5). */
    public static final ParameterKey<Integer> COMMITTEE_USUAL_MAX_SIZE =
            ParameterKey.of("coverage.level.committeeUsualMaxSize", ParameterType.INTEGER);
    /** The committee cap (national: 7). */
    public static final ParameterKey<Integer> COMMITTEE_CAP =
            ParameterKey.of("coverage.level.committeeCap", ParameterType.INTEGER);
    /** Members from which a general branch is set up (national pattern: 50). */
    public static final ParameterKey<Integer> GENERAL_BRANCH_AT_MEMBERS =
            ParameterKey.of("coverage.level.generalBranchAtMembers", ParameterType.INTEGER);
    /** Members from which a primary committee is set up (national pattern: 100). */
    public static final ParameterKey<Integer> PRIMARY_COMMITTEE_AT_MEMBERS =
            ParameterKey.of("coverage.level.primaryCommitteeAtMembers", ParameterType.INTEGER);
    /** Members a branch normally has at most (national: 50, a warning). */
    public static final ParameterKey<Integer> BRANCH_SOFT_CAP =
            ParameterKey.of("coverage.level.branchMemberSoftCap", ParameterType.INTEGER);
    /** Share of a branch committee that must be exceeded for its meeting to be held (national: 1/2). */
    public static final ParameterKey<Fraction> COMMITTEE_MEETING_QUORUM =
            ParameterKey.of("coverage.level.committeeMeetingQuorum", ParameterType.FRACTION);
    /** Term of a primary committee (national: 5 years). */
    public static final ParameterKey<Period> TERM_PRIMARY_COMMITTEE =
            ParameterKey.of("coverage.term.primaryCommittee", ParameterType.PERIOD);
    /** Term of a general branch or branch (national: 3 years). */
    public static final ParameterKey<Period> TERM_BRANCH =
            ParameterKey.of("coverage.term.branch", ParameterType.PERIOD);
    /** How far re-election may be advanced or postponed with approval (national: 1 year). */
    public static final ParameterKey<Period> TERM_ADJUSTMENT_WINDOW =
            ParameterKey.of("coverage.term.adjustmentWindow", ParameterType.PERIOD);
    /** Share of expected voters that must be exceeded for a valid election (national: 4/5). */
    public static final ParameterKey<Fraction> ELECTION_QUORUM =
            ParameterKey.of("coverage.election.quorum", ParameterType.FRACTION);
    /** Share of voters present that yes votes must exceed (national: 1/2). */
    public static final ParameterKey<Fraction> ELECTION_MAJORITY =
            ParameterKey.of("coverage.election.majority", ParameterType.FRACTION);
    /** Candidates per seat at least, rounded up (national: 6/5, a 20% margin). */
    public static final ParameterKey<Fraction> ELECTION_CANDIDATE_RATIO =
            ParameterKey.of("coverage.election.candidateRatio", ParameterType.FRACTION);
    /** Members from which a representative congress may elect (national: 500). */
    public static final ParameterKey<Integer> ELECTION_CONGRESS_AT_MEMBERS =
            ParameterKey.of("coverage.election.congressAtMembers", ParameterType.INTEGER);
    /** Organizational coverage target “不低于X%” (no default anywhere: each jurisdiction sets X). */
    public static final ParameterKey<Rate> TARGET_ORGANIZATIONAL =
            ParameterKey.of("coverage.target.organizationalCoverage", ParameterType.RATE);
    /** Formation-compliance target (seed 002: 100%). */
    public static final ParameterKey<Rate> TARGET_FORMATION_COMPLIANCE =
            ParameterKey.of("coverage.target.formationCompliance", ParameterType.RATE);
    /** Work coverage target (seeds 002, 004: 100%). */
    public static final ParameterKey<Rate> TARGET_WORK =
            ParameterKey.of("coverage.target.workCoverage", ParameterType.RATE);
    /** Standalone rate target of above-scale enterprises (seed 003: 98%). */
    public static final ParameterKey<Rate> TARGET_ABOVE_SCALE_STANDALONE =
            ParameterKey.of("coverage.target.aboveScaleStandalone", ParameterType.RATE);
    /** Revenue from which an enterprise is above scale (grade C profile: 20,000,000.00 yuan). */
    public static final ParameterKey<Money> ABOVE_SCALE_REVENUE =
            ParameterKey.of("coverage.scale.aboveScaleRevenue", ParameterType.MONEY);
    /** Employees from which an enterprise is above scale (grade C profile: 100). */
    public static final ParameterKey<Integer> ABOVE_SCALE_EMPLOYEES =
            ParameterKey.of("coverage.scale.aboveScaleEmployees", ParameterType.INTEGER);
    /** Full-time party staff of a national-level park, least (seed 004: 3). */
    public static final ParameterKey<Integer> PARK_NATIONAL_STAFF_MIN =
            ParameterKey.of("coverage.park.nationalStaffMin", ParameterType.INTEGER);
    /** Full-time party staff of a national-level park, most (seed 004: 5). */
    public static final ParameterKey<Integer> PARK_NATIONAL_STAFF_MAX =
            ParameterKey.of("coverage.park.nationalStaffMax", ParameterType.INTEGER);
    /** Full-time party staff of a provincial park, least (seed 004: 2). */
    public static final ParameterKey<Integer> PARK_PROVINCIAL_STAFF_MIN =
            ParameterKey.of("coverage.park.provincialStaffMin", ParameterType.INTEGER);
    /** Full-time party staff of a provincial park, most (seed 004: 3). */
    public static final ParameterKey<Integer> PARK_PROVINCIAL_STAFF_MAX =
            ParameterKey.of("coverage.park.provincialStaffMax", ParameterType.INTEGER);

    /**
     * The supervising department of each platform worker group's Party building. Couriers → postal
     * administration (from 2023-09), food-delivery riders → market regulation (from 2022), ride-hailing and truck
     * drivers → transport (from 2025-07-29): national deployments as official pages report them, grade B;
     * streamers and domestic workers have no national default.
     */
    public static final ParameterKey<SupervisingDepartment> PLATFORM_DEPARTMENT_COURIER = platformDepartment("courier");
    /** See {@link #PLATFORM_DEPARTMENT_COURIER}. */
    public static final ParameterKey<SupervisingDepartment> PLATFORM_DEPARTMENT_FOOD_DELIVERY =
            platformDepartment("foodDeliveryRider");
    /** See {@link #PLATFORM_DEPARTMENT_COURIER}. */
    public static final ParameterKey<SupervisingDepartment> PLATFORM_DEPARTMENT_RIDE_HAILING =
            platformDepartment("rideHailingDriver");
    /** See {@link #PLATFORM_DEPARTMENT_COURIER}. */
    public static final ParameterKey<SupervisingDepartment> PLATFORM_DEPARTMENT_TRUCK = platformDepartment("truckDriver");
    /** See {@link #PLATFORM_DEPARTMENT_COURIER}. */
    public static final ParameterKey<SupervisingDepartment> PLATFORM_DEPARTMENT_STREAMER = platformDepartment("streamer");
    /** See {@link #PLATFORM_DEPARTMENT_COURIER}. */
    public static final ParameterKey<SupervisingDepartment> PLATFORM_DEPARTMENT_DOMESTIC = platformDepartment("domesticWorker");
    /** The body hosting each group's Party organization (an industry committee, association or alliance): local, no default. */
    public static final ParameterKey<String> PLATFORM_HOST_COURIER = platformHost("courier");
    /** See {@link #PLATFORM_HOST_COURIER}. */
    public static final ParameterKey<String> PLATFORM_HOST_FOOD_DELIVERY = platformHost("foodDeliveryRider");
    /** See {@link #PLATFORM_HOST_COURIER}. */
    public static final ParameterKey<String> PLATFORM_HOST_RIDE_HAILING = platformHost("rideHailingDriver");
    /** See {@link #PLATFORM_HOST_COURIER}. */
    public static final ParameterKey<String> PLATFORM_HOST_TRUCK = platformHost("truckDriver");
    /** See {@link #PLATFORM_HOST_COURIER}. */
    public static final ParameterKey<String> PLATFORM_HOST_STREAMER = platformHost("streamer");
    /** See {@link #PLATFORM_HOST_COURIER}. */
    public static final ParameterKey<String> PLATFORM_HOST_DOMESTIC = platformHost("domesticWorker");

    private static ParameterKey<SupervisingDepartment> platformDepartment(String group) {
        return ParameterKey.of("coverage.platform." + group + "Department",
                ParameterType.enumValue(SupervisingDepartment.class));
    }

    private static ParameterKey<String> platformHost(String group) {
        return ParameterKey.of("coverage.platform." + group + "Host", ParameterType.TEXT);
    }

    /**
     * The department parameter of a group.
     *
     * @param group the group, not null
     * @return the key, not null
     */
    public static ParameterKey<SupervisingDepartment> departmentKey(PlatformWorkerGroup group) {
        switch (group) {
            case COURIER: return PLATFORM_DEPARTMENT_COURIER;
            case FOOD_DELIVERY_RIDER: return PLATFORM_DEPARTMENT_FOOD_DELIVERY;
            case RIDE_HAILING_DRIVER: return PLATFORM_DEPARTMENT_RIDE_HAILING;
            case TRUCK_DRIVER: return PLATFORM_DEPARTMENT_TRUCK;
            case STREAMER: return PLATFORM_DEPARTMENT_STREAMER;
            default: return PLATFORM_DEPARTMENT_DOMESTIC;
        }
    }

    /**
     * The host parameter of a group.
     *
     * @param group the group, not null
     * @return the key, not null
     */
    public static ParameterKey<String> hostKey(PlatformWorkerGroup group) {
        switch (group) {
            case COURIER: return PLATFORM_HOST_COURIER;
            case FOOD_DELIVERY_RIDER: return PLATFORM_HOST_FOOD_DELIVERY;
            case RIDE_HAILING_DRIVER: return PLATFORM_HOST_RIDE_HAILING;
            case TRUCK_DRIVER: return PLATFORM_HOST_TRUCK;
            case STREAMER: return PLATFORM_HOST_STREAMER;
            default: return PLATFORM_HOST_DOMESTIC;
        }
    }

    // ---------------------------------------------------------------- rules

    /** COV-SCOPE-001: the survey scope (operating; enterprises 10+ employees, social organizations 30+ staff). */
    public static final Rule SCOPE = rule("COV-SCOPE-001", "摸排范围：正常经营，企业从业人员10人以上、社会组织30人以上",
            "Survey scope: operating; enterprises with 10+ employees, social organizations with 30+ staff",
            Sources.NATIONAL_CAMPAIGN, "摸排统计口径", Grade.B,
            SCOPE_ENTERPRISE_EMPLOYEES.name(), SCOPE_SOCIAL_STAFF.name());
    /** COV-SCOPE-002: only units actually operating count. */
    public static final Rule SCOPE_OPERATING = rule("COV-SCOPE-002", "只统计实际经营的单位",
            "Only units actually operating are counted", Sources.NON_PUBLIC_OPINIONS, "覆盖率统计口径（官方解读）",
            Grade.B);
    /** COV-REQ-001: 3+ full members must form a branch. */
    public static final Rule REQ_BRANCH = rule("COV-REQ-001", "正式党员3人以上的单位应当成立党支部",
            "A unit with 3 or more full members forms a branch", Sources.BRANCH_REGULATIONS, "第四条", Grade.A,
            MIN_FULL_MEMBERS.name());
    /** COV-REQ-002: members expected at 50+ staff (seed 002). */
    public static final Rule REQ_MEMBERS = rule("COV-REQ-002", "从业人员50人以上的企业应当有党员",
            "Enterprises with 50+ staff should have members", Sources.SEED_002, "组织覆盖目标", Grade.S,
            MEMBERS_EXPECTED_AT_STAFF.name());
    /** COV-REQ-003: an organization expected at 100+ staff (seed 002). */
    public static final Rule REQ_ORGANIZATION = rule("COV-REQ-003", "从业人员100人以上的企业应当建立党组织",
            "Enterprises with 100+ staff should have a Party organization", Sources.SEED_002, "组织覆盖目标",
            Grade.S, ORGANIZATION_EXPECTED_AT_STAFF.name());
    /** COV-REQ-004: listed social-organization kinds with 30+ staff should have an organization (seed 002). */
    public static final Rule REQ_SOCIAL = rule("COV-REQ-004", "市级社会团体和“三师两民”等从业人员30人以上的应当建立党组织",
            "Municipal social groups and the listed kinds with 30+ staff should have a Party organization",
            Sources.SEED_002, "社会组织党建", Grade.S, SOCIAL_ORGANIZATION_EXPECTED_AT_STAFF.name(),
            SOCIAL_ORGANIZATION_EXPECTED_KINDS.name(), MUNICIPAL_SOCIAL_GROUPS_EXPECTED.name());
    /** COV-REQ-005: without an organization, work coverage. */
    public static final Rule REQ_WORK = rule("COV-REQ-005", "暂不具备建立党组织条件的，通过选派党建指导员、联络员或建立群团组织实现工作覆盖",
            "Units without an organization get work coverage: an instructor, a liaison or mass organizations",
            Sources.NON_PUBLIC_OPINIONS, "扩大党的组织和工作覆盖", Grade.B);
    /** COV-REQ-006: the higher organization answers an application within 1 month. */
    public static final Rule REQ_ANSWER = rule("COV-REQ-006", "上级党组织对成立党支部的申请一般在1个月内批复",
            "The higher organization answers an application to form a branch generally within 1 month",
            Sources.BRANCH_REGULATIONS, "第二章 组织设置", Grade.B, APPLICATION_ANSWER_PERIOD.name());
    /** COV-REQ-007: a project of 6+ months with enough members sets up a branch; a temporary one cannot admit. */
    public static final Rule REQ_PROJECT = rule("COV-REQ-007", "工作项目实施6个月以上且正式党员3人以上的成立党支部；临时党支部不发展党员",
            "A project of 6+ months with 3+ full members sets up a branch; a temporary branch does not admit members",
            Sources.BRANCH_REGULATIONS, "第二章 组织设置", Grade.B, PROJECT_BRANCH_PERIOD.name(), MIN_FULL_MEMBERS.name());
    /** COV-COVER-001: organizational coverage, own or joint. */
    public static final Rule COVER_ORGANIZATIONAL = rule("COV-COVER-001", "组织覆盖：单独建立或被联合党组织覆盖",
            "Organizational coverage: its own organization or a joint one", Sources.NON_PUBLIC_OPINIONS,
            "两个覆盖", Grade.B);
    /** COV-COVER-002: work coverage. */
    public static final Rule COVER_WORK = rule("COV-COVER-002", "工作覆盖：有党建指导员、联络员或工会、共青团组织",
            "Work coverage: an instructor, a liaison, or union / youth league organizations",
            Sources.NON_PUBLIC_OPINIONS, "两个覆盖", Grade.B);
    /** COV-COVER-003: a unit required to form its own organization is not compliant through joint coverage. */
    public static final Rule COVER_OWN = rule("COV-COVER-003", "应建尽建：符合单独组建条件的应当单独建立党组织",
            "Formation compliance: a unit able to form its own organization has its own", Sources.SEED_002,
            "应建尽建", Grade.S, MIN_FULL_MEMBERS.name());
    /** COV-LEVEL-001: a branch at 3+ full members, with a secretary only below 7. */
    public static final Rule LEVEL_BRANCH = rule("COV-LEVEL-001", "正式党员3人以上成立党支部；不足7人的不设委员会，设书记（必要时副书记）",
            "3+ full members form a branch; below 7 it has a secretary and no committee",
            Sources.BRANCH_REGULATIONS, "第四条、第六章", Grade.A, MIN_FULL_MEMBERS.name(),
            COMMITTEE_AT_FULL_MEMBERS.name());
    /** COV-LEVEL-002: a committee at 7+ full members, 3–5 members, normally at most 7. */
    public static final Rule LEVEL_COMMITTEE = rule("COV-LEVEL-002", "正式党员7人以上的党支部设立支部委员会，委员3至5人，一般不超过7人",
            "7+ full members: a branch committee of 3 to 5, normally at most 7", Sources.BRANCH_REGULATIONS,
            "第六章", Grade.A, COMMITTEE_AT_FULL_MEMBERS.name(), COMMITTEE_MIN_SIZE.name(),
            COMMITTEE_USUAL_MAX_SIZE.name(), COMMITTEE_CAP.name());
    /** COV-LEVEL-003: a general branch at 50–99 members; below with approval. */
    public static final Rule LEVEL_GENERAL_BRANCH = rule("COV-LEVEL-003", "党员50人以上的设立党总支部；不足50人因工作需要设立的须经上级党组织批准",
            "A general branch at 50+ members; below 50 only with the higher organization's approval",
            Sources.ORGANS_REGULATIONS, "第五条至第七条", Grade.A, GENERAL_BRANCH_AT_MEMBERS.name());
    /** COV-LEVEL-004: a primary committee at 100+ members; below with approval. */
    public static final Rule LEVEL_PRIMARY_COMMITTEE = rule("COV-LEVEL-004", "党员100人以上的设立基层党委；不足100人因工作需要设立的须经上级党组织批准",
            "A primary committee at 100+ members; below 100 only with the higher organization's approval",
            Sources.ORGANS_REGULATIONS, "第五条至第七条", Grade.A, PRIMARY_COMMITTEE_AT_MEMBERS.name());
    /** COV-LEVEL-005: a branch normally has at most 50 members (warning). */
    public static final Rule LEVEL_SOFT_CAP = rule("COV-LEVEL-005", "党支部党员人数一般不超过50人",
            "A branch normally has at most 50 members", Sources.BRANCH_REGULATIONS, "第四条", Grade.A,
            BRANCH_SOFT_CAP.name());
    /** COV-LEVEL-006: one joint branch covers at most 5 units, as a rule. */
    public static final Rule LEVEL_JOINT_LIMIT = rule("COV-LEVEL-006", "联合党支部覆盖单位一般不超过5个",
            "A joint branch generally covers at most 5 units", Sources.BRANCH_REGULATIONS, "第二章 组织设置",
            Grade.B, MAX_UNITS_PER_JOINT_BRANCH.name());
    /** COV-LEVEL-007: a branch committee meeting needs more than half its members present. */
    public static final Rule LEVEL_COMMITTEE_QUORUM = rule("COV-LEVEL-007", "支部委员会会议须有半数以上委员到会方能召开",
            "A branch committee meeting needs more than half its members present", Sources.BRANCH_REGULATIONS,
            "第十二条", Grade.A, COMMITTEE_MEETING_QUORUM.name());
    /** COV-TERM-001: term lengths. */
    public static final Rule TERM_LENGTH = rule("COV-TERM-001", "基层党委每届任期5年，党总支部、党支部每届任期3年",
            "Primary committees serve 5 years; general branches and branches 3 years", Sources.TERM_OPINIONS,
            "一、二", Grade.A, TERM_PRIMARY_COMMITTEE.name(), TERM_BRANCH.name());
    /** COV-TERM-002: expiry, and advancing or postponing re-election by at most 1 year with approval. */
    public static final Rule TERM_WINDOW = rule("COV-TERM-002", "任期届满按期换届；提前或延期换届须经上级党组织批准，一般不超过1年",
            "Re-elect on expiry; advancing or postponing needs approval and is at most 1 year",
            Sources.ELECTION_REGULATIONS, "第三条", Grade.B, TERM_ADJUSTMENT_WINDOW.name());
    /** COV-ELEC-001: valid when present voters exceed 4/5 of those expected. */
    public static final Rule ELEC_QUORUM = rule("COV-ELEC-001", "有选举权的到会人数超过应到会人数的五分之四，会议有效",
            "An election is valid when present voters exceed 4/5 of those expected", Sources.ELECTION_REGULATIONS,
            "选举程序", Grade.B, ELECTION_QUORUM.name());
    /** COV-ELEC-002: elected when yes votes exceed half of those present. */
    public static final Rule ELEC_MAJORITY = rule("COV-ELEC-002", "被选举人获得的赞成票超过实到会有选举权人数的一半，始得当选",
            "A candidate is elected with yes votes exceeding half of the voters present", Sources.ELECTION_REGULATIONS,
            "选举程序", Grade.B, ELECTION_MAJORITY.name());
    /** COV-ELEC-003: candidates at least seats × 1.2 rounded up. */
    public static final Rule ELEC_CANDIDATES = rule("COV-ELEC-003", "候选人数多于应选人数的20%（差额选举）",
            "Candidates number at least seats × 1.2, rounded up", Sources.ELECTION_REGULATIONS, "差额选举",
            Grade.B, ELECTION_CANDIDATE_RATIO.name());
    /** COV-ELEC-004: only full members vote; a representative congress possible at 500+ members. */
    public static final Rule ELEC_VOTERS = rule("COV-ELEC-004", "党员大会选举，正式党员有表决权、选举权；党员500人以上可召开党员代表大会",
            "Members' meeting elects; only full members vote; a congress is possible at 500+ members",
            Sources.ELECTION_REGULATIONS, "第四条、第五条", Grade.A, ELECTION_CONGRESS_AT_MEMBERS.name());
    /** COV-METH-001: standalone formation. */
    public static final Rule METH_STANDALONE = rule("COV-METH-001", "具备条件的单独组建", "Standalone formation when able",
            Sources.BRANCH_REGULATIONS, "第四条", Grade.A, MIN_FULL_MEMBERS.name());
    /** COV-METH-002: joint formation with neighbouring or similar units. */
    public static final Rule METH_JOINT = rule("COV-METH-002", "正式党员不足3人的，与邻近或业务相近单位联合组建",
            "Fewer than 3 full members: a joint branch with neighbouring or similar units", Sources.BRANCH_REGULATIONS,
            "第二章 组织设置", Grade.B, MAX_UNITS_PER_JOINT_BRANCH.name());
    /** COV-METH-003: park, building, market or district formation. */
    public static final Rule METH_HOST = rule("COV-METH-003", "依托园区、楼宇、商圈、市场统建共建",
            "Formation by the hosting park, building, district or market", Sources.SEED_002, "组建方式", Grade.S);
    /** COV-METH-004: industry-wide or regional formation. */
    public static final Rule METH_INDUSTRY = rule("COV-METH-004", "行业统建、区域联建", "Industry-wide or regional formation",
            Sources.SEED_000, "组建方式", Grade.S);
    /** COV-METH-005: lead-enterprise formation along a chain. */
    public static final Rule METH_LEAD = rule("COV-METH-005", "产业链龙头企业带建", "Formation led by the chain's lead enterprise",
            Sources.SEED_004, "组建方式", Grade.S);
    /** COV-METH-006: platform formation. */
    public static final Rule METH_PLATFORM = rule("COV-METH-006", "平台企业统建", "Platform formation",
            Sources.SEED_004, "新就业群体党建", Grade.S);
    /** COV-METH-007: affiliated or dispatched formation. */
    public static final Rule METH_AFFILIATED = rule("COV-METH-007", "挂靠组建、驻派帮建", "Affiliated or dispatched formation",
            Sources.SEED_000, "组建方式", Grade.S);
    /** COV-METH-008: fallback by the street or community. */
    public static final Rule METH_FALLBACK = rule("COV-METH-008", "街道社区兜底组建", "Fallback by the street or community",
            Sources.SEED_002, "组建方式", Grade.S);
    /** COV-METH-009: counterfactual hints. */
    public static final Rule METH_HINT = rule("COV-METH-009", "组建条件差额提示", "What would change the recommendation",
            Sources.BRANCH_REGULATIONS, "第四条", Grade.A, MIN_FULL_MEMBERS.name());
    /** COV-SOC-001: party building in the charter. */
    public static final Rule SOC_CHARTER = rule("COV-SOC-001", "社会组织党建工作写入章程", "Party building written into the charter",
            Sources.SEED_002, "社会组织党建", Grade.S);
    /** COV-SOC-002: political review of the head. */
    public static final Rule SOC_REVIEW = rule("COV-SOC-002", "社会组织负责人人选政治把关", "Political review of the head",
            Sources.SEED_002, "社会组织党建", Grade.S);
    /** COV-SOC-003: the secretary is also the head. */
    public static final Rule SOC_ONE_SHOULDER = rule("COV-SOC-003", "党组织书记与负责人“一肩挑”", "Secretary also the head",
            Sources.SEED_002, "社会组织党建", Grade.S);
    /** COV-SOC-004: decoupled trade associations have their affiliation re-homed. */
    public static final Rule SOC_DECOUPLING = rule("COV-SOC-004", "脱钩行业协会商会党组织隶属关系调整",
            "Decoupled trade associations have their Party affiliation re-homed", Sources.SEED_004, "社会组织党建",
            Grade.S);
    /** COV-PLAT-001: the supervising department of a platform worker group. */
    public static final Rule PLAT_DEPARTMENT = rule("COV-PLAT-001", "新就业群体党建由行业主管部门牵头指导（管行业必须管党建）",
            "The supervising department leads Party building among new employment groups",
            NEW_EMPLOYMENT_GROUPS_GUIDANCE, "行业主管部门职责", Grade.B);
    /** COV-PLAT-002: the body hosting the group's Party organization. */
    public static final Rule PLAT_HOST = rule("COV-PLAT-002", "新就业群体党组织依托行业党委、协会或联盟建立",
            "The group's organization is hosted by an industry committee, association or alliance",
            Sources.LOCAL_PRACTICE, "地方规定", Grade.C);
    /** COV-RATE-001: organizational coverage rate. */
    public static final Rule RATE_ORGANIZATIONAL = rule("COV-RATE-001", "组织覆盖率=（单独建立+联合覆盖单位数）÷实际经营单位数",
            "Organizational coverage = (own + jointly covered units) ÷ operating units", Sources.NON_PUBLIC_OPINIONS,
            "覆盖率统计口径（官方解读）", Grade.B);
    /** COV-RATE-002: standalone rate. */
    public static final Rule RATE_STANDALONE = rule("COV-RATE-002", "单独组建率=单独建立党组织单位数÷实际经营单位数",
            "Standalone rate = units with their own organization ÷ operating units", Sources.NON_PUBLIC_OPINIONS,
            "覆盖率统计口径（官方解读）", Grade.B);
    /** COV-RATE-003: work coverage rate. */
    public static final Rule RATE_WORK = rule("COV-RATE-003", "工作覆盖率=（有党组织单位+有工作覆盖单位）÷实际经营单位数",
            "Work coverage = (units with an organization + units with work coverage) ÷ operating units",
            Sources.NON_PUBLIC_OPINIONS, "两个覆盖", Grade.B);
    /** COV-RATE-004: formation compliance. */
    public static final Rule RATE_FORMATION = rule("COV-RATE-004", "应建尽建率=正式党员3人以上且单独建立党组织单位数÷正式党员3人以上单位数",
            "Formation compliance = units with 3+ full members and their own organization ÷ units with 3+ full members",
            Sources.SEED_002, "应建尽建", Grade.S, MIN_FULL_MEMBERS.name());
    /** COV-RATE-005: share with members. */
    public static final Rule RATE_MEMBERS = rule("COV-RATE-005", "有党员单位占比", "Share of units with members",
            Sources.NATIONAL_CAMPAIGN, "摸排统计口径", Grade.B);
    /** COV-TGT-001: the organizational coverage target set by the jurisdiction. */
    public static final Rule TGT_ORGANIZATIONAL = rule("COV-TGT-001", "组织覆盖率不低于X%（各地确定）",
            "Organizational coverage at least X% (set by each jurisdiction)", Sources.SEED_002, "目标任务", Grade.S,
            TARGET_ORGANIZATIONAL.name());
    /** COV-TGT-002: formation compliance 100%. */
    public static final Rule TGT_FORMATION = rule("COV-TGT-002", "应建尽建率达到100%", "Formation compliance of 100%",
            Sources.SEED_002, "目标任务", Grade.S, TARGET_FORMATION_COMPLIANCE.name());
    /** COV-TGT-003: work coverage 100%. */
    public static final Rule TGT_WORK = rule("COV-TGT-003", "工作覆盖率达到100%", "Work coverage of 100%",
            Sources.SEED_004, "目标任务", Grade.S, TARGET_WORK.name());
    /** COV-TGT-004: above-scale standalone rate ≥ 98%. */
    public static final Rule TGT_ABOVE_SCALE = rule("COV-TGT-004", "规模以上企业单独组建率保持在98%及以上",
            "Above-scale enterprises keep a standalone rate of 98% or more", Sources.SEED_003, "目标任务", Grade.S,
            TARGET_ABOVE_SCALE_STANDALONE.name());
    /** COV-TGT-005: the above-scale definition (grade C). */
    public static final Rule TGT_SCALE = rule("COV-TGT-005", "规模以上企业：营业收入2000万元以上或从业人员100人以上（地方口径）",
            "Above scale: revenue of 20M yuan or 100 employees (a local definition)", Sources.LOCAL_PRACTICE,
            "某市2020年认定口径", Grade.C, ABOVE_SCALE_REVENUE.name(), ABOVE_SCALE_EMPLOYEES.name());
    /** COV-TGT-006: ranking of sub-jurisdictions. */
    public static final Rule TGT_RANKING = rule("COV-TGT-006", "下级单位覆盖率排名", "Ranking of sub-jurisdictions by coverage",
            Sources.SEED_002, "考核验收", Grade.S);
    /** COV-WARN-001: 50+ staff and no member. */
    public static final Rule WARN_NO_MEMBER = rule("COV-WARN-001", "预警：从业人员50人以上无党员",
            "Warning: 50+ staff and no member", Sources.SEED_002, "动态管理", Grade.S, MEMBERS_EXPECTED_AT_STAFF.name());
    /** COV-WARN-002: full members fell below 3. */
    public static final Rule WARN_BELOW_MINIMUM = rule("COV-WARN-002", "预警：单独建立党组织单位正式党员不足3人",
            "Warning: a standalone organization's full members fell below 3", Sources.BRANCH_REGULATIONS, "第四条",
            Grade.A, MIN_FULL_MEMBERS.name());
    /** COV-WARN-003: a joint branch over its unit limit. */
    public static final Rule WARN_JOINT_OVER_LIMIT = rule("COV-WARN-003", "预警：联合党支部覆盖单位超过上限",
            "Warning: a joint branch over its unit limit", Sources.BRANCH_REGULATIONS, "第二章 组织设置", Grade.B,
            MAX_UNITS_PER_JOINT_BRANCH.name());
    /** COV-WARN-004: a term expired. */
    public static final Rule WARN_TERM_EXPIRED = rule("COV-WARN-004", "预警：任期届满未换届", "Warning: a term has expired",
            Sources.TERM_OPINIONS, "一、二", Grade.A, TERM_PRIMARY_COMMITTEE.name(), TERM_BRANCH.name());
    /** COV-WARN-005: newly registered since the last survey. */
    public static final Rule WARN_NEW = rule("COV-WARN-005", "预警：上次摸排后新注册的组织", "Warning: registered since the last survey",
            Sources.SEED_004, "动态管理", Grade.S);
    /** COV-WARN-006: a branch over its member soft cap. */
    public static final Rule WARN_SOFT_CAP = rule("COV-WARN-006", "预警：党支部党员超过50人", "Warning: a branch over 50 members",
            Sources.BRANCH_REGULATIONS, "第四条", Grade.A, BRANCH_SOFT_CAP.name());
    /** COV-GAP-001: the gap list. */
    public static final Rule GAP = rule("COV-GAP-001", "覆盖空白台账：未达要求的组织及推荐组建方式",
            "The gap list: organizations failing a requirement, with the recommended method", Sources.SEED_002,
            "摸底排查", Grade.S);
    /** COV-FIVE-001: the “five clear” summary. */
    public static final Rule FIVE = rule("COV-FIVE-001", "“五个清楚”：组织数、党组织数、党员数、覆盖单位数、作用发挥情况",
            "“Five clear”: organizations, Party organizations, members, units covered, how they function",
            Sources.SEED_004, "五个清楚", Grade.S);
    /** COV-DIFF-001: snapshot differences. */
    public static final Rule DIFF = rule("COV-DIFF-001", "台账动态更新：新增、注销、跨越门槛、失去覆盖",
            "Ledger updates: added, dissolved, crossing a threshold, losing coverage", Sources.SEED_004, "动态管理",
            Grade.S, MIN_FULL_MEMBERS.name());
    /** COV-CAMP-001: campaign milestones. */
    public static final Rule CAMP = rule("COV-CAMP-001", "集中攻坚工作节点：建台账、应建尽建、目标达标、书记轮训",
            "Campaign milestones: ledger, standalone formation, targets, secretaries trained", Sources.SEED_002,
            "实施步骤", Grade.S);
    /** COV-PARK-001: park party-affairs staffing. */
    public static final Rule PARK_STAFFING = rule("COV-PARK-001", "国家级园区配备专职党务工作者3至5名，省级园区2至3名",
            "National-level parks have 3–5 full-time party staff, provincial parks 2–3", Sources.SEED_004, "园区党建",
            Grade.S, PARK_NATIONAL_STAFF_MIN.name(), PARK_NATIONAL_STAFF_MAX.name(), PARK_PROVINCIAL_STAFF_MIN.name(),
            PARK_PROVINCIAL_STAFF_MAX.name());

    private static final List<Rule> RULES = List.of(SCOPE, SCOPE_OPERATING, REQ_BRANCH, REQ_MEMBERS, REQ_ORGANIZATION,
            REQ_SOCIAL, REQ_WORK, REQ_ANSWER, REQ_PROJECT, COVER_ORGANIZATIONAL, COVER_WORK, COVER_OWN, LEVEL_BRANCH,
            LEVEL_COMMITTEE, LEVEL_GENERAL_BRANCH, LEVEL_PRIMARY_COMMITTEE, LEVEL_SOFT_CAP, LEVEL_JOINT_LIMIT,
            LEVEL_COMMITTEE_QUORUM,
            TERM_LENGTH, TERM_WINDOW, ELEC_QUORUM, ELEC_MAJORITY, ELEC_CANDIDATES, ELEC_VOTERS, METH_STANDALONE,
            METH_JOINT, METH_HOST, METH_INDUSTRY, METH_LEAD, METH_PLATFORM, METH_AFFILIATED, METH_FALLBACK, METH_HINT,
            SOC_CHARTER, SOC_REVIEW, SOC_ONE_SHOULDER, SOC_DECOUPLING, PLAT_DEPARTMENT, PLAT_HOST, RATE_ORGANIZATIONAL,
            RATE_STANDALONE, RATE_WORK, RATE_FORMATION, RATE_MEMBERS, TGT_ORGANIZATIONAL, TGT_FORMATION, TGT_WORK,
            TGT_ABOVE_SCALE, TGT_SCALE, TGT_RANKING, WARN_NO_MEMBER, WARN_BELOW_MINIMUM, WARN_JOINT_OVER_LIMIT,
            WARN_TERM_EXPIRED, WARN_NEW, WARN_SOFT_CAP, GAP, FIVE, DIFF, CAMP, PARK_STAFFING);

    private static Rule rule(String id, String zh, String en, Source source, String article, Grade grade,
            String... parameters) {
        return Rule.builder(id).titles(zh, en).cites(source, article, grade).parameters(parameters).bundle(BUNDLE)
                .build();
    }

    /** Creates the rule set (used by {@link java.util.ServiceLoader}). */
    public CoverageRules() {}

    @Override
    public String module() {
        return "coverage";
    }

    @Override
    public List<Rule> rules() {
        return RULES;
    }

    @Override
    public List<ParameterDefinition<?>> parameters() {
        Citation branch4 = Citation.of(Sources.BRANCH_REGULATIONS, "第四条", Grade.A);
        Citation branchCh2 = Citation.of(Sources.BRANCH_REGULATIONS, "第二章 组织设置", Grade.B);
        Citation branchCh6 = Citation.of(Sources.BRANCH_REGULATIONS, "第六章", Grade.A);
        Citation organs = Citation.of(Sources.ORGANS_REGULATIONS, "第五条至第七条", Grade.A);
        Citation terms = Citation.of(Sources.TERM_OPINIONS, "一、二", Grade.A);
        Citation election = Citation.of(Sources.ELECTION_REGULATIONS, "选举程序", Grade.B);
        Citation scope = Citation.of(Sources.NATIONAL_CAMPAIGN, "摸排统计口径", Grade.B);
        return List.of(
                positive(SCOPE_ENTERPRISE_EMPLOYEES, "纳入摸排的企业从业人员数", "Employees for an enterprise to be surveyed")
                        .baseline(SINCE_NON_PUBLIC_OPINIONS, 10, scope),
                positive(SCOPE_SOCIAL_STAFF, "纳入摸排的社会组织从业人员数", "Staff for a social organization to be surveyed")
                        .baseline(SINCE_NON_PUBLIC_OPINIONS, 30, scope),
                positive(MIN_FULL_MEMBERS, "成立党支部所需正式党员数", "Full members needed to form a branch")
                        .baseline(SINCE_BRANCH_REGULATIONS, 3, branch4),
                positive(MAX_UNITS_PER_JOINT_BRANCH, "联合党支部覆盖单位上限", "Units one joint branch covers at most")
                        .baseline(SINCE_BRANCH_REGULATIONS, 5, branchCh2),
                period(APPLICATION_ANSWER_PERIOD, "成立党支部申请批复期限", "Time to answer an application")
                        .baseline(SINCE_BRANCH_REGULATIONS, Period.ofMonths(1), branchCh2),
                period(PROJECT_BRANCH_PERIOD, "工作项目成立党支部的实施期限", "Project length for a project branch")
                        .baseline(SINCE_BRANCH_REGULATIONS, Period.ofMonths(6), branchCh2),
                positive(MEMBERS_EXPECTED_AT_STAFF, "应有党员的从业人员数", "Staff from which members are expected"),
                positive(ORGANIZATION_EXPECTED_AT_STAFF, "应建党组织的企业从业人员数",
                        "Staff from which an enterprise should have an organization"),
                positive(SOCIAL_ORGANIZATION_EXPECTED_AT_STAFF, "应建党组织的社会组织从业人员数",
                        "Staff from which the listed social organizations should have one"),
                ParameterDefinition.of(SOCIAL_ORGANIZATION_EXPECTED_KINDS, "应建党组织的社会组织类别",
                        "Social-organization kinds listed for that expectation")
                        .requiring(s -> s.stream().allMatch(k -> k.kind() == org.dangjian.core.organization.OrganizationKind.SOCIAL_ORGANIZATION),
                                "social-organization sub-kinds only"),
                ParameterDefinition.of(MUNICIPAL_SOCIAL_GROUPS_EXPECTED, "市级社会团体应建党组织",
                        "Municipal social groups are listed"),
                positive(COMMITTEE_AT_FULL_MEMBERS, "设立支部委员会的正式党员数", "Full members for a branch committee")
                        .baseline(SINCE_BRANCH_REGULATIONS, 7, branchCh6),
                positive(COMMITTEE_MIN_SIZE, "支部委员会委员下限", "Smallest usual committee")
                        .baseline(SINCE_BRANCH_REGULATIONS, 3, branchCh6),
                positive(COMMITTEE_USUAL_MAX_SIZE, "支部委员会委员一般上限", "Largest usual committee")
                        .baseline(SINCE_BRANCH_REGULATIONS, 5, branchCh6),
                positive(COMMITTEE_CAP, "支部委员会委员最多人数", "Committee cap")
                        .baseline(SINCE_BRANCH_REGULATIONS, 7, branchCh6),
                positive(GENERAL_BRANCH_AT_MEMBERS, "设立党总支部的党员数", "Members for a general branch")
                        .baseline(SINCE_ORGANS_REGULATIONS, 50, organs),
                positive(PRIMARY_COMMITTEE_AT_MEMBERS, "设立基层党委的党员数", "Members for a primary committee")
                        .baseline(SINCE_ORGANS_REGULATIONS, 100, organs),
                positive(BRANCH_SOFT_CAP, "党支部党员人数一般上限", "Members a branch normally has at most")
                        .baseline(SINCE_BRANCH_REGULATIONS, 50, branch4),
                share(COMMITTEE_MEETING_QUORUM, "支部委员会会议到会比例（超过）", "Share of the committee to exceed for a meeting")
                        .baseline(SINCE_BRANCH_REGULATIONS, Fraction.HALF,
                                Citation.of(Sources.BRANCH_REGULATIONS, "第十二条", Grade.A)),
                period(TERM_PRIMARY_COMMITTEE, "基层党委任期", "Primary committee term")
                        .baseline(SINCE_TERM_OPINIONS, Period.ofYears(5), terms),
                period(TERM_BRANCH, "党总支部、党支部任期", "General branch and branch term")
                        .baseline(SINCE_TERM_OPINIONS, Period.ofYears(3), terms),
                period(TERM_ADJUSTMENT_WINDOW, "提前或延期换届的最长期限", "Most a re-election may be advanced or postponed")
                        .baseline(SINCE_ELECTION_REGULATIONS, Period.ofYears(1),
                                Citation.of(Sources.ELECTION_REGULATIONS, "第三条", Grade.B)),
                share(ELECTION_QUORUM, "选举有效的到会比例（超过）", "Share of voters to exceed for a valid election")
                        .baseline(SINCE_ELECTION_REGULATIONS, Fraction.of(4, 5), election),
                share(ELECTION_MAJORITY, "当选的赞成票比例（超过）", "Share of present voters yes votes must exceed")
                        .baseline(SINCE_ELECTION_REGULATIONS, Fraction.HALF, election),
                ParameterDefinition.of(ELECTION_CANDIDATE_RATIO, "候选人数与应选人数之比（下限）", "Candidates per seat at least")
                        .requiring(f -> f.isDefined() && f.compareTo(Fraction.ONE) >= 0, "at least 1")
                        .baseline(SINCE_ELECTION_REGULATIONS, Fraction.of(6, 5), election),
                positive(ELECTION_CONGRESS_AT_MEMBERS, "可召开党员代表大会的党员数", "Members for a representative congress")
                        .baseline(SINCE_ELECTION_REGULATIONS, 500,
                                Citation.of(Sources.ELECTION_REGULATIONS, "第四条、第五条", Grade.A)),
                rate(TARGET_ORGANIZATIONAL, "组织覆盖率目标", "Organizational coverage target"),
                rate(TARGET_FORMATION_COMPLIANCE, "应建尽建率目标", "Formation compliance target"),
                rate(TARGET_WORK, "工作覆盖率目标", "Work coverage target"),
                rate(TARGET_ABOVE_SCALE_STANDALONE, "规模以上企业单独组建率目标", "Above-scale standalone target"),
                ParameterDefinition.of(ABOVE_SCALE_REVENUE, "规模以上企业营业收入标准", "Above-scale revenue")
                        .requiring(Money::isPositive, "positive"),
                positive(ABOVE_SCALE_EMPLOYEES, "规模以上企业从业人员标准", "Above-scale employees"),
                positive(PARK_NATIONAL_STAFF_MIN, "国家级园区专职党务工作者下限", "National park staff, least"),
                positive(PARK_NATIONAL_STAFF_MAX, "国家级园区专职党务工作者上限", "National park staff, most"),
                positive(PARK_PROVINCIAL_STAFF_MIN, "省级园区专职党务工作者下限", "Provincial park staff, least"),
                positive(PARK_PROVINCIAL_STAFF_MAX, "省级园区专职党务工作者上限", "Provincial park staff, most"),
                department(PLATFORM_DEPARTMENT_COURIER, "快递员").baseline(SINCE_POSTAL_DEPLOYMENT,
                        SupervisingDepartment.POSTAL_ADMINISTRATION,
                        Citation.of(POSTAL_DEPLOYMENT, "快递行业党委组建", Grade.B)),
                department(PLATFORM_DEPARTMENT_FOOD_DELIVERY, "外卖配送员").baseline(LocalDate.of(2022, 1, 1),
                        SupervisingDepartment.MARKET_REGULATION,
                        Citation.of(MARKET_REGULATION_DEPLOYMENT, "外卖送餐员群体党建", Grade.B)),
                department(PLATFORM_DEPARTMENT_RIDE_HAILING, "网约车司机").baseline(LocalDate.of(2025, 7, 29),
                        SupervisingDepartment.TRANSPORT, Citation.of(TRANSPORT_DEPLOYMENT, "“两司群体”党建", Grade.B)),
                department(PLATFORM_DEPARTMENT_TRUCK, "货车司机").baseline(LocalDate.of(2025, 7, 29),
                        SupervisingDepartment.TRANSPORT, Citation.of(TRANSPORT_DEPLOYMENT, "“两司群体”党建", Grade.B)),
                department(PLATFORM_DEPARTMENT_STREAMER, "网络主播"),
                department(PLATFORM_DEPARTMENT_DOMESTIC, "家政服务员"),
                host(PLATFORM_HOST_COURIER, "快递员"),
                host(PLATFORM_HOST_FOOD_DELIVERY, "外卖配送员"),
                host(PLATFORM_HOST_RIDE_HAILING, "网约车司机"),
                host(PLATFORM_HOST_TRUCK, "货车司机"),
                host(PLATFORM_HOST_STREAMER, "网络主播"),
                host(PLATFORM_HOST_DOMESTIC, "家政服务员"));
    }

    private static ParameterDefinition<Integer> positive(ParameterKey<Integer> key, String zh, String en) {
        return ParameterDefinition.of(key, zh, en).requiring(n -> n >= 1, "at least 1");
    }

    private static ParameterDefinition<Period> period(ParameterKey<Period> key, String zh, String en) {
        return ParameterDefinition.of(key, zh, en).requiring(p -> !p.isNegative() && !p.isZero(), "a positive period");
    }

    private static ParameterDefinition<Fraction> share(ParameterKey<Fraction> key, String zh, String en) {
        return ParameterDefinition.of(key, zh, en)
                .requiring(f -> f.isDefined() && f.compareTo(Fraction.ONE) < 0, "a share below 1");
    }

    private static ParameterDefinition<Rate> rate(ParameterKey<Rate> key, String zh, String en) {
        return ParameterDefinition.of(key, zh, en)
                .requiring(r -> r.compareTo(Rate.ZERO) >= 0 && r.compareTo(Rate.ONE_HUNDRED_PERCENT) <= 0,
                        "between 0% and 100%");
    }

    private static ParameterDefinition<SupervisingDepartment> department(ParameterKey<SupervisingDepartment> key,
            String group) {
        return ParameterDefinition.of(key, group + "党建行业主管部门", "Supervising department of " + key.name());
    }

    private static ParameterDefinition<String> host(ParameterKey<String> key, String group) {
        return ParameterDefinition.of(key, group + "党组织依托单位", "Hosting body of " + key.name())
                .requiring(s -> !s.isBlank(), "not blank");
    }

    @Override
    public List<ProfileValues> profiles() {
        return List.of(
                ProfileValues.of(LocalProfile.SEED_002)
                        .with(MEMBERS_EXPECTED_AT_STAFF, 50)
                        .with(ORGANIZATION_EXPECTED_AT_STAFF, 100)
                        .with(SOCIAL_ORGANIZATION_EXPECTED_AT_STAFF, 30)
                        .with(SOCIAL_ORGANIZATION_EXPECTED_KINDS, Set.copyOf(EnumSet.of(OrganizationSubKind.LAW_FIRM,
                                OrganizationSubKind.ACCOUNTING_FIRM, OrganizationSubKind.TAX_FIRM,
                                OrganizationSubKind.PRIVATE_SCHOOL, OrganizationSubKind.PRIVATE_HOSPITAL)))
                        .with(MUNICIPAL_SOCIAL_GROUPS_EXPECTED, true)
                        .with(TARGET_FORMATION_COMPLIANCE, Rate.percent(100))
                        .with(TARGET_WORK, Rate.percent(100)),
                ProfileValues.of(LocalProfile.SEED_003)
                        .with(TARGET_ABOVE_SCALE_STANDALONE, Rate.percent(98)),
                ProfileValues.of(LocalProfile.SEED_004)
                        .with(TARGET_FORMATION_COMPLIANCE, Rate.percent(100))
                        .with(TARGET_WORK, Rate.percent(100))
                        .with(PARK_NATIONAL_STAFF_MIN, 3)
                        .with(PARK_NATIONAL_STAFF_MAX, 5)
                        .with(PARK_PROVINCIAL_STAFF_MIN, 2)
                        .with(PARK_PROVINCIAL_STAFF_MAX, 3),
                ProfileValues.of(ABOVE_SCALE_PROFILE)
                        .with(ABOVE_SCALE_REVENUE, Money.parse("20000000.00"))
                        .with(ABOVE_SCALE_EMPLOYEES, 100));
    }
}
