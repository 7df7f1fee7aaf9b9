package org.dangjian.membership;

import static org.dangjian.membership.MembershipParameters.*;

import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.Period;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.dangjian.core.band.BandedTable;
import org.dangjian.core.money.Fraction;
import org.dangjian.core.money.Money;
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
import org.dangjian.membership.dues.BaseAdjustment;
import org.dangjian.membership.transfer.MemberLocation;
import org.dangjian.membership.transfer.TransferAdvice;

/**
 * The membership module's rules, parameters (with their national baselines) and local profiles: admission,
 * dues and arrears, transfers and mobile members, disposal, points and care. Published through
 * {@code META-INF/services/org.dangjian.core.rule.RuleSet}.
 *
 * <p>Every figure comes from ../shared/RULES.md. Grade C figures (publicity days, letter validity, the
 * remittance rate, the farmers' amount) have no national baseline: a rule reading one decides
 * {@code INSUFFICIENT_DATA} until a jurisdiction sets it. Grade S figures ship as the seed profiles.
 */
public final class MembershipRules implements RuleSet {
    /** The bundle the module's reasons render from. */
    public static final String BUNDLE = "org.dangjian.membership.Messages";

    /** A grade-C profile of common local practice: letter validity 10 days in the city, 30 days outside; publicity 7 days. */
    public static final LocalProfile COMMON_LOCAL_PRACTICE = LocalProfile.of("membership-common-practice",
            "组织关系介绍信市内10天、市外30天，发展对象公示7天（地方常见做法）", Sources.LOCAL_PRACTICE);

    private static final LocalDate ADMISSION_RULES_IN_FORCE = LocalDate.of(2014, 5, 28);
    private static final LocalDate DUES_RULES_IN_FORCE = LocalDate.of(2008, 4, 1);
    private static final LocalDate EDUCATION_RULES_IN_FORCE = LocalDate.of(2019, 5, 6);
    private static final LocalDate DISPOSAL_RULES_IN_FORCE = LocalDate.of(2024, 6, 1);

    private static Rule.Builder rule(String id, String zh, String en, Source source, String article, Grade grade) {
        return Rule.builder(id).titles(zh, en).cites(source, article, grade).bundle(BUNDLE);
    }

    // ---- admission ----
    /** MEM-ADM-001: an applicant is at least 18 on the day of the application. */
    public static final Rule ADM_MINIMUM_AGE = rule("MEM-ADM-001", "年满十八岁方可申请入党",
            "An applicant is at least 18 on the day of the application", Sources.PARTY_CONSTITUTION, "第一条", Grade.A)
            .parameters(ADMISSION_MINIMUM_AGE.name()).build();
    /** MEM-ADM-002: the branch talks with the applicant within a month of the application. */
    public static final Rule ADM_TALK = rule("MEM-ADM-002", "收到入党申请书后一个月内派人谈话",
            "A talk with the applicant within one month of the application", Sources.ADMISSION_RULES,
            "第二章（入党申请）", Grade.B).parameters(ADMISSION_TALK_WITHIN.name()).build();
    /** MEM-ADM-003: one or two full members cultivate each activist. */
    public static final Rule ADM_CULTIVATORS = rule("MEM-ADM-003", "指定一至两名正式党员作入党积极分子的培养联系人",
            "One or two full members cultivate each activist", Sources.ADMISSION_RULES,
            "第三章（入党积极分子的确定和培养教育）", Grade.B)
            .parameters(ADMISSION_MIN_CULTIVATORS.name(), ADMISSION_MAX_CULTIVATORS.name()).build();
    /** MEM-ADM-004: activists are assessed every six months. */
    public static final Rule ADM_ASSESSMENTS = rule("MEM-ADM-004", "每半年对入党积极分子进行一次考察",
            "Activists are assessed every six months", Sources.ADMISSION_RULES,
            "第三章（入党积极分子的确定和培养教育）", Grade.B).parameters(ADMISSION_ASSESSMENT_INTERVAL.name()).build();
    /** MEM-ADM-005: at least a year as activist before becoming a development candidate. */
    public static final Rule ADM_ACTIVIST_YEAR = rule("MEM-ADM-005", "经过一年以上培养教育和考察方可列为发展对象",
            "At least one year as an activist before becoming a development candidate", Sources.ADMISSION_RULES,
            "第十三条", Grade.B).parameters(ADMISSION_ACTIVIST_PERIOD.name()).build();
    /** MEM-ADM-006: two full members introduce a candidate; probationary members cannot. */
    public static final Rule ADM_INTRODUCERS = rule("MEM-ADM-006", "要有两名正式党员作入党介绍人",
            "Two full members introduce a candidate; probationary members cannot", Sources.PARTY_CONSTITUTION,
            "第五条", Grade.B).parameters(ADMISSION_INTRODUCERS.name()).build();
    /** MEM-ADM-007: political review with a written conclusion before admission. */
    public static final Rule ADM_POLITICAL_REVIEW = rule("MEM-ADM-007", "对发展对象进行政治审查并形成结论性材料",
            "Political review of the candidate with a written conclusion", Sources.ADMISSION_RULES, "第十六条",
            Grade.B).build();
    /** MEM-ADM-008: the nine-department joint review where a jurisdiction requires it (seed 000). */
    public static final Rule ADM_JOINT_REVIEW = rule("MEM-ADM-008", "发展对象须经“九部门联审”（地方规定）",
            "Nine-department joint review of the candidate where the jurisdiction requires it", Sources.SEED_000,
            "发展党员“九部门联审”", Grade.S).parameters(ADMISSION_JOINT_REVIEW_REQUIRED.name()).build();
    /** MEM-ADM-009: centralised training of at least three days or 24 class hours. */
    public static final Rule ADM_TRAINING = rule("MEM-ADM-009", "发展对象集中培训不少于三天（不少于24个学时）",
            "Centralised training of the candidate: at least 3 days or 24 class hours", Sources.ADMISSION_RULES,
            "第十七条", Grade.B).parameters(ADMISSION_TRAINING_DAYS.name(), ADMISSION_TRAINING_CLASS_HOURS.name())
            .build();
    /** MEM-ADM-010: publicity of the candidate for the local period. */
    public static final Rule ADM_PUBLICITY = rule("MEM-ADM-010", "发展对象公示期限由地方规定",
            "Publicity of the candidate for the period the jurisdiction sets", Sources.LOCAL_PRACTICE,
            "发展对象公示", Grade.C).parameters(ADMISSION_PUBLICITY_DAYS.name()).build();
    /** MEM-ADM-011: the higher committee pre-reviews the candidate before the branch meeting. */
    public static final Rule ADM_PRE_REVIEW = rule("MEM-ADM-011", "支部大会讨论前须经基层党委预审",
            "The higher committee pre-reviews the candidate before the branch meeting", Sources.ADMISSION_RULES,
            "第四章（发展对象的确定和考察）", Grade.B).build();
    /** MEM-ADM-012: a candidate leaving the unit within three months is generally not admitted there. */
    public static final Rule ADM_DEPARTURE = rule("MEM-ADM-012", "三个月内将离开工作单位的发展对象一般不在本单位发展",
            "A candidate leaving the unit within three months is generally not admitted there",
            Sources.ADMISSION_RULES, "第十九条", Grade.B).parameters(ADMISSION_DEPARTURE_WITHIN.name()).build();
    /** MEM-ADM-013: the higher committee approves within three months, six in special cases. */
    public static final Rule ADM_APPROVAL = rule("MEM-ADM-013", "基层党委在三个月内审批，特殊情况可延长至六个月",
            "The higher committee approves within three months of the resolution, six in special cases",
            Sources.ADMISSION_RULES, "第五章（预备党员的接收）", Grade.B)
            .parameters(ADMISSION_APPROVAL_WITHIN.name(), ADMISSION_APPROVAL_WITHIN_SPECIAL.name()).build();
    /** MEM-ADM-014: probation lasts one year from the admission meeting. */
    public static final Rule ADM_PROBATION = rule("MEM-ADM-014", "预备期为一年，从支部大会通过之日算起",
            "Probation lasts one year from the day the branch meeting admits the member",
            Sources.PARTY_CONSTITUTION, "第七条", Grade.A).parameters(ADMISSION_PROBATION.name()).build();
    /** MEM-ADM-015: the conversion meeting is not held before probation expires; approval within three months. */
    public static final Rule ADM_CONVERSION = rule("MEM-ADM-015", "预备期满方可讨论转正，上级党委在三个月内审批",
            "The conversion meeting is held only when probation has expired; approval within three months",
            Sources.ADMISSION_RULES, "第六章（预备党员的教育、考察和转正）", Grade.B)
            .parameters(ADMISSION_CONVERSION_APPROVAL_WITHIN.name()).build();
    /** MEM-ADM-016: probation may be extended once, by six to twelve months. */
    public static final Rule ADM_EXTENSION = rule("MEM-ADM-016", "预备期可以延长一次，时间不少于半年、最长不超过一年",
            "Probation may be extended once, by six to twelve months", Sources.ADMISSION_RULES, "第三十二条", Grade.A)
            .parameters(ADMISSION_EXTENSION_MIN_MONTHS.name(), ADMISSION_EXTENSION_MAX_MONTHS.name()).build();
    /** MEM-ADM-017: the steps happen in their order (five stages, twenty-five steps). */
    public static final Rule ADM_ORDER = rule("MEM-ADM-017", "发展党员五个阶段二十五个步骤按顺序进行",
            "The admission steps happen in their order (five stages, twenty-five steps)", Sources.ADMISSION_RULES,
            "全文（五个阶段、二十五个步骤）", Grade.B).build();

    // ---- meeting votes ----
    /** MEM-VOTE-001: more than half of the members with voting rights expected are present. */
    public static final Rule VOTE_QUORUM_RULE = rule("MEM-VOTE-001", "有表决权的到会人数须超过应到会有表决权人数的半数",
            "More than half of the members with voting rights expected must be present", Sources.BRANCH_REGULATIONS,
            "第十一条", Grade.A).parameters(VOTE_QUORUM.name()).build();
    /** MEM-VOTE-002: the yes votes exceed half of the members with voting rights expected. */
    public static final Rule VOTE_MAJORITY_RULE = rule("MEM-VOTE-002", "赞成人数超过应到会有表决权的正式党员的半数方可通过",
            "Passed only when the yes votes exceed half of the members with voting rights expected (not present)",
            Sources.BRANCH_REGULATIONS, "第十一条", Grade.A).parameters(VOTE_MAJORITY.name()).build();

    // ---- dues ----
    /** MEM-DUES-001: employed members pay by income band, the band's rate on the whole base. */
    public static final Rule DUES_EMPLOYED = rule("MEM-DUES-001", "在职党员按月工资收入分档交纳党费（全额适用所在档比例）",
            "Employed members pay by income band, the band's rate on the whole base", Sources.DUES_REGULATIONS,
            "第二条", Grade.A).parameters(DUES_EMPLOYED_BANDS.name(), DUES_ROUNDING.name()).build();
    /** MEM-DUES-002: the employed base is the regular part of wages after tax. */
    public static final Rule DUES_EMPLOYED_BASE = rule("MEM-DUES-002", "在职党员以税后相对固定的经常性工资收入为党费基数",
            "The employed base is the regular part of wages after personal income tax", Sources.DUES_REGULATIONS,
            "第一条", Grade.A).parameters(DUES_DEDUCT_SOCIAL_CONTRIBUTIONS.name()).build();
    /** MEM-DUES-003: annual-salary earners by the month's pay; self-employed by last quarter's average. */
    public static final Rule DUES_OTHER_BASES = rule("MEM-DUES-003", "年薪制按当月实际收入、个体等按上季度月平均纯收入计算基数",
            "Annual-salary earners by the month's actual pay; the self-employed by last quarter's monthly average",
            Sources.DUES_REGULATIONS, "第三条、第四条", Grade.A).parameters(DUES_ROUNDING.name()).build();
    /** MEM-DUES-004: retired members pay by pension band. */
    public static final Rule DUES_RETIRED = rule("MEM-DUES-004", "离退休党员按月退休费分档交纳党费",
            "Retired members pay by pension band", Sources.DUES_REGULATIONS, "第五条", Grade.A)
            .parameters(DUES_RETIRED_BANDS.name(), DUES_ROUNDING.name()).build();
    /** MEM-DUES-005: farmers pay 0.20 to 1.00 yuan a month, as the branch fixes. */
    public static final Rule DUES_FARMER = rule("MEM-DUES-005", "农民党员每月交纳党费0.2元至1元",
            "Farmers pay 0.20 to 1.00 yuan a month, as the branch fixes", Sources.DUES_REGULATIONS, "第六条",
            Grade.A).parameters(DUES_FARMER_MINIMUM.name(), DUES_FARMER_MAXIMUM.name(), DUES_FARMER_AMOUNT.name())
            .build();
    /** MEM-DUES-006: students, the unemployed, members on relief or minimum living allowance pay 0.20 yuan. */
    public static final Rule DUES_MINIMAL = rule("MEM-DUES-006", "学生、下岗失业、依靠抚恤救济或领取最低生活保障金的党员每月交纳0.2元",
            "Students, the unemployed and members on relief or minimum living allowance pay 0.20 yuan a month",
            Sources.DUES_REGULATIONS, "第六条", Grade.A).parameters(DUES_MINIMAL_AMOUNT.name()).build();
    /** MEM-DUES-007: hardship reduction or exemption, approved by the higher committee. */
    public static final Rule DUES_HARDSHIP = rule("MEM-DUES-007", "生活困难党员经支部讨论、上一级党委批准可少交或免交",
            "Hardship: less or none after the branch discusses and the next-higher committee approves",
            Sources.DUES_REGULATIONS, "第七条", Grade.A).build();
    /** MEM-DUES-008: probationary members pay from the admission meeting. */
    public static final Rule DUES_PROBATIONARY_START = rule("MEM-DUES-008", "预备党员从支部大会通过其为预备党员之日起交纳党费",
            "Probationary members pay from the day the branch meeting admits them", Sources.DUES_REGULATIONS,
            "第八条", Grade.A).build();
    /** MEM-DUES-009: when a new base applies. */
    public static final Rule DUES_BASE_ADJUSTMENT_RULE = rule("MEM-DUES-009", "党员工资收入变化后按新基数交纳党费的起始月份",
            "When a changed income becomes the dues base", Sources.DUES_REGULATIONS, "第十条", Grade.A)
            .parameters(DUES_BASE_ADJUSTMENT.name(), DUES_ANNUAL_REVIEW_MONTH.name()).build();
    /** MEM-DUES-010: voluntary extra dues; a one-off payment of 1000 yuan or more goes to the Central Committee. */
    public static final Rule DUES_VOLUNTARY = rule("MEM-DUES-010", "自愿多交党费不限；一次性自愿多交1000元以上的全部上缴中央",
            "Voluntary extra dues are unlimited; a one-off payment of 1000 yuan or more goes to the Central Committee",
            Sources.DUES_REGULATIONS, "第十一条", Grade.A).parameters(DUES_VOLUNTARY_CENTRAL_THRESHOLD.name()).build();
    /** MEM-DUES-011: dues are exact to the fen, rounded by a declared mode (not set nationally). */
    public static final Rule DUES_ROUNDING_RULE = rule("MEM-DUES-011", "党费计算到分，舍入方式为声明的参数（全国未作规定）",
            "Dues are exact to the fen, rounded by a declared mode (not set nationally)", Sources.LOCAL_PRACTICE,
            "党费计算舍入", Grade.C).parameters(DUES_ROUNDING.name()).build();
    /** MEM-DUES-012: remittance of dues upward by the jurisdiction's ratio. */
    public static final Rule DUES_REMITTANCE = rule("MEM-DUES-012", "党费按地方规定比例向上级党组织上缴",
            "Dues are remitted upward by the ratio the jurisdiction sets", Sources.LOCAL_PRACTICE, "党费上缴比例",
            Grade.C).parameters(DUES_REMITTANCE_RATE.name()).build();

    // ---- arrears ----
    /** MEM-ARR-001: six consecutive months unpaid without good reason is treated as self-withdrawal. */
    public static final Rule ARR_SIX_MONTHS = rule("MEM-ARR-001", "连续六个月不交纳党费视为自行脱党",
            "Six consecutive months unpaid without good reason is treated as self-withdrawal",
            Sources.DUES_REGULATIONS, "第十三条", Grade.A).parameters(ARREARS_SELF_WITHDRAWAL_MONTHS.name()).build();
    /** MEM-ARR-002: dues are paid monthly: expected against paid. */
    public static final Rule ARR_MONTHLY = rule("MEM-ARR-002", "党员应按月交纳党费",
            "Members pay dues every month", Sources.DUES_REGULATIONS, "第十二条", Grade.A).build();
    /** MEM-ARR-003: back payment generally covers at most six months. */
    public static final Rule ARR_BACK_PAYMENT = rule("MEM-ARR-003", "补交党费一般不超过六个月",
            "Back payment generally covers at most six months", Sources.DUES_REGULATIONS, "第十二条", Grade.A)
            .parameters(DUES_BACK_PAYMENT_MONTHS.name()).build();

    // ---- transfers and mobile members ----
    /** MEM-XFER-001: transfer the membership on a change of unit or residence, or after six months away. */
    public static final Rule XFER_WHEN = rule("MEM-XFER-001", "工作单位或居住地变动、外出六个月以上且地点固定的，应转接组织关系",
            "Transfer the membership on a change of unit or residence, or when away six months or more at a fixed place",
            Sources.MEMBER_EDUCATION_REGULATIONS, "第二十五条", Grade.A).parameters(TRANSFER_AWAY_PERIOD.name())
            .build();
    /** MEM-XFER-002: until received, the sending organization stays responsible. */
    public static final Rule XFER_RESPONSIBILITY = rule("MEM-XFER-002", "组织关系接转完成前由转出党组织负责，接收方无正当理由不得拒收",
            "Until received, the sending organization stays responsible; no refusal without cause",
            Sources.MEMBER_EDUCATION_REGULATIONS, "第二十五条", Grade.A).build();
    /** MEM-XFER-003: the transfer letter's validity (local). */
    public static final Rule XFER_LETTER_VALIDITY = rule("MEM-XFER-003", "组织关系介绍信有效期由地方规定，逾期未接收的为逾期",
            "The transfer letter's validity is set locally; a letter not received in time is overdue",
            Sources.LOCAL_PRACTICE, "组织关系介绍信有效期", Grade.C)
            .parameters(TRANSFER_LETTER_VALIDITY_IN_CITY.name(), TRANSFER_LETTER_VALIDITY_OUT_OF_CITY.name())
            .build();
    /** MEM-MOB-001: away six months or more without transfer: the home organization keeps contact. */
    public static final Rule MOB_MOBILE = rule("MEM-MOB-001", "外出六个月以上未转接组织关系的，流出地党组织保持联系，实行“一方隶属、多重管理”",
            "Away six months or more without a transfer: the home organization keeps contact; one home, several hosts",
            Sources.MEMBER_EDUCATION_REGULATIONS, "第三十二条", Grade.A).parameters(TRANSFER_AWAY_PERIOD.name())
            .build();
    /** MEM-MOB-002: a mobile member joins life at the host without a vote there and reports home yearly. */
    public static final Rule MOB_CARD = rule("MEM-MOB-002", "流动党员在流入地参加组织生活、不参加表决，每年至少向流出地党组织汇报一次",
            "A mobile member joins life at the host without a vote there and reports home at least once a year",
            Sources.MEMBER_EDUCATION_REGULATIONS, "第三十二条（流动党员活动证）", Grade.B)
            .parameters(MOBILE_REPORT_INTERVAL.name()).build();
    /** MEM-MOB-003: transfer advice by where the member sits (seed 004). */
    public static final Rule MOB_TRANSFER_ADVICE = rule("MEM-MOB-003", "按党员组织关系所在地分类引导转入（人才中心、原毕业院校应转尽转，市外鼓励转入，本地农村社区征求意见）",
            "Transfer advice by where the member sits: talent centres and former universities must, outside the city encouraged, local rural communities consult",
            Sources.SEED_004, "党员组织关系转接", Grade.S).parameters(MOBILE_TRANSFER_ADVICE.name()).build();
    /** MEM-MOB-004: graduates' membership is held at the university at most two years. */
    public static final Rule MOB_GRADUATES = rule("MEM-MOB-004", "毕业生党员组织关系在高校保留不超过两年",
            "Graduates' membership is held at the university at most two years", Sources.MEMBER_EDUCATION_REGULATIONS,
            "第二十四条", Grade.A).parameters(MOBILE_GRADUATE_RETENTION.name()).build();
    /** MEM-MOB-005: lost contact six months → suspended; two more years → removed. */
    public static final Rule MOB_LOST_CONTACT = rule("MEM-MOB-005", "失去联系六个月以上的停止党籍，停止党籍后两年仍无联系的予以除名",
            "Lost contact six months or more: suspended; still no contact two years later: removed",
            Sources.MEMBER_EDUCATION_REGULATIONS, "第二十四条", Grade.A)
            .parameters(MOBILE_LOST_CONTACT_SUSPENSION.name(), MOBILE_SUSPENSION_REMOVAL.name()).build();

    // ---- disposal ----
    /** MEM-DISP-001: the three measures in order. */
    public static final Rule DISP_ORDER = rule("MEM-DISP-001", "不合格党员按限期改正、劝退、除名的顺序处置",
            "Unqualified members: correction within a deadline, then advice to withdraw, then removal",
            Sources.DISPOSAL_MEASURES, "第三条", Grade.A).build();
    /** MEM-DISP-002: the correction deadline is normally six months, at most a year. */
    public static final Rule DISP_CORRECTION = rule("MEM-DISP-002", "限期改正期限一般为六个月，最长不超过一年",
            "The correction deadline is normally six months, at most one year", Sources.MEMBER_EDUCATION_REGULATIONS,
            "第三十条", Grade.A).parameters(DISPOSAL_CORRECTION_PERIOD.name(), DISPOSAL_CORRECTION_MAXIMUM.name())
            .build();
    /** MEM-DISP-003: no re-admission for five years after advice to withdraw or removal. */
    public static final Rule DISP_READMISSION = rule("MEM-DISP-003", "被劝退或除名的，五年内不得重新入党",
            "No re-admission for five years after advice to withdraw or removal", Sources.DISPOSAL_MEASURES,
            "（劝退、除名人员重新入党）", Grade.B).parameters(DISPOSAL_READMISSION_BAR.name()).build();
    /** MEM-DISP-004: a member already disciplined for the matter is not also disposed of for it. */
    public static final Rule DISP_NO_DOUBLE = rule("MEM-DISP-004", "已因同一问题受到纪律处分的，不再进行组织处置",
            "A member already disciplined for the matter is not also disposed of for it", Sources.DISPOSAL_MEASURES,
            "第四条", Grade.A).build();
    /** MEM-DISP-005: probationary members are not advised to withdraw: extend or cancel instead. */
    public static final Rule DISP_PROBATIONARY = rule("MEM-DISP-005", "预备党员不适用劝退，应延长预备期或取消预备党员资格",
            "Probationary members are not advised to withdraw: extend probation or cancel instead",
            Sources.DISPOSAL_MEASURES, "（官方解读：预备党员的处置）", Grade.B).build();
    /** MEM-DISP-006: six consecutive months without organizational life, dues or assigned work: self-withdrawal. */
    public static final Rule DISP_ABSENCE = rule("MEM-DISP-006", "连续六个月不参加组织生活、不交纳党费或不做党所分配的工作，视为自行脱党，予以除名",
            "Six consecutive months without organizational life, dues or assigned work: self-withdrawal, removal",
            Sources.PARTY_CONSTITUTION, "第九条", Grade.A).parameters(DISPOSAL_ABSENCE_MONTHS.name()).build();

    // ---- points and care ----
    /** MEM-PTS-001: member points by a local scheme of items, points and caps. */
    public static final Rule PTS_SCHEME = rule("MEM-PTS-001", "党员积分按地方积分办法的项目、分值和周期上限累计",
            "Member points by the local scheme's items, points and caps per period", Sources.LOCAL_PRACTICE,
            "党员积分管理", Grade.C).build();
    /** MEM-CARE-001: political birthdays, the anniversaries of admission. */
    public static final Rule CARE_BIRTHDAY = rule("MEM-CARE-001", "党员政治生日为入党（支部大会通过）之日的周年日",
            "A political birthday is the anniversary of the admission meeting", Sources.LOCAL_PRACTICE,
            "党员政治生日", Grade.C).build();
    /** MEM-CARE-002: members in hardship are on the care list. */
    public static final Rule CARE_LIST = rule("MEM-CARE-002", "对生活困难、患病、高龄独居等党员建立关怀帮扶名单",
            "Members in hardship, ill, or elderly and alone are on the care list", Sources.MEMBER_EDUCATION_REGULATIONS,
            "（党员关怀帮扶）", Grade.B).build();

    private static final List<Rule> RULES = List.of(ADM_MINIMUM_AGE, ADM_TALK, ADM_CULTIVATORS, ADM_ASSESSMENTS,
            ADM_ACTIVIST_YEAR, ADM_INTRODUCERS, ADM_POLITICAL_REVIEW, ADM_JOINT_REVIEW, ADM_TRAINING, ADM_PUBLICITY,
            ADM_PRE_REVIEW, ADM_DEPARTURE, ADM_APPROVAL, ADM_PROBATION, ADM_CONVERSION, ADM_EXTENSION, ADM_ORDER,
            VOTE_QUORUM_RULE, VOTE_MAJORITY_RULE,
            DUES_EMPLOYED, DUES_EMPLOYED_BASE, DUES_OTHER_BASES, DUES_RETIRED, DUES_FARMER, DUES_MINIMAL,
            DUES_HARDSHIP, DUES_PROBATIONARY_START, DUES_BASE_ADJUSTMENT_RULE, DUES_VOLUNTARY, DUES_ROUNDING_RULE,
            DUES_REMITTANCE, ARR_SIX_MONTHS, ARR_MONTHLY, ARR_BACK_PAYMENT,
            XFER_WHEN, XFER_RESPONSIBILITY, XFER_LETTER_VALIDITY, MOB_MOBILE, MOB_CARD, MOB_TRANSFER_ADVICE,
            MOB_GRADUATES, MOB_LOST_CONTACT,
            DISP_ORDER, DISP_CORRECTION, DISP_READMISSION, DISP_NO_DOUBLE, DISP_PROBATIONARY, DISP_ABSENCE,
            PTS_SCHEME, CARE_BIRTHDAY, CARE_LIST);

    /** The national dues bands of employed members (党费规定 第二条): {@code [0.00, 3000.00] 0.5%; …}. */
    public static final BandedTable<Money, Rate> NATIONAL_EMPLOYED_BANDS = DUES_EMPLOYED_BANDS.type()
            .parse("[0.00, 3000.00] 0.5%; (3000.00, 5000.00] 1%; (5000.00, 10000.00] 1.5%; (10000.00, +∞) 2%");
    /** The national dues bands of retired members (党费规定 第五条). */
    public static final BandedTable<Money, Rate> NATIONAL_RETIRED_BANDS = DUES_RETIRED_BANDS.type()
            .parse("[0.00, 5000.00] 0.5%; (5000.00, +∞) 1%");

    private static Citation cite(Source s, String article, Grade g) {
        return Citation.of(s, article, g);
    }

    private static ParameterDefinition<Period> period(org.dangjian.core.parameter.ParameterKey<Period> key,
            String zh, String en) {
        return ParameterDefinition.of(key, zh, en).requiring(p -> !p.isNegative() && !p.isZero(), "a positive period");
    }

    private static final List<ParameterDefinition<?>> PARAMETERS = List.of(
            ParameterDefinition.of(ADMISSION_MINIMUM_AGE, "申请入党最低年龄", "Minimum age on application")
                    .requiring(n -> n >= 14 && n <= 30, "between 14 and 30")
                    .baseline(ADMISSION_RULES_IN_FORCE, 18, cite(Sources.PARTY_CONSTITUTION, "第一条", Grade.A)),
            period(ADMISSION_TALK_WITHIN, "收到入党申请后谈话期限", "Talk with the applicant within")
                    .baseline(ADMISSION_RULES_IN_FORCE, Period.ofMonths(1),
                            cite(Sources.ADMISSION_RULES, "第二章（入党申请）", Grade.B)),
            ParameterDefinition.of(ADMISSION_MIN_CULTIVATORS, "培养联系人最少人数", "Fewest cultivators")
                    .requiring(n -> n >= 1, "at least 1")
                    .baseline(ADMISSION_RULES_IN_FORCE, 1, cite(Sources.ADMISSION_RULES, "第三章", Grade.B)),
            ParameterDefinition.of(ADMISSION_MAX_CULTIVATORS, "培养联系人最多人数", "Most cultivators")
                    .requiring(n -> n >= 1, "at least 1")
                    .baseline(ADMISSION_RULES_IN_FORCE, 2, cite(Sources.ADMISSION_RULES, "第三章", Grade.B)),
            period(ADMISSION_ASSESSMENT_INTERVAL, "入党积极分子考察间隔", "Interval between activist assessments")
                    .baseline(ADMISSION_RULES_IN_FORCE, Period.ofMonths(6),
                            cite(Sources.ADMISSION_RULES, "第三章", Grade.B)),
            period(ADMISSION_ACTIVIST_PERIOD, "入党积极分子最短培养期", "Shortest time as activist")
                    .baseline(ADMISSION_RULES_IN_FORCE, Period.ofYears(1),
                            cite(Sources.ADMISSION_RULES, "第十三条", Grade.B)),
            ParameterDefinition.of(ADMISSION_INTRODUCERS, "入党介绍人人数", "Introducers (full members)")
                    .requiring(n -> n >= 1, "at least 1")
                    .baseline(ADMISSION_RULES_IN_FORCE, 2, cite(Sources.PARTY_CONSTITUTION, "第五条", Grade.B)),
            ParameterDefinition.of(ADMISSION_JOINT_REVIEW_REQUIRED, "是否要求“九部门联审”",
                    "Whether the nine-department joint review is required")
                    .baseline(ADMISSION_RULES_IN_FORCE, false,
                            cite(Sources.ADMISSION_RULES, "第十六条（全国仅要求政治审查）", Grade.B)),
            ParameterDefinition.of(ADMISSION_TRAINING_DAYS, "集中培训最少天数", "Fewest days of centralised training")
                    .requiring(n -> n >= 1, "at least 1")
                    .baseline(ADMISSION_RULES_IN_FORCE, 3, cite(Sources.ADMISSION_RULES, "第十七条", Grade.B)),
            ParameterDefinition.of(ADMISSION_TRAINING_CLASS_HOURS, "集中培训最少学时",
                    "Fewest class hours of centralised training")
                    .requiring(n -> n >= 1, "at least 1")
                    .baseline(ADMISSION_RULES_IN_FORCE, 24, cite(Sources.ADMISSION_RULES, "第十七条", Grade.B)),
            ParameterDefinition.of(ADMISSION_PUBLICITY_DAYS, "发展对象公示天数", "Days of publicity of the candidate")
                    .requiring(n -> n >= 1 && n <= 30, "between 1 and 30"),
            period(ADMISSION_DEPARTURE_WITHIN, "即将离开单位的期限", "Leaving the unit within")
                    .baseline(ADMISSION_RULES_IN_FORCE, Period.ofMonths(3),
                            cite(Sources.ADMISSION_RULES, "第十九条", Grade.B)),
            ParameterDefinition.of(VOTE_QUORUM, "支部大会到会人数须超过的比例", "Quorum: share of voters expected to exceed")
                    .requiring(f -> f.compareTo(Fraction.ZERO) >= 0 && f.compareTo(Fraction.ONE) < 0, "in [0, 1)")
                    .baseline(ADMISSION_RULES_IN_FORCE, Fraction.HALF,
                            cite(Sources.ADMISSION_RULES, "第五章（支部大会讨论）", Grade.A)),
            ParameterDefinition.of(VOTE_MAJORITY, "赞成人数须超过应到会有表决权人数的比例",
                    "Majority: share of voters expected the yes votes must exceed")
                    .requiring(f -> f.compareTo(Fraction.ZERO) >= 0 && f.compareTo(Fraction.ONE) < 0, "in [0, 1)")
                    .baseline(ADMISSION_RULES_IN_FORCE, Fraction.HALF,
                            cite(Sources.ADMISSION_RULES, "第五章（支部大会讨论）", Grade.A)),
            period(ADMISSION_APPROVAL_WITHIN, "接收预备党员审批期限", "Approval of admission within")
                    .baseline(ADMISSION_RULES_IN_FORCE, Period.ofMonths(3),
                            cite(Sources.ADMISSION_RULES, "第五章", Grade.B)),
            period(ADMISSION_APPROVAL_WITHIN_SPECIAL, "特殊情况审批期限", "Approval within, special cases")
                    .baseline(ADMISSION_RULES_IN_FORCE, Period.ofMonths(6),
                            cite(Sources.ADMISSION_RULES, "第五章", Grade.B)),
            period(ADMISSION_PROBATION, "预备期", "Probation")
                    .baseline(ADMISSION_RULES_IN_FORCE, Period.ofYears(1),
                            cite(Sources.PARTY_CONSTITUTION, "第七条", Grade.A)),
            ParameterDefinition.of(ADMISSION_EXTENSION_MIN_MONTHS, "延长预备期最短月数", "Shortest extension in months")
                    .requiring(n -> n >= 1, "at least 1")
                    .baseline(ADMISSION_RULES_IN_FORCE, 6, cite(Sources.ADMISSION_RULES, "第三十二条", Grade.A)),
            ParameterDefinition.of(ADMISSION_EXTENSION_MAX_MONTHS, "延长预备期最长月数", "Longest extension in months")
                    .requiring(n -> n >= 1, "at least 1")
                    .baseline(ADMISSION_RULES_IN_FORCE, 12, cite(Sources.ADMISSION_RULES, "第三十二条", Grade.A)),
            period(ADMISSION_CONVERSION_APPROVAL_WITHIN, "转正审批期限", "Approval of conversion within")
                    .baseline(ADMISSION_RULES_IN_FORCE, Period.ofMonths(3),
                            cite(Sources.ADMISSION_RULES, "第六章", Grade.B)),

            ParameterDefinition.of(DUES_EMPLOYED_BANDS, "在职党员党费分档比例", "Dues bands of employed members")
                    .baseline(DUES_RULES_IN_FORCE, NATIONAL_EMPLOYED_BANDS,
                            cite(Sources.DUES_REGULATIONS, "第二条", Grade.A)),
            ParameterDefinition.of(DUES_RETIRED_BANDS, "离退休党员党费分档比例", "Dues bands of retired members")
                    .baseline(DUES_RULES_IN_FORCE, NATIONAL_RETIRED_BANDS,
                            cite(Sources.DUES_REGULATIONS, "第五条", Grade.A)),
            ParameterDefinition.of(DUES_ROUNDING, "党费计算舍入方式", "Rounding of dues to the fen")
                    .requiring(m -> m != RoundingMode.UNNECESSARY, "a rounding mode other than UNNECESSARY")
                    .baseline(DUES_RULES_IN_FORCE, RoundingMode.HALF_UP,
                            cite(Sources.LOCAL_PRACTICE, "全国未规定：本SDK约定到分、四舍五入", Grade.C)),
            ParameterDefinition.of(DUES_DEDUCT_SOCIAL_CONTRIBUTIONS, "党费基数是否扣除个人缴纳的社会保险费和住房公积金",
                    "Whether the base excludes personal social insurance and housing fund contributions"),
            ParameterDefinition.of(DUES_FARMER_MINIMUM, "农民党员月党费下限", "Farmers' monthly dues, lowest")
                    .requiring(m -> !m.isNegative(), "not negative")
                    .baseline(DUES_RULES_IN_FORCE, Money.parse("0.20"), cite(Sources.DUES_REGULATIONS, "第六条", Grade.A)),
            ParameterDefinition.of(DUES_FARMER_MAXIMUM, "农民党员月党费上限", "Farmers' monthly dues, highest")
                    .requiring(m -> !m.isNegative(), "not negative")
                    .baseline(DUES_RULES_IN_FORCE, Money.parse("1.00"), cite(Sources.DUES_REGULATIONS, "第六条", Grade.A)),
            ParameterDefinition.of(DUES_FARMER_AMOUNT, "农民党员月党费（党支部确定）", "Farmers' monthly dues as the branch fixes")
                    .requiring(m -> !m.isNegative(), "not negative"),
            ParameterDefinition.of(DUES_MINIMAL_AMOUNT, "学生等党员月党费", "Monthly dues of students and members without income")
                    .requiring(m -> !m.isNegative(), "not negative")
                    .baseline(DUES_RULES_IN_FORCE, Money.parse("0.20"), cite(Sources.DUES_REGULATIONS, "第六条", Grade.A)),
            ParameterDefinition.of(DUES_BASE_ADJUSTMENT, "党费基数调整方式", "When a changed income becomes the base")
                    .baseline(DUES_RULES_IN_FORCE, BaseAdjustment.MONTH_FIRST_PAID,
                            cite(Sources.DUES_REGULATIONS, "第十条", Grade.A)),
            ParameterDefinition.of(DUES_ANNUAL_REVIEW_MONTH, "每年核定党费基数的月份", "Month of the yearly base review")
                    .requiring(n -> n >= 1 && n <= 12, "between 1 and 12"),
            ParameterDefinition.of(DUES_VOLUNTARY_CENTRAL_THRESHOLD, "一次性自愿多交党费全部上缴中央的起点",
                    "One-off voluntary payment that goes entirely to the Central Committee, from")
                    .requiring(Money::isPositive, "positive")
                    .baseline(DUES_RULES_IN_FORCE, Money.parse("1000.00"), cite(Sources.DUES_REGULATIONS, "第十一条", Grade.A)),
            ParameterDefinition.of(DUES_BACK_PAYMENT_MONTHS, "补交党费一般不超过的月数", "Months of back payment, at most")
                    .requiring(n -> n >= 1, "at least 1")
                    .baseline(DUES_RULES_IN_FORCE, 6, cite(Sources.DUES_REGULATIONS, "第十二条", Grade.A)),
            ParameterDefinition.of(DUES_REMITTANCE_RATE, "党费上缴比例", "Share of dues remitted upward")
                    .requiring(r -> r.compareTo(Rate.ONE_HUNDRED_PERCENT) <= 0, "at most 100%"),
            ParameterDefinition.of(ARREARS_SELF_WITHDRAWAL_MONTHS, "连续不交纳党费视为自行脱党的月数",
                    "Consecutive unpaid months treated as self-withdrawal")
                    .requiring(n -> n >= 1, "at least 1")
                    .baseline(DUES_RULES_IN_FORCE, 6, cite(Sources.DUES_REGULATIONS, "第十三条", Grade.A)),

            period(TRANSFER_AWAY_PERIOD, "外出须转接组织关系的期间", "Away this long at a fixed place: transfer")
                    .baseline(EDUCATION_RULES_IN_FORCE, Period.ofMonths(6),
                            cite(Sources.MEMBER_EDUCATION_REGULATIONS, "第二十五条", Grade.A)),
            period(TRANSFER_LETTER_VALIDITY_IN_CITY, "市内介绍信有效期", "Letter validity within the city")
                    .requiring(p -> !p.isNegative() && p.toTotalMonths() * 31 + p.getDays() <= 93, "at most 3 months"),
            period(TRANSFER_LETTER_VALIDITY_OUT_OF_CITY, "市外介绍信有效期", "Letter validity outside the city")
                    .requiring(p -> !p.isNegative() && p.toTotalMonths() * 31 + p.getDays() <= 93, "at most 3 months"),
            period(MOBILE_REPORT_INTERVAL, "流动党员向流出地党组织汇报的最长间隔", "Mobile members report home at least every")
                    .baseline(EDUCATION_RULES_IN_FORCE, Period.ofYears(1),
                            cite(Sources.MEMBER_EDUCATION_REGULATIONS, "第三十二条（流动党员活动证）", Grade.B)),
            period(MOBILE_GRADUATE_RETENTION, "毕业生组织关系在高校保留期限", "Graduates' membership held at the university for")
                    .baseline(EDUCATION_RULES_IN_FORCE, Period.ofYears(2),
                            cite(Sources.MEMBER_EDUCATION_REGULATIONS, "第二十四条", Grade.A)),
            period(MOBILE_LOST_CONTACT_SUSPENSION, "失去联系停止党籍的期间", "Lost contact this long: suspended")
                    .baseline(EDUCATION_RULES_IN_FORCE, Period.ofMonths(6),
                            cite(Sources.MEMBER_EDUCATION_REGULATIONS, "第二十四条", Grade.A)),
            period(MOBILE_SUSPENSION_REMOVAL, "停止党籍后予以除名的期间", "Suspended this long without contact: removed")
                    .baseline(EDUCATION_RULES_IN_FORCE, Period.ofYears(2),
                            cite(Sources.MEMBER_EDUCATION_REGULATIONS, "第二十四条", Grade.A)),
            ParameterDefinition.of(MOBILE_TRANSFER_ADVICE, "按所在地的组织关系转接建议", "Transfer advice by location"),

            period(DISPOSAL_CORRECTION_PERIOD, "限期改正一般期限", "Correction deadline, normally")
                    .baseline(EDUCATION_RULES_IN_FORCE, Period.ofMonths(6),
                            cite(Sources.MEMBER_EDUCATION_REGULATIONS, "第三十条", Grade.A)),
            period(DISPOSAL_CORRECTION_MAXIMUM, "限期改正最长期限", "Correction deadline, at most")
                    .baseline(EDUCATION_RULES_IN_FORCE, Period.ofMonths(12),
                            cite(Sources.MEMBER_EDUCATION_REGULATIONS, "第三十条", Grade.A)),
            period(DISPOSAL_READMISSION_BAR, "劝退、除名后不得重新入党的期间", "No re-admission for")
                    .baseline(DISPOSAL_RULES_IN_FORCE, Period.ofYears(5),
                            cite(Sources.DISPOSAL_MEASURES, "（劝退、除名人员重新入党）", Grade.B)),
            ParameterDefinition.of(DISPOSAL_ABSENCE_MONTHS, "视为自行脱党的连续月数", "Consecutive months of absence: self-withdrawal")
                    .requiring(n -> n >= 1, "at least 1")
                    .baseline(DUES_RULES_IN_FORCE, 6, cite(Sources.PARTY_CONSTITUTION, "第九条", Grade.A)));

    private static Map<MemberLocation, TransferAdvice> seed004Advice() {
        EnumMap<MemberLocation, TransferAdvice> m = new EnumMap<>(MemberLocation.class);
        m.put(MemberLocation.TALENT_EXCHANGE_CENTRE, TransferAdvice.MUST_TRANSFER);
        m.put(MemberLocation.FORMER_UNIVERSITY, TransferAdvice.MUST_TRANSFER);
        m.put(MemberLocation.OUTSIDE_CITY, TransferAdvice.ENCOURAGED);
        m.put(MemberLocation.LOCAL_RURAL_COMMUNITY, TransferAdvice.CONSULT);
        return java.util.Collections.unmodifiableMap(m);
    }

    private static final List<ProfileValues> PROFILES = List.of(
            ProfileValues.of(LocalProfile.SEED_000).with(ADMISSION_JOINT_REVIEW_REQUIRED, true),
            ProfileValues.of(LocalProfile.SEED_004).with(MOBILE_TRANSFER_ADVICE, seed004Advice()),
            ProfileValues.of(COMMON_LOCAL_PRACTICE)
                    .with(TRANSFER_LETTER_VALIDITY_IN_CITY, Period.ofDays(10))
                    .with(TRANSFER_LETTER_VALIDITY_OUT_OF_CITY, Period.ofDays(30))
                    .with(ADMISSION_PUBLICITY_DAYS, 7));

    /** Creates the rule set (used by {@link java.util.ServiceLoader}). */
    public MembershipRules() {}

    @Override
    public String module() {
        return "membership";
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
