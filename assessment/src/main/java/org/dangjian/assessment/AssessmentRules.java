package org.dangjian.assessment;

import static org.dangjian.assessment.AssessmentParameters.*;

import java.time.LocalDate;
import java.time.Period;
import java.util.EnumSet;
import java.util.List;
import org.dangjian.assessment.period.PeriodKind;
import org.dangjian.assessment.standard.VenueItem;
import org.dangjian.core.money.Fraction;
import org.dangjian.core.money.Rate;
import org.dangjian.core.parameter.LocalProfile;
import org.dangjian.core.parameter.ParameterDefinition;
import org.dangjian.core.parameter.ProfileValues;
import org.dangjian.core.rule.Citation;
import org.dangjian.core.rule.Grade;
import org.dangjian.core.rule.Rule;
import org.dangjian.core.rule.RuleSet;
import org.dangjian.core.rule.Source;
import org.dangjian.core.rule.Sources;

/**
 * The assessment module's rules (ids {@code ASM-…}), parameters with their national baselines, and its
 * values in local profiles: organizational life, weak-and-lax detection, scorecards, star ratings,
 * “双强六好”, democratic appraisal, the annual 100-point assessment, priority support, venues, staffing
 * and funds.
 *
 * <p>Found by {@link java.util.ServiceLoader}; rule ids are API and never renumbered.
 */
public final class AssessmentRules implements RuleSet {
    /** The bundle the module's reasons render from. */
    public static final String BUNDLE = "org.dangjian.assessment.Messages";

    /** A city's five-star rating scheme (grade C): 110 points, star bands, innovation for five stars. */
    public static final LocalProfile CITY_FIVE_STAR = LocalProfile.of("assessment-city-five-star",
            "某市五星级党组织评定方案", Sources.LOCAL_PRACTICE);
    /** Local triggers of the weak-and-lax list (grade C): vacancy > 3 months, 2 years without admission, 60%. */
    public static final LocalProfile WEAK_AND_LAX_TRIGGERS = LocalProfile.of("assessment-weak-lax-triggers",
            "某地软弱涣散党组织排查标准", Sources.LOCAL_PRACTICE);
    /** Local practice of a Party lecture each quarter (grade C). */
    public static final LocalProfile QUARTERLY_LECTURE = LocalProfile.of("assessment-quarterly-lecture",
            "地方“三会一课”实践：党课每季度一次", Sources.LOCAL_PRACTICE);

    private static Rule.Builder rule(String id, String zh, String en, Source source, String article, Grade grade) {
        return Rule.builder(id).titles(zh, en).cites(source, article, grade).bundle(BUNDLE);
    }

    // ---- organizational life ----
    /** ASM-LIFE-001: the members' meeting is held generally each quarter. */
    public static final Rule LIFE_GENERAL_MEETING = rule("ASM-LIFE-001", "支部党员大会一般每季度召开1次",
            "The members' meeting is held generally each quarter", Sources.BRANCH_REGULATIONS, "第十一条", Grade.A)
            .parameters(GENERAL_MEETING_EVERY.name()).build();
    /** ASM-LIFE-002: the branch committee meets generally each month; a branch without a committee has none. */
    public static final Rule LIFE_COMMITTEE_MEETING = rule("ASM-LIFE-002", "支部委员会会议一般每月召开1次",
            "The branch committee meets generally each month", Sources.BRANCH_REGULATIONS, "第十二条", Grade.A)
            .parameters(COMMITTEE_MEETING_EVERY.name()).build();
    /** ASM-LIFE-003: each Party group meets generally each month; a branch without groups has none. */
    public static final Rule LIFE_GROUP_MEETING = rule("ASM-LIFE-003", "党小组会一般每月召开1次",
            "Party groups meet generally each month", Sources.BRANCH_REGULATIONS, "第十三条", Grade.A)
            .parameters(GROUP_MEETING_EVERY.name()).build();
    /** ASM-LIFE-004: a Party lecture at least each year (local practice: each quarter). */
    public static final Rule LIFE_PARTY_LECTURE = rule("ASM-LIFE-004", "党课每年至少1次（地方多为每季度1次）",
            "A Party lecture at least each year (often each quarter locally)", Sources.BRANCH_REGULATIONS,
            "第五章", Grade.B).parameters(PARTY_LECTURE_EVERY.name()).build();
    /** ASM-LIFE-005: the theme Party day each month. */
    public static final Rule LIFE_THEME_DAY = rule("ASM-LIFE-005", "每月相对固定1天开展主题党日",
            "A theme Party day each month on a fixed day", Sources.MEMBER_EDUCATION_REGULATIONS, "第十六条", Grade.A)
            .parameters(THEME_DAY_EVERY.name()).build();
    /** ASM-LIFE-006: the organizational-life meeting at least each year. */
    public static final Rule LIFE_LIFE_MEETING = rule("ASM-LIFE-006", "组织生活会每年至少召开1次",
            "The organizational-life meeting at least each year", Sources.BRANCH_REGULATIONS, "第十七条", Grade.A)
            .parameters(LIFE_MEETING_EVERY.name()).build();
    /** ASM-LIFE-007: democratic appraisal of members each year. */
    public static final Rule LIFE_APPRAISAL = rule("ASM-LIFE-007", "每年开展民主评议党员",
            "Members are appraised democratically each year", Sources.MEMBER_EDUCATION_REGULATIONS, "第十八条",
            Grade.A).parameters(APPRAISAL_EVERY.name()).build();
    /** ASM-LIFE-008: a members' or committee meeting needs more than half of those expected present. */
    public static final Rule LIFE_QUORUM = rule("ASM-LIFE-008", "党员大会、支部委员会会议须有半数以上应到人员到会",
            "A members' or committee meeting needs more than half of those expected present",
            Sources.BRANCH_REGULATIONS, "第十一条、第十二条", Grade.A).parameters(QUORUM.name()).build();

    /** ASM-LIFE-009: heart-to-heart talks at least each year. */
    public static final Rule LIFE_TALK = rule("ASM-LIFE-009", "班子成员之间、班子成员与党员之间每年至少开展1次谈心谈话",
            "Heart-to-heart talks at least each year", Sources.BRANCH_REGULATIONS, "第五章", Grade.B)
            .parameters(TALK_EVERY.name()).build();

    // ---- weak and lax ----
    /** ASM-WEAK-001: an organization is weak and lax when any criterion of the list holds. */
    public static final Rule WEAK_ANY = rule("ASM-WEAK-001", "符合所列任一情形即认定为软弱涣散党组织",
            "An organization is weak and lax when any listed situation holds", Sources.LOCAL_PRACTICE,
            "软弱涣散党组织排查整顿情形清单", Grade.C).build();
    /** ASM-WEAK-002: the secretary post long vacant. */
    public static final Rule WEAK_SECRETARY_VACANT = rule("ASM-WEAK-002", "书记长期空缺",
            "The secretary post long vacant", Sources.LOCAL_PRACTICE, "软弱涣散情形：书记长期缺职", Grade.C)
            .parameters(SECRETARY_VACANCY_LIMIT.name()).build();
    /** ASM-WEAK-003: the leadership team is disunited. */
    public static final Rule WEAK_TEAM_DISUNITED = rule("ASM-WEAK-003", "班子不团结、内耗严重",
            "The leadership team is disunited", Sources.LOCAL_PRACTICE, "软弱涣散情形：班子不团结", Grade.C).build();
    /** ASM-WEAK-004: organizational life only on paper. */
    public static final Rule WEAK_LIFE_ON_PAPER = rule("ASM-WEAK-004", "组织生活不经常、流于形式",
            "Organizational life only on paper", Sources.LOCAL_PRACTICE, "软弱涣散情形：组织生活流于形式", Grade.C).build();
    /** ASM-WEAK-005: no renewal of the committee when its term is due. */
    public static final Rule WEAK_TERM_OVERDUE = rule("ASM-WEAK-005", "任期届满未按期换届",
            "No renewal when the term is due", Sources.TERM_OPINIONS, "第一部分、第二部分", Grade.A)
            .parameters(BRANCH_TERM.name(), COMMITTEE_TERM.name(), MAX_POSTPONEMENT.name()).build();
    /** ASM-WEAK-006: elections irregular. */
    public static final Rule WEAK_ELECTIONS_IRREGULAR = rule("ASM-WEAK-006", "选举不规范",
            "Elections irregular", Sources.LOCAL_PRACTICE, "软弱涣散情形：选举不规范", Grade.C).build();
    /** ASM-WEAK-007: no new members for years where candidates exist. */
    public static final Rule WEAK_NO_ADMISSION = rule("ASM-WEAK-007", "有培养对象却长期未发展党员",
            "No new members for years where candidates exist", Sources.LOCAL_PRACTICE, "软弱涣散情形：长期不发展党员",
            Grade.C).parameters(NO_ADMISSION_PERIOD.name()).build();
    /** ASM-WEAK-008: members long unpaid (dues unpaid six months). */
    public static final Rule WEAK_DUES_UNPAID = rule("ASM-WEAK-008", "党员长期不交党费、管理松散",
            "Members long unpaid", Sources.LOCAL_PRACTICE, "软弱涣散情形：党员管理松散", Grade.C).build();
    /** ASM-WEAK-009: last in the annual assessment. */
    public static final Rule WEAK_LAST_RANKED = rule("ASM-WEAK-009", "年度考核排名末位",
            "Last in the annual assessment", Sources.LOCAL_PRACTICE, "软弱涣散情形：考核末位", Grade.C).build();
    /** ASM-WEAK-010: satisfaction below the local threshold. */
    public static final Rule WEAK_LOW_SATISFACTION = rule("ASM-WEAK-010", "群众满意度低于规定比例",
            "Satisfaction below the local threshold", Sources.LOCAL_PRACTICE, "软弱涣散情形：群众满意度低", Grade.C)
            .parameters(MIN_SATISFACTION.name()).build();
    /** ASM-WEAK-011: infiltration by illegal forces. */
    public static final Rule WEAK_INFILTRATION = rule("ASM-WEAK-011", "受到不良势力渗透",
            "Infiltration", Sources.LOCAL_PRACTICE, "软弱涣散情形：不良势力渗透", Grade.C).build();
    /** ASM-WEAK-012: petitions, mass incidents or public-order problems. */
    public static final Rule WEAK_PUBLIC_ORDER = rule("ASM-WEAK-012", "信访突出、发生群体性事件或治安问题",
            "Petitions, mass incidents or public-order problems", Sources.LOCAL_PRACTICE, "软弱涣散情形：信访治安问题突出",
            Grade.C).build();

    // ---- scorecard engine ----
    /** ASM-CARD-001: each indicator scores by its rule within its bounds. */
    public static final Rule CARD_INDICATOR = rule("ASM-CARD-001", "指标按记分规则计分，不超过分值、扣分和加分不超过上限",
            "Each indicator scores by its rule within its maximum and caps", Sources.LOCAL_PRACTICE,
            "考核记分办法", Grade.C).build();
    /** ASM-CARD-002: the total is the sum, kept between the floor and the maximum. */
    public static final Rule CARD_TOTAL = rule("ASM-CARD-002", "总分为各项得分之和，不超过满分、不低于保底分",
            "The total is the sum, between the floor and the maximum", Sources.LOCAL_PRACTICE, "考核记分办法",
            Grade.C).build();
    /** ASM-CARD-003: a veto item caps the grade whatever the other scores. */
    public static final Rule CARD_VETO = rule("ASM-CARD-003", "触发一票否决事项的，等次不得高于否决等次",
            "A veto item caps the grade whatever the other scores", Sources.LOCAL_PRACTICE, "一票否决事项",
            Grade.C).build();
    /** ASM-CARD-004: the grade follows the total's band. */
    public static final Rule CARD_GRADE = rule("ASM-CARD-004", "按总分所在分数段确定等次",
            "The grade follows the total's band", Sources.LOCAL_PRACTICE, "考核等次划分", Grade.C).build();

    // ---- star rating ----
    /** ASM-STAR-001: stars by the band of the total. */
    public static final Rule STAR_BY_BANDS = rule("ASM-STAR-001", "按总分分数段评定星级",
            "Stars by the band of the total", Sources.LOCAL_PRACTICE, "五星级党组织评定方案 评定标准", Grade.C)
            .parameters(AssessmentParameters.STAR_BANDS.name()).build();
    /** ASM-STAR-002: the top band needs an innovation project as well. */
    public static final Rule STAR_INNOVATION = rule("ASM-STAR-002", "评为五星须有创新项目",
            "The top star band needs an innovation project", Sources.LOCAL_PRACTICE,
            "五星级党组织评定方案 评定标准", Grade.C).parameters(TOP_STARS_NEED_INNOVATION.name()).build();
    /** ASM-STAR-003: a veto item leaves the lowest star. */
    public static final Rule STAR_VETO = rule("ASM-STAR-003", "触发一票否决事项的只评最低星级",
            "A veto item leaves the lowest star", Sources.LOCAL_PRACTICE, "五星级党组织评定方案 一票否决",
            Grade.C).build();

    // ---- 双强六好 ----
    /** ASM-DSSG-001: the title needs both strongs and all six goods. */
    public static final Rule DSSG = rule("ASM-DSSG-001", "“双强六好”：党建强、发展强，经营管理好、企业文化好、劳动关系好、班子队伍好、党员队伍好、社会评价好",
            "Double strong, six good: all eight hold", Sources.LOCAL_PRACTICE, "“双强六好”非公企业党组织评定标准",
            Grade.B).build();

    // ---- secretaries' review ----
    /** ASM-REVW-001: a secretary's annual report is graded 好, 较好, 一般 or 差. */
    public static final Rule SECRETARY_REVIEW = rule("ASM-REVW-001", "书记抓基层党建述职评议考核结果分为好、较好、一般、差四个等次",
            "A secretary's annual report is graded good, fairly good, average or poor",
            Sources.SECRETARY_REVIEW_MEASURES, "考核等次（条款未核实）", Grade.B).parameters(REVIEW_GRADE_BANDS.name()).build();

    // ---- democratic appraisal ----
    /** ASM-APPR-001: four grades. */
    public static final Rule APPR_GRADES = rule("ASM-APPR-001", "民主评议党员评定优秀、合格、基本合格、不合格四个等次",
            "Four grades: excellent, qualified, basically qualified, unqualified",
            Sources.MEMBER_EDUCATION_REGULATIONS, "第十八条", Grade.A).build();
    /** ASM-APPR-002: excellent at most a third of graded members. */
    public static final Rule APPR_EXCELLENT_SHARE = rule("ASM-APPR-002", "评为优秀的党员一般不超过参评党员的三分之一",
            "Excellent at most a third of graded members", Sources.MEMBER_EDUCATION_REGULATIONS,
            "第十八条（官方解读）", Grade.B).parameters(MAX_EXCELLENT_SHARE.name()).build();
    /** ASM-APPR-003: probationary members take part but are not graded. */
    public static final Rule APPR_PROBATIONARY = rule("ASM-APPR-003", "预备党员参加民主评议，但不评定等次",
            "Probationary members take part but are not graded", Sources.MEMBER_EDUCATION_REGULATIONS,
            "第十八条（官方解读）", Grade.B).build();
    /** ASM-APPR-004: an unqualified grade hands the member over to disposal. */
    public static final Rule APPR_DISPOSAL = rule("ASM-APPR-004", "评为不合格的党员按不合格党员组织处置办法处置",
            "An unqualified grade hands the member over to disposal", Sources.DISPOSAL_MEASURES, "第三条",
            Grade.A).build();

    // ---- annual 100-point assessment ----
    /** ASM-ANNU-001: points for completing each target of the responsibility letter. */
    public static final Rule ANNU_COMPLETION = rule("ASM-ANNU-001", "按目标责任书完成情况计分",
            "Points for completing each target of the responsibility letter", Sources.SEED_003,
            "百分考核 目标任务", Grade.S).build();
    /** ASM-ANNU-002: bonus for over-completion. */
    public static final Rule ANNU_BONUS = rule("ASM-ANNU-002", "超额完成目标的加分",
            "Bonus for over-completion", Sources.SEED_003, "百分考核 加分", Grade.S).build();
    /** ASM-ANNU-003: deduction and criticism for shortfall. */
    public static final Rule ANNU_SHORTFALL = rule("ASM-ANNU-003", "未完成目标的扣分并通报批评",
            "Deduction and criticism for shortfall", Sources.SEED_003, "百分考核 扣分和通报", Grade.S).build();
    /** ASM-ANNU-004: ranking and the airing table. */
    public static final Rule ANNU_RANKING = rule("ASM-ANNU-004", "按总分排名并晾晒",
            "Ranking by total and the airing table", Sources.SEED_003, "百分考核 排名晾晒", Grade.S).build();
    /** ASM-ANNU-005: commend the best, criticise the worst and set a deadline to correct. */
    public static final Rule ANNU_ACCEPTANCE = rule("ASM-ANNU-005", "表扬先进、通报后进并限期整改",
            "Commend the best, criticise the worst and set a deadline", Sources.SEED_002, "考核验收", Grade.S)
            .build();

    // ---- priority support ----
    /** ASM-SUPP-001: priority support for well-rated organizations under equal conditions. */
    public static final Rule SUPPORT = rule("ASM-SUPP-001", "评定星级高或获评“双强六好”的，同等条件下优先支持",
            "Priority support under equal conditions for well-rated organizations", Sources.LOCAL_PRACTICE,
            "同等条件下优先支持", Grade.C).parameters(SUPPORT_MIN_STARS.name()).build();

    // ---- venue, staffing, funds ----
    /** ASM-VENUE-001: venues to the “六有” standard. */
    public static final Rule VENUE = rule("ASM-VENUE-001", "党建阵地达到“六有”标准",
            "Venues to the “six haves” standard", Sources.SEED_001, "阵地建设“六有”标准", Grade.S)
            .parameters(VENUE_REQUIRED_ITEMS.name()).build();
    /** ASM-STAFF-001: national-level parks have 3–5 full-time Party staff. */
    public static final Rule STAFF_NATIONAL_PARK = rule("ASM-STAFF-001", "国家级园区配备3至5名专职党务工作者",
            "National-level parks have 3–5 full-time Party staff", Sources.SEED_004, "园区党建", Grade.S)
            .parameters(NATIONAL_PARK_MIN_STAFF.name(), NATIONAL_PARK_MAX_STAFF.name()).build();
    /** ASM-STAFF-002: provincial parks have 2–3 full-time Party staff. */
    public static final Rule STAFF_PROVINCIAL_PARK = rule("ASM-STAFF-002", "省级园区配备2至3名专职党务工作者",
            "Provincial parks have 2–3 full-time Party staff", Sources.SEED_004, "园区党建", Grade.S)
            .parameters(PROVINCIAL_PARK_MIN_STAFF.name(), PROVINCIAL_PARK_MAX_STAFF.name()).build();
    /** ASM-STAFF-003: street general committees have at least one full-time deputy secretary or worker. */
    public static final Rule STAFF_STREET = rule("ASM-STAFF-003", "街道“两新”综合党委至少配备1名专职副书记或专职党务工作者",
            "Street general committees have at least one full-time deputy secretary or worker", Sources.SEED_004,
            "街道综合党委", Grade.S).parameters(STREET_COMMITTEE_MIN_STAFF.name()).build();
    /** ASM-FUND-001: Party-work funds within 1% of annual payroll, deductible before income tax. */
    public static final Rule FUND_PAYROLL = rule("ASM-FUND-001", "非公企业党组织工作经费在职工年度工资薪金总额1%以内税前列支",
            "Party-work funds within 1% of annual payroll, deductible before income tax",
            Sources.PARTY_FUNDS_NOTICE, "工作经费税前列支（条款未核实）", Grade.B).parameters(FUND_PAYROLL_SHARE.name()).build();
    /** ASM-FUND-002: local subsidies (new organization, secretary allowance, instructor subsidy). */
    public static final Rule FUND_SUBSIDY = rule("ASM-FUND-002", "新建党组织一次性补助、书记补贴、指导员补贴按地方标准",
            "Local subsidies: new organization, secretary allowance, instructor subsidy", Sources.LOCAL_PRACTICE,
            "党建经费保障", Grade.C).parameters(NEW_ORGANIZATION_SUBSIDY.name(), SECRETARY_ALLOWANCE.name(),
                    INSTRUCTOR_SUBSIDY.name()).build();

    private static final List<Rule> RULES = List.of(LIFE_GENERAL_MEETING, LIFE_COMMITTEE_MEETING, LIFE_GROUP_MEETING,
            LIFE_PARTY_LECTURE, LIFE_THEME_DAY, LIFE_LIFE_MEETING, LIFE_APPRAISAL, LIFE_QUORUM, LIFE_TALK, WEAK_ANY,
            WEAK_SECRETARY_VACANT, WEAK_TEAM_DISUNITED, WEAK_LIFE_ON_PAPER, WEAK_TERM_OVERDUE,
            WEAK_ELECTIONS_IRREGULAR, WEAK_NO_ADMISSION, WEAK_DUES_UNPAID, WEAK_LAST_RANKED, WEAK_LOW_SATISFACTION,
            WEAK_INFILTRATION, WEAK_PUBLIC_ORDER, CARD_INDICATOR, CARD_TOTAL, CARD_VETO, CARD_GRADE, STAR_BY_BANDS,
            STAR_INNOVATION, STAR_VETO, DSSG, SECRETARY_REVIEW, APPR_GRADES, APPR_EXCELLENT_SHARE, APPR_PROBATIONARY, APPR_DISPOSAL,
            ANNU_COMPLETION, ANNU_BONUS, ANNU_SHORTFALL, ANNU_RANKING, ANNU_ACCEPTANCE, SUPPORT, VENUE,
            STAFF_NATIONAL_PARK, STAFF_PROVINCIAL_PARK, STAFF_STREET, FUND_PAYROLL, FUND_SUBSIDY);

    private static final LocalDate BRANCH_REGS = LocalDate.of(2018, 10, 28);
    private static final LocalDate EDUCATION_REGS = LocalDate.of(2019, 5, 6);

    private static ParameterDefinition<PeriodKind> every(org.dangjian.core.parameter.ParameterKey<PeriodKind> key,
            String zh, String en) {
        return ParameterDefinition.of(key, zh, en);
    }

    private static final List<ParameterDefinition<?>> PARAMETERS = List.of(
            every(GENERAL_MEETING_EVERY, "支部党员大会召开周期", "How often the members' meeting is held")
                    .baseline(BRANCH_REGS, PeriodKind.QUARTER,
                            Citation.of(Sources.BRANCH_REGULATIONS, "第十一条", Grade.A)),
            every(COMMITTEE_MEETING_EVERY, "支部委员会会议召开周期", "How often the branch committee meets")
                    .baseline(BRANCH_REGS, PeriodKind.MONTH,
                            Citation.of(Sources.BRANCH_REGULATIONS, "第十二条", Grade.A)),
            every(GROUP_MEETING_EVERY, "党小组会召开周期", "How often Party groups meet")
                    .baseline(BRANCH_REGS, PeriodKind.MONTH,
                            Citation.of(Sources.BRANCH_REGULATIONS, "第十三条", Grade.A)),
            every(PARTY_LECTURE_EVERY, "党课周期", "How often a Party lecture is given")
                    .baseline(BRANCH_REGS, PeriodKind.YEAR, Citation.of(Sources.BRANCH_REGULATIONS, "第五章", Grade.B)),
            every(THEME_DAY_EVERY, "主题党日周期", "How often the theme Party day is held")
                    .baseline(EDUCATION_REGS, PeriodKind.MONTH,
                            Citation.of(Sources.MEMBER_EDUCATION_REGULATIONS, "第十六条", Grade.A)),
            every(LIFE_MEETING_EVERY, "组织生活会周期", "How often the organizational-life meeting is held")
                    .baseline(BRANCH_REGS, PeriodKind.YEAR,
                            Citation.of(Sources.BRANCH_REGULATIONS, "第十七条", Grade.A)),
            every(APPRAISAL_EVERY, "民主评议党员周期", "How often members are appraised")
                    .baseline(EDUCATION_REGS, PeriodKind.YEAR,
                            Citation.of(Sources.MEMBER_EDUCATION_REGULATIONS, "第十八条", Grade.A)),
            every(TALK_EVERY, "谈心谈话周期", "How often heart-to-heart talks are held")
                    .baseline(BRANCH_REGS, PeriodKind.YEAR, Citation.of(Sources.BRANCH_REGULATIONS, "第五章", Grade.B)),
            ParameterDefinition.of(QUORUM, "会议到会人数须超过应到人数的比例", "Share of those expected to exceed")
                    .requiring(f -> f.isDefined() && f.compareTo(Fraction.ONE) < 0, "a fraction below 1")
                    .baseline(BRANCH_REGS, Fraction.HALF,
                            Citation.of(Sources.BRANCH_REGULATIONS, "第十一条、第十二条", Grade.A)),
            ParameterDefinition.of(SECRETARY_VACANCY_LIMIT, "书记空缺时限（超过即为软弱涣散）",
                    "Longest secretary vacancy").requiring(p -> !p.isZero(), "a positive period"),
            ParameterDefinition.of(NO_ADMISSION_PERIOD, "有培养对象而未发展党员的时限", "Longest time without admission")
                    .requiring(p -> !p.isZero(), "a positive period"),
            ParameterDefinition.of(MIN_SATISFACTION, "群众满意度下限", "Lowest satisfaction")
                    .requiring(r -> r.compareTo(Rate.ONE_HUNDRED_PERCENT) <= 0, "between 0% and 100%"),
            ParameterDefinition.of(BRANCH_TERM, "党支部、党总支任期", "Term of a branch or general branch")
                    .requiring(p -> !p.isZero(), "a positive period")
                    .baseline(LocalDate.of(2018, 1, 1), Period.ofYears(3),
                            Citation.of(Sources.TERM_OPINIONS, "第一部分", Grade.A)),
            ParameterDefinition.of(COMMITTEE_TERM, "基层党委任期", "Term of a primary committee")
                    .requiring(p -> !p.isZero(), "a positive period")
                    .baseline(LocalDate.of(2018, 1, 1), Period.ofYears(5),
                            Citation.of(Sources.TERM_OPINIONS, "第一部分", Grade.A)),
            ParameterDefinition.of(MAX_POSTPONEMENT, "经批准延期换届的最长期限", "Longest approved postponement")
                    .baseline(LocalDate.of(2020, 7, 13), Period.ofYears(1),
                            Citation.of(Sources.ELECTION_REGULATIONS, "第三条", Grade.A)),
            ParameterDefinition.of(AssessmentParameters.STAR_BANDS, "星级评定分数段", "Star bands")
                    .requiring(t -> t.bands().stream().allMatch(b -> b.value() >= 0),
                            "bands of non-negative numbers of stars"),
            ParameterDefinition.of(TOP_STARS_NEED_INNOVATION, "最高星级须有创新项目", "Top stars need innovation"),
            ParameterDefinition.of(REVIEW_GRADE_BANDS, "述职评议考核等次分数段", "Bands of the review grades"),
            ParameterDefinition.of(MAX_EXCELLENT_SHARE, "优秀党员占参评党员的最高比例", "Largest excellent share")
                    .requiring(f -> f.isDefined() && f.compareTo(Fraction.ONE) <= 0, "a fraction up to 1")
                    .baseline(EDUCATION_REGS, Fraction.of(1, 3),
                            Citation.of(Sources.MEMBER_EDUCATION_REGULATIONS, "第十八条（官方解读）", Grade.B)),
            ParameterDefinition.of(SUPPORT_MIN_STARS, "优先支持所需最低星级", "Fewest stars for priority support")
                    .requiring(n -> n >= 1, "at least 1"),
            ParameterDefinition.of(VENUE_REQUIRED_ITEMS, "党建阵地须具备的项目", "Items a venue must have")
                    .requiring(s -> !s.isEmpty(), "at least one item"),
            ParameterDefinition.of(NATIONAL_PARK_MIN_STAFF, "国家级园区专职党务工作者下限", "National park staff, at least")
                    .requiring(n -> n >= 0, "not negative"),
            ParameterDefinition.of(NATIONAL_PARK_MAX_STAFF, "国家级园区专职党务工作者上限", "National park staff, at most")
                    .requiring(n -> n >= 0, "not negative"),
            ParameterDefinition.of(PROVINCIAL_PARK_MIN_STAFF, "省级园区专职党务工作者下限", "Provincial park staff, at least")
                    .requiring(n -> n >= 0, "not negative"),
            ParameterDefinition.of(PROVINCIAL_PARK_MAX_STAFF, "省级园区专职党务工作者上限", "Provincial park staff, at most")
                    .requiring(n -> n >= 0, "not negative"),
            ParameterDefinition.of(STREET_COMMITTEE_MIN_STAFF, "街道综合党委专职副书记或党务工作者下限",
                    "Street committee staff, at least").requiring(n -> n >= 0, "not negative"),
            ParameterDefinition.of(FUND_PAYROLL_SHARE, "党组织工作经费占年度工资总额的比例上限",
                    "Largest share of payroll for Party-work funds")
                    .requiring(r -> r.compareTo(Rate.ONE_HUNDRED_PERCENT) <= 0, "between 0% and 100%")
                    .baseline(LocalDate.of(2014, 1, 1), Rate.percent(1),
                            Citation.of(Sources.PARTY_FUNDS_NOTICE, "工作经费税前列支（条款未核实）", Grade.B)),
            ParameterDefinition.of(NEW_ORGANIZATION_SUBSIDY, "新建党组织一次性补助", "One-off subsidy for a new organization")
                    .requiring(m -> !m.isNegative(), "not negative"),
            ParameterDefinition.of(SECRETARY_ALLOWANCE, "党组织书记年度补贴", "Yearly secretary allowance")
                    .requiring(m -> !m.isNegative(), "not negative"),
            ParameterDefinition.of(INSTRUCTOR_SUBSIDY, "党建指导员年度补贴", "Yearly instructor subsidy")
                    .requiring(m -> !m.isNegative(), "not negative"));

    private static final List<ProfileValues> PROFILES = List.of(
            ProfileValues.of(CITY_FIVE_STAR)
                    .with(AssessmentParameters.STAR_BANDS, STAR_BANDS_TYPE.parse(
                            "[0, 60) 1; [60, 70) 2; [70, 80) 3; [80, 90) 4; [90, +∞) 5"))
                    .with(TOP_STARS_NEED_INNOVATION, true),
            ProfileValues.of(WEAK_AND_LAX_TRIGGERS)
                    .with(SECRETARY_VACANCY_LIMIT, Period.ofMonths(3))
                    .with(NO_ADMISSION_PERIOD, Period.ofYears(2))
                    .with(MIN_SATISFACTION, Rate.percent(60)),
            ProfileValues.of(QUARTERLY_LECTURE).with(PARTY_LECTURE_EVERY, PeriodKind.QUARTER),
            ProfileValues.of(LocalProfile.SEED_001)
                    .with(VENUE_REQUIRED_ITEMS, java.util.Collections.unmodifiableSet(EnumSet.allOf(VenueItem.class))),
            ProfileValues.of(LocalProfile.SEED_004)
                    .with(NATIONAL_PARK_MIN_STAFF, 3).with(NATIONAL_PARK_MAX_STAFF, 5)
                    .with(PROVINCIAL_PARK_MIN_STAFF, 2).with(PROVINCIAL_PARK_MAX_STAFF, 3)
                    .with(STREET_COMMITTEE_MIN_STAFF, 1));

    /** Creates the rule set (used by {@link java.util.ServiceLoader}). */
    public AssessmentRules() {}

    @Override
    public String module() {
        return "assessment";
    }

    @Override
    public List<Rule> rules() {
        return RULES;
    }

    @Override
    public List<ParameterDefinition<?>> parameters() {
        return PARAMETERS;
    }

    @Override
    public List<ProfileValues> profiles() {
        return PROFILES;
    }
}
