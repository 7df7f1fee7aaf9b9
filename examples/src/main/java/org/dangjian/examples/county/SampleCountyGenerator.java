package org.dangjian.examples.county;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.IntConsumer;
import org.dangjian.core.code.CreditCode;
import org.dangjian.core.code.Industry;
import org.dangjian.core.code.Jurisdiction;
import org.dangjian.core.money.Money;
import org.dangjian.core.organization.FormationMethod;
import org.dangjian.core.organization.Host;
import org.dangjian.core.organization.HostKind;
import org.dangjian.core.organization.HostLevel;
import org.dangjian.core.organization.MassOrganization;
import org.dangjian.core.organization.NewOrganization;
import org.dangjian.core.organization.OperatingStatus;
import org.dangjian.core.organization.OrganizationKind;
import org.dangjian.core.organization.OrganizationSubKind;
import org.dangjian.core.organization.PartyOrganization;
import org.dangjian.core.organization.PartyOrganizationLevel;
import org.dangjian.core.organization.RegistrationLevel;

/**
 * Generates a sample county from a seed: the same seed and size give the same county on every machine.
 *
 * <pre>{@code
 * SampleCounty county = SampleCountyGenerator.generate(2026L, 5_000);
 * }</pre>
 *
 * <p>The county is 430102 长沙市芙蓉区 (GB/T 2260); its thirteen township codes and names are made up. Head counts
 * are log-normal (most units are small, a few are large); members, hosts and Party organizations follow the
 * patterns of the seed documents: standalone formation at three or more full members, joint branches of at most
 * five units, building, park, market, business-district, industry-wide, platform, lead-enterprise, affiliated,
 * dispatched and fallback formation. A few records are wrong on purpose (a joint branch over five units, a
 * branch of seven or more full members without a committee, an expired term, a vacant secretary post) so the
 * rules have something to find.
 */
public final class SampleCountyGenerator {
    /** The county: 长沙市芙蓉区. */
    public static final Jurisdiction COUNTY = Jurisdiction.of("430102");
    /** The county's name. */
    public static final String COUNTY_NAME = "长沙市芙蓉区";
    /** The report year. */
    public static final int YEAR = 2025;
    /** The default number of organizations. */
    public static final int DEFAULT_ORGANIZATIONS = 5_000;
    /** The largest county the generator makes. */
    public static final int MAX_ORGANIZATIONS = 1_000_000;

    private static final String[] TOWNSHIP_NAMES = {"东风路街道", "芙蓉北街道", "晓园街道", "湘江东街道", "蓉园街道",
        "桂花坪街道", "新城街道", "花园岭街道", "月湖街道", "锦泰街道", "浏阳河街道", "清水塘街道", "荷塘街道"};
    private static final String[] PLACE = {"芙蓉", "湘江", "星城", "麓山", "橘洲", "蓉城", "浏阳河", "三湘", "楚天", "潇湘",
        "长岛", "东塘", "韶山", "洞庭", "岳麓", "天心", "雨花", "开福", "望城", "金霞"};
    private static final String[] WORD = {"科技", "商贸", "物流", "电子", "信息", "文化", "传媒", "建筑", "餐饮", "医药",
        "食品", "机械", "新材料", "能源", "环保", "咨询", "网络", "教育", "旅游", "汽车服务"};
    private static final String[] CHAINS = {"新能源汽车产业链", "工程机械产业链", "电子信息产业链", "生物医药产业链", "现代物流产业链"};

    private SampleCountyGenerator() {}

    /**
     * Generates a county.
     *
     * @param seed the seed
     * @param organizations how many new organizations, 13 to {@value #MAX_ORGANIZATIONS}
     * @return the county, not null
     * @throws IllegalArgumentException when the size is out of range
     */
    public static SampleCounty generate(long seed, int organizations) {
        return generate(seed, organizations, step -> { });
    }

    /**
     * Generates a county, reporting progress.
     *
     * @param seed the seed
     * @param organizations how many new organizations, 13 to {@value #MAX_ORGANIZATIONS}
     * @param progress told the number of organizations done so far, now and then, not null
     * @return the county, not null
     * @throws IllegalArgumentException when the size is out of range
     */
    public static SampleCounty generate(long seed, int organizations, IntConsumer progress) {
        if (organizations < OrganizationSubKind.values().length || organizations > MAX_ORGANIZATIONS) {
            throw new IllegalArgumentException("organizations must be between " + OrganizationSubKind.values().length
                    + " (one of each sub-kind) and " + MAX_ORGANIZATIONS + ", not " + organizations);
        }
        return new Run(seed, organizations, progress).run();
    }

    /** A unit under construction: the facts decided before the immutable organization is built. */
    private static final class Draft {
        CreditCode code;
        String name;
        OrganizationSubKind subKind;
        Township township;
        Industry industry;
        int headCount;
        int fullMembers;
        int probationary;
        OperatingStatus status;
        Host host;
        String chain;
        Set<MassOrganization> mass = EnumSet.noneOf(MassOrganization.class);
        boolean principalMember;
        boolean decoupled;
        LocalDate registeredOn;
        Money revenue;
        RegistrationLevel registrationLevel;
        boolean covered;
        boolean instructor;
        boolean liaison;

        boolean operating() {
            return status == OperatingStatus.OPERATING;
        }

        OrganizationKind kind() {
            return subKind.kind();
        }
    }

    private static final class Run {
        private final long seed;
        private final int size;
        private final IntConsumer progress;
        private final Draws draws;
        private final List<Township> townships = new ArrayList<>();
        private final List<Host> hosts = new ArrayList<>();
        private final Map<Township, List<Host>> hostsByTownship = new LinkedHashMap<>();
        private final List<Draft> drafts = new ArrayList<>();
        private final List<PartyOrganization> partyOrganizations = new ArrayList<>();
        private final Set<CreditCode> codes = new HashSet<>();
        private int partyOrganizationNumber;

        Run(long seed, int size, IntConsumer progress) {
            this.seed = seed;
            this.size = size;
            this.progress = progress;
            this.draws = new Draws(Draws.mix(seed, "county"));
        }

        SampleCounty run() {
            townships();
            hosts();
            double[] townshipWeights = new double[townships.size()];
            for (int i = 0; i < townshipWeights.length; i++) {
                townshipWeights[i] = 0.4 + draws.nextDouble();
            }
            for (int i = 0; i < size; i++) {
                drafts.add(organization(i, townshipWeights));
                if ((i + 1) % 10_000 == 0) {
                    progress.accept(i + 1);
                }
            }
            formStandalone();
            formByHost();
            formByIndustry();
            formByChainAndPlatform();
            formJointAndFallback();
            List<SampleInstructor> instructors = instructors();
            List<NewOrganization> organizations = new ArrayList<>(drafts.size());
            Map<CreditCode, NewOrganization> byCode = new HashMap<>(drafts.size() * 2);
            for (Draft d : drafts) {
                NewOrganization o = build(d);
                organizations.add(o);
                byCode.put(o.getCreditCode(), o);
            }
            progress.accept(size);
            return new SampleCounty(seed, COUNTY, COUNTY_NAME, YEAR, townships, hosts, organizations,
                    partyOrganizations, instructors, byCode);
        }

        private void townships() {
            for (int i = 0; i < TOWNSHIP_NAMES.length; i++) {
                Township t = new Township(Jurisdiction.of(COUNTY.code() + String.format(java.util.Locale.ROOT, "%03d", i + 1)),
                        TOWNSHIP_NAMES[i]);
                townships.add(t);
                hostsByTownship.put(t, new ArrayList<>());
            }
        }

        private void hosts() {
            int parks = Math.max(3, size / 1_500);
            int buildings = Math.max(8, size / 120);
            int districts = Math.max(2, size / 2_000);
            int markets = Math.max(3, size / 800);
            addHosts(HostKind.INDUSTRIAL_PARK, parks, "P", new String[] {"科技园", "产业园", "创业园", "电商产业园"});
            addHosts(HostKind.OFFICE_BUILDING, buildings, "B", new String[] {"大厦", "国际中心", "商务楼", "金融中心"});
            addHosts(HostKind.BUSINESS_DISTRICT, districts, "D", new String[] {"商圈", "步行街商圈"});
            addHosts(HostKind.SPECIALISED_MARKET, markets, "M", new String[] {"大市场", "批发市场", "建材市场"});
        }

        private void addHosts(HostKind kind, int count, String prefix, String[] suffixes) {
            for (int i = 0; i < count; i++) {
                Township t = townships.get(i % townships.size());
                String name = PLACE[draws.nextInt(PLACE.length)] + suffixes[draws.nextInt(suffixes.length)]
                        + (i >= townships.size() ? (i / townships.size() + 1) + "期" : "");
                Host h = Host.of(COUNTY.code() + "-" + prefix + String.format(java.util.Locale.ROOT, "%04d", i + 1), name,
                        kind, t.code());
                if (kind == HostKind.INDUSTRIAL_PARK) {
                    h = h.withLevel(i == 0 ? HostLevel.NATIONAL : i < 3 ? HostLevel.PROVINCIAL : HostLevel.LOCAL);
                }
                hosts.add(h);
                hostsByTownship.get(t).add(h);
            }
        }

        private static final double[] SUB_KIND_WEIGHTS = {
            // PRIVATE_ENTERPRISE, FOREIGN_INVESTED, INDIVIDUAL_BUSINESS, PLATFORM_ENTERPRISE,
            55, 3, 20, 0.5,
            // SOCIAL_GROUP, SOCIAL_SERVICE_AGENCY, FOUNDATION, TRADE_ASSOCIATION,
            5, 6, 0.5, 2,
            // LAW_FIRM, ACCOUNTING_FIRM, TAX_FIRM, PRIVATE_SCHOOL, PRIVATE_HOSPITAL
            2, 1.5, 1, 2, 1.5};

        private Draft organization(int index, double[] townshipWeights) {
            Draft d = new Draft();
            OrganizationSubKind[] kinds = OrganizationSubKind.values();
            // the first thirteen units are one of each sub-kind, so even a small county shows every kind
            d.subKind = index < kinds.length ? kinds[index] : kinds[draws.weighted(SUB_KIND_WEIGHTS)];
            d.township = townships.get(draws.weighted(townshipWeights));
            d.industry = industry(d.subKind);
            d.headCount = headCount(d.subKind);
            double memberRate = memberRate(d.subKind) * (0.2 + 1.6 * draws.nextDouble());
            d.fullMembers = d.subKind == OrganizationSubKind.INDIVIDUAL_BUSINESS && draws.chance(0.85) ? 0
                    : draws.binomial(d.headCount, memberRate);
            d.probationary = d.fullMembers > 0 && d.fullMembers < d.headCount && draws.chance(0.15) ? 1 : 0;
            double s = draws.nextDouble();
            d.status = s < 0.93 ? OperatingStatus.OPERATING : s < 0.98 ? OperatingStatus.SUSPENDED
                    : OperatingStatus.DEREGISTERED;
            d.code = uniqueCode(d.subKind);
            d.name = name(d.subKind, d.industry);
            List<Host> local = hostsByTownship.get(d.township);
            double hosted = d.kind() == OrganizationKind.NON_PUBLIC_ENTERPRISE ? 0.35 : 0.15;
            if (d.subKind != OrganizationSubKind.PLATFORM_ENTERPRISE && !local.isEmpty() && draws.chance(hosted)) {
                d.host = draws.pick(local);
            }
            if ((d.industry == Industry.C || d.industry == Industry.I || d.industry == Industry.G)
                    && d.kind() == OrganizationKind.NON_PUBLIC_ENTERPRISE && draws.chance(0.2)) {
                d.chain = CHAINS[draws.nextInt(CHAINS.length)];
            }
            if (d.headCount >= 25 && draws.chance(0.6)) {
                d.mass.add(MassOrganization.TRADE_UNION);
            }
            if (d.headCount >= 50 && draws.chance(0.25)) {
                d.mass.add(MassOrganization.YOUTH_LEAGUE);
            }
            if (d.headCount >= 50 && draws.chance(0.15)) {
                d.mass.add(MassOrganization.WOMENS_FEDERATION);
            }
            d.principalMember = d.fullMembers > 0 && draws.chance(0.12);
            d.decoupled = d.subKind == OrganizationSubKind.TRADE_ASSOCIATION && draws.chance(0.85);
            // most units are young: registration dates lean towards recent years; some registered this year
            int age = (int) StrictMath.floor(StrictMath.pow(draws.nextDouble(), 1.3) * 28);
            d.registeredOn = draws.dateBetween(LocalDate.of(YEAR - age, 1, 1), LocalDate.of(YEAR - age, 12, 31));
            if (d.kind() == OrganizationKind.NON_PUBLIC_ENTERPRISE) {
                d.revenue = Money.ofYuan((long) d.headCount * draws.between(150_000, 600_000));
            } else {
                double r = draws.nextDouble();
                d.registrationLevel = r < 0.85 ? RegistrationLevel.COUNTY : r < 0.96 ? RegistrationLevel.MUNICIPAL
                        : RegistrationLevel.PROVINCIAL;
            }
            return d;
        }

        private Industry industry(OrganizationSubKind k) {
            switch (k) {
                case PRIVATE_ENTERPRISE:
                case FOREIGN_INVESTED:
                case INDIVIDUAL_BUSINESS: {
                    Industry[] s = {Industry.C, Industry.F, Industry.I, Industry.L, Industry.M, Industry.H, Industry.E,
                        Industry.G, Industry.K, Industry.O, Industry.R, Industry.J};
                    double[] w = k == OrganizationSubKind.INDIVIDUAL_BUSINESS
                            ? new double[] {3, 45, 2, 3, 1, 25, 2, 5, 1, 12, 1, 0}
                            : new double[] {15, 25, 10, 10, 8, 8, 5, 5, 3, 6, 3, 2};
                    return s[draws.weighted(w)];
                }
                case PLATFORM_ENTERPRISE:
                    return draws.chance(0.6) ? Industry.I : Industry.G;
                case SOCIAL_SERVICE_AGENCY: {
                    Industry[] s = {Industry.O, Industry.Q, Industry.P, Industry.S};
                    return s[draws.nextInt(s.length)];
                }
                case LAW_FIRM:
                case ACCOUNTING_FIRM:
                case TAX_FIRM:
                    return Industry.L;
                case PRIVATE_SCHOOL:
                    return Industry.P;
                case PRIVATE_HOSPITAL:
                    return Industry.Q;
                default:
                    return Industry.S;
            }
        }

        private int headCount(OrganizationSubKind k) {
            switch (k) {
                case INDIVIDUAL_BUSINESS:
                    return draws.logNormal(0.9, 0.7, 1, 60);
                case PRIVATE_ENTERPRISE:
                    return draws.logNormal(2.4, 1.25, 1, 20_000);
                case FOREIGN_INVESTED:
                    return draws.logNormal(3.6, 1.1, 3, 20_000);
                case PLATFORM_ENTERPRISE:
                    return draws.logNormal(4.5, 1.2, 10, 50_000);
                case SOCIAL_GROUP:
                    return draws.logNormal(1.8, 1.0, 1, 2_000);
                case SOCIAL_SERVICE_AGENCY:
                    return draws.logNormal(2.3, 1.0, 1, 2_000);
                case FOUNDATION:
                case TRADE_ASSOCIATION:
                    return draws.logNormal(1.6, 0.8, 1, 500);
                case LAW_FIRM:
                    return draws.logNormal(2.6, 0.8, 2, 1_000);
                case ACCOUNTING_FIRM:
                    return draws.logNormal(2.8, 0.8, 2, 1_000);
                case TAX_FIRM:
                    return draws.logNormal(2.2, 0.7, 2, 500);
                case PRIVATE_SCHOOL:
                    return draws.logNormal(3.6, 0.8, 5, 3_000);
                default:
                    return draws.logNormal(4.2, 0.9, 10, 5_000);
            }
        }

        private static double memberRate(OrganizationSubKind k) {
            switch (k) {
                case INDIVIDUAL_BUSINESS:
                    return 0.05;
                case LAW_FIRM:
                case ACCOUNTING_FIRM:
                case TAX_FIRM:
                    return 0.16;
                case PRIVATE_SCHOOL:
                case PRIVATE_HOSPITAL:
                    return 0.12;
                case SOCIAL_GROUP:
                case FOUNDATION:
                case TRADE_ASSOCIATION:
                    return 0.10;
                case FOREIGN_INVESTED:
                    return 0.03;
                default:
                    return 0.05;
            }
        }

        private CreditCode uniqueCode(OrganizationSubKind k) {
            String head;
            switch (k) {
                case INDIVIDUAL_BUSINESS:
                    head = "92";
                    break;
                case SOCIAL_GROUP:
                case TRADE_ASSOCIATION:
                    head = "51";
                    break;
                case SOCIAL_SERVICE_AGENCY:
                case PRIVATE_SCHOOL:
                case PRIVATE_HOSPITAL:
                    head = "52";
                    break;
                case FOUNDATION:
                    head = "53";
                    break;
                case LAW_FIRM:
                    head = "31";
                    break;
                default:
                    head = "91";
            }
            CreditCode c;
            do {
                c = draws.creditCode(head, COUNTY.code());
            } while (!codes.add(c));
            return c;
        }

        private String name(OrganizationSubKind k, Industry industry) {
            String base = PLACE[draws.nextInt(PLACE.length)] + WORD[draws.nextInt(WORD.length)];
            switch (k) {
                case PRIVATE_ENTERPRISE:
                    return "长沙" + base + (draws.chance(0.7) ? "有限公司" : "股份有限公司");
                case FOREIGN_INVESTED:
                    return "长沙" + base + "（中外合资）有限公司";
                case INDIVIDUAL_BUSINESS:
                    return "芙蓉区" + base + (industry == Industry.H ? "餐馆" : "经营部");
                case PLATFORM_ENTERPRISE:
                    return "湖南" + base + "网络平台有限公司";
                case SOCIAL_GROUP:
                    return "芙蓉区" + base + "联谊会";
                case SOCIAL_SERVICE_AGENCY:
                    return "芙蓉区" + base + "服务中心";
                case FOUNDATION:
                    return "长沙市" + base + "公益基金会";
                case TRADE_ASSOCIATION:
                    return "芙蓉区" + WORD[draws.nextInt(WORD.length)] + "行业协会";
                case LAW_FIRM:
                    return "湖南" + base.substring(0, 2) + "律师事务所";
                case ACCOUNTING_FIRM:
                    return "湖南" + base.substring(0, 2) + "会计师事务所";
                case TAX_FIRM:
                    return "湖南" + base.substring(0, 2) + "税务师事务所有限公司";
                case PRIVATE_SCHOOL:
                    return "长沙市" + PLACE[draws.nextInt(PLACE.length)] + "实验学校";
                default:
                    return "长沙" + PLACE[draws.nextInt(PLACE.length)] + "医院";
            }
        }

        // ---- forming Party organizations, in the seeds' ways ----

        private String nextId() {
            partyOrganizationNumber++;
            return COUNTY.code() + "-P-" + String.format(java.util.Locale.ROOT, "%06d", partyOrganizationNumber);
        }

        private void formStandalone() {
            for (Draft d : drafts) {
                if (!d.operating() || d.fullMembers < 3) {
                    continue;
                }
                double p = d.kind() == OrganizationKind.NON_PUBLIC_ENTERPRISE ? 0.88 : 0.80;
                if (!draws.chance(p)) {
                    continue; // a gap: three or more full members and no organization of its own
                }
                int full = d.fullMembers;
                PartyOrganizationLevel level = full >= 100 ? PartyOrganizationLevel.PRIMARY_COMMITTEE
                        : full >= 50 ? PartyOrganizationLevel.GENERAL_BRANCH : PartyOrganizationLevel.BRANCH;
                String suffix = level == PartyOrganizationLevel.PRIMARY_COMMITTEE ? "委员会"
                        : level == PartyOrganizationLevel.GENERAL_BRANCH ? "总支部委员会" : "支部委员会";
                add(d.name + "党" + suffix, level, FormationMethod.STANDALONE, d.township, List.of(d), 0);
            }
        }

        /** Units in the same building, park, market or business district form one organization (≤ 5 units). */
        private void formByHost() {
            Map<Host, List<Draft>> byHost = new LinkedHashMap<>();
            for (Draft d : drafts) {
                if (d.host != null && d.operating() && !d.covered
                        && (d.fullMembers > 0 || draws.chance(0.85))) {
                    byHost.computeIfAbsent(d.host, h -> new ArrayList<>()).add(d);
                }
            }
            for (Map.Entry<Host, List<Draft>> e : byHost.entrySet()) {
                Host h = e.getKey();
                FormationMethod method = switch (h.getKind()) {
                    case OFFICE_BUILDING -> FormationMethod.BUILDING;
                    case INDUSTRIAL_PARK -> FormationMethod.PARK;
                    case SPECIALISED_MARKET -> FormationMethod.MARKET;
                    case BUSINESS_DISTRICT -> FormationMethod.REGIONAL_JOINT;
                };
                Township t = townshipOf(h.getJurisdiction());
                groupAndForm(e.getValue(), 5, h.getName() + "联合党支部", method, t, 0.75);
            }
        }

        /** Law, accounting and tax firms and trade associations too small on their own: industry-wide branches. */
        private void formByIndustry() {
            Map<OrganizationSubKind, List<Draft>> byKind = new LinkedHashMap<>();
            for (Draft d : drafts) {
                if (d.operating() && !d.covered && d.fullMembers > 0 && (d.subKind.isThreeProfessionsTwoPrivate()
                        || d.subKind == OrganizationSubKind.TRADE_ASSOCIATION)) {
                    byKind.computeIfAbsent(d.subKind, k -> new ArrayList<>()).add(d);
                }
            }
            for (Map.Entry<OrganizationSubKind, List<Draft>> e : byKind.entrySet()) {
                groupAndForm(e.getValue(), 5, "芙蓉区" + e.getKey().label() + "行业联合党支部",
                        FormationMethod.INDUSTRY_WIDE, townships.get(0), 0.8);
            }
        }

        private void formByChainAndPlatform() {
            Map<String, List<Draft>> byChain = new LinkedHashMap<>();
            List<Draft> platforms = new ArrayList<>();
            for (Draft d : drafts) {
                if (!d.operating() || d.covered) {
                    continue;
                }
                if (d.subKind == OrganizationSubKind.PLATFORM_ENTERPRISE) {
                    platforms.add(d);
                } else if (d.chain != null && d.fullMembers > 0) {
                    byChain.computeIfAbsent(d.chain, c -> new ArrayList<>()).add(d);
                }
            }
            for (Map.Entry<String, List<Draft>> e : byChain.entrySet()) {
                groupAndForm(e.getValue(), 5, e.getKey() + "龙头企业带建党支部", FormationMethod.LEAD_ENTERPRISE,
                        e.getValue().get(0).township, 0.6);
            }
            // platform enterprises without their own organization: a platform-wide branch, five platforms at most,
            // with members of the riders' and drivers' groups sent in where the platforms have fewer than three
            for (int i = 0; i < platforms.size(); i += 5) {
                List<Draft> group = platforms.subList(i, Math.min(platforms.size(), i + 5));
                int members = group.stream().mapToInt(x -> x.fullMembers).sum();
                add("芙蓉区平台企业联合党支部" + (i > 0 ? "（" + (i / 5 + 1) + "）" : ""), PartyOrganizationLevel.BRANCH,
                        FormationMethod.PLATFORM, townships.get(0), group, Math.max(0, 3 - members));
            }
        }

        /**
         * What is left, township by township: joint branches of neighbouring units (a few over the five-unit
         * limit on purpose), single units attached to a related organization or helped by dispatched members,
         * and the street's fallback branch.
         */
        private void formJointAndFallback() {
            for (Township t : townships) {
                List<Draft> left = new ArrayList<>();
                for (Draft d : drafts) {
                    // units without members join too: a joint or fallback branch covers its neighbours
                    if (d.township.equals(t) && d.operating() && !d.covered
                            && (d.fullMembers > 0 || draws.chance(0.8))) {
                        left.add(d);
                    }
                }
                int third = left.size() / 3;
                List<Draft> joint = new ArrayList<>(left.subList(0, third));
                List<Draft> single = new ArrayList<>(left.subList(third, third + third / 4));
                List<Draft> fallback = new ArrayList<>(left.subList(third + third / 4, left.size()));
                // one joint branch per township covers seven units: over the limit of five (支部条例 Ch.2)
                groupAndForm(joint, 5, t.name() + "非公企业联合党支部", FormationMethod.JOINT, t, 0.9);
                for (Draft d : single) {
                    if (d.covered || !draws.chance(0.5)) {
                        continue;
                    }
                    if (draws.chance(0.5)) {
                        add(d.name + "党支部（挂靠）", PartyOrganizationLevel.BRANCH, FormationMethod.AFFILIATED, t,
                                List.of(d), Math.max(0, 3 - d.fullMembers));
                    } else {
                        add(d.name + "党支部（派驻帮建）", PartyOrganizationLevel.BRANCH, FormationMethod.DISPATCHED, t,
                                List.of(d), Math.max(0, 3 - d.fullMembers));
                    }
                }
                groupAndForm(fallback, 5, t.name() + "社区兜底党支部", FormationMethod.FALLBACK, t, 0.85);
            }
        }

        private Township townshipOf(Jurisdiction j) {
            for (Township t : townships) {
                if (t.code().equals(j)) {
                    return t;
                }
            }
            throw new IllegalStateException("no township " + j);
        }

        /**
         * Groups units in order into organizations of at most {@code limit} units with at least three full
         * members; each group is formed with probability {@code share}. The first joint group of a township
         * may take seven units (a deliberate mistake).
         */
        private void groupAndForm(List<Draft> units, int limit, String name, FormationMethod method, Township t,
                double share) {
            List<Draft> group = new ArrayList<>();
            int members = 0;
            boolean overLimitDone = method != FormationMethod.JOINT;
            int n = 0;
            for (Draft d : units) {
                if (d.covered) {
                    continue;
                }
                group.add(d);
                members += d.fullMembers;
                int cap = overLimitDone ? limit : 7;
                if (group.size() >= cap || (members >= 3 && group.size() >= 3 && draws.chance(0.1))) {
                    if (members >= 3) {
                        if (draws.chance(share) || !overLimitDone) {
                            n++;
                            add(name + (n > 1 ? "（" + n + "）" : ""), PartyOrganizationLevel.BRANCH, method, t,
                                    group, 0);
                            overLimitDone |= group.size() > limit;
                        }
                        group = new ArrayList<>();
                        members = 0;
                    } else if (group.size() >= cap) {
                        // too few members for a branch yet: units without members wait outside, the others stay
                        group.removeIf(x -> x.fullMembers == 0);
                    }
                }
            }
        }

        private void add(String name, PartyOrganizationLevel level, FormationMethod method, Township t,
                List<Draft> units, int dispatched) {
            int full = dispatched;
            int probationary = 0;
            List<CreditCode> covered = new ArrayList<>();
            for (Draft d : units) {
                full += d.fullMembers;
                probationary += d.probationary;
                covered.add(d.code);
                d.covered = true;
            }
            int committee = 0;
            if (full >= 7 && !draws.chance(0.08)) { // 8% of those needing a committee lack one: a finding
                committee = Math.min(full, level == PartyOrganizationLevel.BRANCH ? draws.between(3, 5)
                        : draws.between(5, 7));
            }
            LocalDate formed = draws.dateBetween(LocalDate.of(2008, 1, 1), LocalDate.of(YEAR, 10, 31));
            int termYears = level == PartyOrganizationLevel.PRIMARY_COMMITTEE ? 5 : 3;
            LocalDate termStart = formed;
            while (!termStart.plusYears(termYears).isAfter(LocalDate.of(YEAR, 12, 31))) {
                termStart = termStart.plusYears(termYears);
            }
            if (draws.chance(0.12) && termStart.minusYears(termYears).isAfter(formed)) {
                termStart = termStart.minusYears(termYears); // a term that expired without re-election
            }
            PartyOrganization.Builder b = PartyOrganization.builder()
                    .id(nextId())
                    .name(name)
                    .level(level)
                    .formationMethod(method)
                    .jurisdiction(t.code())
                    .addAllCoveredOrganizations(covered)
                    .fullMembers(full)
                    .probationaryMembers(probationary)
                    .committeeMembers(committee)
                    .partyGroups(full >= 12 ? full / 8 : 0)
                    .formedOn(formed)
                    .termStart(termStart)
                    .parentId(t.code().code() + "-LXGW");
            if (draws.chance(0.03)) {
                b.secretaryVacantSince(draws.dateBetween(LocalDate.of(YEAR, 1, 1), LocalDate.of(YEAR, 11, 30)));
            }
            partyOrganizations.add(b.build());
        }

        // ---- instructors and work coverage ----

        private List<SampleInstructor> instructors() {
            Map<Township, List<Draft>> needing = new LinkedHashMap<>();
            int total = 0;
            for (Draft d : drafts) {
                boolean inScope = d.kind() == OrganizationKind.NON_PUBLIC_ENTERPRISE ? d.headCount >= 10
                        : d.headCount >= 30;
                if (d.operating() && !d.covered && inScope) {
                    needing.computeIfAbsent(d.township, x -> new ArrayList<>()).add(d);
                    total++;
                }
            }
            // fewer instructors than the need, so the assignment plan has organizations it cannot serve
            int coveredUnits = 0;
            for (Draft x : drafts) {
                coveredUnits += x.covered ? 1 : 0;
            }
            // newly formed and weak-and-lax organizations need instructors too (about a fifth of those covered)
            int count = Math.max(townships.size(), (int) Math.ceil((total + coveredUnits / 5.0) * 0.8 / 4.5));
            List<SampleInstructor> result = new ArrayList<>(count);
            Draws d = new Draws(Draws.mix(seed, "instructors"));
            for (int i = 0; i < count; i++) {
                Township t = townships.get(i % townships.size());
                Set<Industry> expertise = new LinkedHashSet<>();
                int k = d.between(1, 3);
                while (expertise.size() < k) {
                    Industry[] common = {Industry.C, Industry.F, Industry.I, Industry.L, Industry.M, Industry.H,
                        Industry.O, Industry.P, Industry.Q, Industry.S, Industry.G, Industry.E};
                    expertise.add(common[d.nextInt(common.length)]);
                }
                boolean fullTime = d.chance(0.3);
                List<Draft> local = needing.getOrDefault(t, List.of());
                Set<CreditCode> conflicts = new LinkedHashSet<>();
                if (!local.isEmpty() && d.chance(0.1)) {
                    conflicts.add(d.pick(local).code);
                }
                int capacity = fullTime ? 5 : 4;
                List<CreditCode> assigned = new ArrayList<>();
                for (Draft o : local) {
                    if (assigned.size() >= capacity - 1) {
                        break; // leave one place free: the plan may add organizations
                    }
                    if (!o.instructor && !conflicts.contains(o.code) && d.chance(0.45)) {
                        o.instructor = true;
                        assigned.add(o.code);
                    }
                }
                result.add(new SampleInstructor(COUNTY.code() + "-I-" + String.format(java.util.Locale.ROOT, "%04d", i + 1),
                        d.personName(), t.code(), expertise, fullTime, conflicts, assigned));
            }
            for (List<Draft> l : needing.values()) {
                for (Draft o : l) {
                    o.liaison = !o.instructor && d.chance(0.15);
                }
            }
            return result;
        }

        private static NewOrganization build(Draft d) {
            NewOrganization.Builder b = NewOrganization.builder()
                    .creditCode(d.code)
                    .name(d.name)
                    .subKind(d.subKind)
                    .jurisdiction(d.township.code())
                    .industry(d.industry)
                    .headCount(d.headCount)
                    .fullMembers(d.fullMembers)
                    .probationaryMembers(d.probationary)
                    .status(d.status)
                    .massOrganizations(d.mass)
                    .instructorAssigned(d.instructor)
                    .liaisonAssigned(d.liaison)
                    .principalMember(d.principalMember)
                    .decoupled(d.decoupled)
                    .registeredOn(d.registeredOn);
            if (d.host != null) {
                b.addHosts(d.host);
            }
            if (d.chain != null) {
                b.industryChain(d.chain);
            }
            if (d.revenue != null) {
                b.annualRevenue(d.revenue);
            }
            if (d.registrationLevel != null) {
                b.registrationLevel(d.registrationLevel);
            }
            return b.build();
        }
    }
}
