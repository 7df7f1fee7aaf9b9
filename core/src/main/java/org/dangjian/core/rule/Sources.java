package org.dangjian.core.rule;

import java.time.LocalDate;
import java.util.List;

/**
 * The documents the SDK's rules cite (../shared/RULES.md, “Sources”).
 */
public final class Sources {
    private Sources() {}

    /** 中国共产党章程 (as amended 2022). */
    public static final Source PARTY_CONSTITUTION = Source.of("党章", "中国共产党章程",
            "中国共产党全国代表大会", null, LocalDate.of(2022, 10, 22));
    /** 中国共产党支部工作条例（试行）. */
    public static final Source BRANCH_REGULATIONS = Source.of("支部条例", "中国共产党支部工作条例（试行）",
            "中共中央", null, LocalDate.of(2018, 10, 28));
    /** 中国共产党发展党员工作细则. */
    public static final Source ADMISSION_RULES = Source.of("发展细则", "中国共产党发展党员工作细则",
            "中共中央办公厅", null, LocalDate.of(2014, 5, 28));
    /** 关于中国共产党党费收缴、使用和管理的规定（中组发〔2008〕3号）. */
    public static final Source DUES_REGULATIONS = Source.of("党费规定", "关于中国共产党党费收缴、使用和管理的规定",
            "中共中央组织部", "中组发〔2008〕3号", LocalDate.of(2008, 4, 1));
    /** 中国共产党党员教育管理工作条例. */
    public static final Source MEMBER_EDUCATION_REGULATIONS = Source.of("教育管理条例",
            "中国共产党党员教育管理工作条例", "中共中央", null, LocalDate.of(2019, 5, 6));
    /** 中国共产党基层组织选举工作条例. */
    public static final Source ELECTION_REGULATIONS = Source.of("选举条例", "中国共产党基层组织选举工作条例",
            "中共中央", null, LocalDate.of(2020, 7, 13));
    /** 关于党的基层组织任期的意见. */
    public static final Source TERM_OPINIONS = Source.of("任期意见", "关于党的基层组织任期的意见",
            "中共中央办公厅", null, LocalDate.of(2018, 1, 1));
    /** 中国共产党党和国家机关基层组织工作条例. */
    public static final Source ORGANS_REGULATIONS = Source.of("机关条例", "中国共产党党和国家机关基层组织工作条例",
            "中共中央", null, LocalDate.of(2019, 12, 11));
    /** 中国共产党不合格党员组织处置办法. */
    public static final Source DISPOSAL_MEASURES = Source.of("处置办法", "中国共产党不合格党员组织处置办法",
            "中共中央办公厅", null, LocalDate.of(2024, 6, 1));
    /** 2019—2023年全国党员教育培训工作规划. */
    public static final Source TRAINING_PLAN = Source.of("培训规划", "2019—2023年全国党员教育培训工作规划",
            "中共中央", null, LocalDate.of(2019, 11, 1));
    /** 关于加强和改进非公有制企业党的建设工作的意见（试行）（中办发〔2012〕11号）. */
    public static final Source NON_PUBLIC_OPINIONS = Source.of("非公意见",
            "关于加强和改进非公有制企业党的建设工作的意见（试行）", "中共中央办公厅", "中办发〔2012〕11号",
            LocalDate.of(2012, 3, 1));
    /** 关于加强社会组织党的建设工作的意见（试行）（中办发〔2015〕51号）. */
    public static final Source SOCIAL_ORGANIZATION_OPINIONS = Source.of("社会组织意见",
            "关于加强社会组织党的建设工作的意见（试行）", "中共中央办公厅", "中办发〔2015〕51号",
            LocalDate.of(2015, 9, 1));
    /** The national survey and campaign wording (“两新”组织党建摸排). */
    public static final Source NATIONAL_CAMPAIGN = Source.of("全国摸排口径", "“两新”组织党建工作全面摸排统计口径",
            "中共中央组织部", null, null);
    /** The 2014 notice on party-building funds of non-public enterprise party organizations. */
    public static final Source PARTY_FUNDS_NOTICE = Source.of("党建经费通知",
            "关于非公有制企业党组织工作经费问题的通知", "中共中央组织部、财政部、国家税务总局", null,
            LocalDate.of(2014, 1, 1));
    /** 党组织书记抓基层党建工作述职评议考核办法. */
    public static final Source SECRETARY_REVIEW_MEASURES = Source.of("述职评议考核办法",
            "党委（党组）书记抓基层党建工作述职评议考核办法（试行）", "中共中央办公厅", null, LocalDate.of(2019, 12, 1));
    /** The central organs' 2017 rule on Party-building instructors. */
    public static final Source INSTRUCTOR_RULES = Source.of("指导员规定", "党建工作指导员选派管理办法",
            "中央和国家机关工委", null, LocalDate.of(2017, 1, 1));
    /** Seed 000: a county's 2022 work points for “两新” Party building (local profile). */
    public static final Source SEED_000 = Source.of("seed 000", "某县2022年“两新”组织党建工作要点",
            "县委“两新”工委", null, LocalDate.of(2022, 1, 1));
    /** Seed 001: a county's standards for “两新” Party-building venues and secretaries (local profile). */
    public static final Source SEED_001 = Source.of("seed 001", "某县“两新”组织党建阵地和书记队伍建设规范",
            "县委“两新”工委", null, LocalDate.of(2022, 1, 1));
    /** Seed 002: a city's work plan for strengthening “两新” Party building (local profile). */
    public static final Source SEED_002 = Source.of("seed 002", "某市加强“两新”组织党建工作实施方案",
            "市委组织部", null, LocalDate.of(2020, 1, 1));
    /** Seed 003: a district's key points of non-public Party building (local profile). */
    public static final Source SEED_003 = Source.of("seed 003", "某区2023年非公有制企业党建工作要点",
            "区委“两新”工委", null, LocalDate.of(2023, 1, 1));
    /** Seed 004: 长沙市两新工委 2022年工作要点 (local profile). */
    public static final Source SEED_004 = Source.of("seed 004", "长沙市两新工委2022年工作要点",
            "中共长沙市委“两新”工委", null, LocalDate.of(2022, 1, 1));
    /** Local practice adopted by one jurisdiction (grade C figures). */
    public static final Source LOCAL_PRACTICE = Source.of("地方实践", "地方党组织工作规范（地方实践）",
            "地方党委组织部", null, null);

    /** 中华人民共和国民法典 (periods: Arts 201–204). */
    public static final Source CIVIL_CODE = Source.of("民法典", "中华人民共和国民法典", "全国人民代表大会", null,
            LocalDate.of(2021, 1, 1));
    /** GB 32100-2015 法人和其他组织统一社会信用代码编码规则. */
    public static final Source GB_32100 = Source.of("GB 32100", "法人和其他组织统一社会信用代码编码规则",
            "国家质量监督检验检疫总局、国家标准化管理委员会", "GB 32100-2015", LocalDate.of(2015, 10, 1));
    /** GB 11643-1999 公民身份号码. */
    public static final Source GB_11643 = Source.of("GB 11643", "公民身份号码", "国家质量技术监督局",
            "GB 11643-1999", LocalDate.of(1999, 7, 1));
    /** GB/T 2260 中华人民共和国行政区划代码. */
    public static final Source GB_T_2260 = Source.of("GB/T 2260", "中华人民共和国行政区划代码",
            "国家市场监督管理总局、国家标准化管理委员会", "GB/T 2260-2007", LocalDate.of(2008, 2, 1));
    /** GB/T 4754-2017 国民经济行业分类. */
    public static final Source GB_T_4754 = Source.of("GB/T 4754", "国民经济行业分类",
            "国家质量监督检验检疫总局、国家标准化管理委员会", "GB/T 4754-2017", LocalDate.of(2017, 10, 1));

    /** @return every source, not null */
    public static List<Source> all() {
        return List.of(PARTY_CONSTITUTION, BRANCH_REGULATIONS, ADMISSION_RULES, DUES_REGULATIONS,
                MEMBER_EDUCATION_REGULATIONS, ELECTION_REGULATIONS, TERM_OPINIONS, ORGANS_REGULATIONS,
                DISPOSAL_MEASURES, TRAINING_PLAN, NON_PUBLIC_OPINIONS, SOCIAL_ORGANIZATION_OPINIONS,
                NATIONAL_CAMPAIGN, PARTY_FUNDS_NOTICE, SECRETARY_REVIEW_MEASURES, INSTRUCTOR_RULES,
                SEED_000, SEED_001, SEED_002, SEED_003, SEED_004, LOCAL_PRACTICE, CIVIL_CODE, GB_32100, GB_11643,
                GB_T_2260, GB_T_4754);
    }
}
