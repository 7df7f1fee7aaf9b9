package org.dangjian.membership;

import java.math.RoundingMode;
import java.time.Period;
import java.util.Collections;
import java.util.EnumMap;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import org.dangjian.core.band.BandedTable;
import org.dangjian.core.money.Fraction;
import org.dangjian.core.money.Money;
import org.dangjian.core.money.Rate;
import org.dangjian.core.parameter.ParameterKey;
import org.dangjian.core.parameter.ParameterType;
import org.dangjian.core.validation.InvalidInputException;
import org.dangjian.membership.dues.BaseAdjustment;
import org.dangjian.membership.transfer.MemberLocation;
import org.dangjian.membership.transfer.TransferAdvice;

/**
 * The keys of the membership module's parameters, such as {@link #DUES_EMPLOYED_BANDS}
 * ({@code membership.dues.employedBands}). Their definitions, national baselines and local profiles are in
 * {@link MembershipRules}.
 */
public final class MembershipParameters {
    private MembershipParameters() {}

    /** The type of the seed-004 transfer advice table: {@code FORMER_UNIVERSITY=MUST_TRANSFER,…}. */
    public static final ParameterType<Map<MemberLocation, TransferAdvice>> TRANSFER_ADVICE_TABLE = ParameterType.of(
            "transfer advice table", Map.class, MembershipParameters::parseAdvice, MembershipParameters::formatAdvice);

    /** 入党申请最低年龄. */
    public static final ParameterKey<Integer> ADMISSION_MINIMUM_AGE =
            ParameterKey.of("membership.admission.minimumAge", ParameterType.INTEGER);
    /** 收到入党申请后谈话的期限. */
    public static final ParameterKey<Period> ADMISSION_TALK_WITHIN =
            ParameterKey.of("membership.admission.talkWithin", ParameterType.PERIOD);
    /** 培养联系人最少人数. */
    public static final ParameterKey<Integer> ADMISSION_MIN_CULTIVATORS =
            ParameterKey.of("membership.admission.minCultivators", ParameterType.INTEGER);
    /** 培养联系人最多人数. */
    public static final ParameterKey<Integer> ADMISSION_MAX_CULTIVATORS =
            ParameterKey.of("membership.admission.maxCultivators", ParameterType.INTEGER);
    /** 入党积极分子考察间隔. */
    public static final ParameterKey<Period> ADMISSION_ASSESSMENT_INTERVAL =
            ParameterKey.of("membership.admission.assessmentInterval", ParameterType.PERIOD);
    /** 列为发展对象前作为入党积极分子的最短期间. */
    public static final ParameterKey<Period> ADMISSION_ACTIVIST_PERIOD =
            ParameterKey.of("membership.admission.activistPeriod", ParameterType.PERIOD);
    /** 入党介绍人（正式党员）人数. */
    public static final ParameterKey<Integer> ADMISSION_INTRODUCERS =
            ParameterKey.of("membership.admission.introducers", ParameterType.INTEGER);
    /** 是否要求“九部门联审”. */
    public static final ParameterKey<Boolean> ADMISSION_JOINT_REVIEW_REQUIRED =
            ParameterKey.of("membership.admission.jointReviewRequired", ParameterType.BOOLEAN);
    /** 发展对象集中培训最少天数. */
    public static final ParameterKey<Integer> ADMISSION_TRAINING_DAYS =
            ParameterKey.of("membership.admission.trainingDays", ParameterType.INTEGER);
    /** 发展对象集中培训最少学时. */
    public static final ParameterKey<Integer> ADMISSION_TRAINING_CLASS_HOURS =
            ParameterKey.of("membership.admission.trainingClassHours", ParameterType.INTEGER);
    /** 发展对象公示天数（地方规定）. */
    public static final ParameterKey<Integer> ADMISSION_PUBLICITY_DAYS =
            ParameterKey.of("membership.admission.publicityDays", ParameterType.INTEGER);
    /** 离开工作单位的期限：在此期限内离开的一般不在本单位发展. */
    public static final ParameterKey<Period> ADMISSION_DEPARTURE_WITHIN =
            ParameterKey.of("membership.admission.departureWithin", ParameterType.PERIOD);
    /** 支部大会有表决权到会人数须超过的比例. */
    public static final ParameterKey<Fraction> VOTE_QUORUM =
            ParameterKey.of("membership.vote.quorum", ParameterType.FRACTION);
    /** 赞成人数须超过应到会有表决权人数的比例. */
    public static final ParameterKey<Fraction> VOTE_MAJORITY =
            ParameterKey.of("membership.vote.majority", ParameterType.FRACTION);
    /** 上级党委审批期限. */
    public static final ParameterKey<Period> ADMISSION_APPROVAL_WITHIN =
            ParameterKey.of("membership.admission.approvalWithin", ParameterType.PERIOD);
    /** 特殊情况下的审批期限. */
    public static final ParameterKey<Period> ADMISSION_APPROVAL_WITHIN_SPECIAL =
            ParameterKey.of("membership.admission.approvalWithinSpecial", ParameterType.PERIOD);
    /** 预备期. */
    public static final ParameterKey<Period> ADMISSION_PROBATION =
            ParameterKey.of("membership.admission.probation", ParameterType.PERIOD);
    /** 延长预备期最短月数. */
    public static final ParameterKey<Integer> ADMISSION_EXTENSION_MIN_MONTHS =
            ParameterKey.of("membership.admission.extensionMinMonths", ParameterType.INTEGER);
    /** 延长预备期最长月数. */
    public static final ParameterKey<Integer> ADMISSION_EXTENSION_MAX_MONTHS =
            ParameterKey.of("membership.admission.extensionMaxMonths", ParameterType.INTEGER);
    /** 转正审批期限. */
    public static final ParameterKey<Period> ADMISSION_CONVERSION_APPROVAL_WITHIN =
            ParameterKey.of("membership.admission.conversionApprovalWithin", ParameterType.PERIOD);

    /** 在职党员党费分档比例. */
    public static final ParameterKey<BandedTable<Money, Rate>> DUES_EMPLOYED_BANDS =
            ParameterKey.of("membership.dues.employedBands", ParameterType.moneyBands(ParameterType.RATE));
    /** 离退休党员党费分档比例. */
    public static final ParameterKey<BandedTable<Money, Rate>> DUES_RETIRED_BANDS =
            ParameterKey.of("membership.dues.retiredBands", ParameterType.moneyBands(ParameterType.RATE));
    /** 党费计算舍入方式. */
    public static final ParameterKey<RoundingMode> DUES_ROUNDING =
            ParameterKey.of("membership.dues.rounding", ParameterType.enumValue(RoundingMode.class));
    /** 是否从党费基数中扣除个人缴纳的社会保险费和住房公积金（地方规定）. */
    public static final ParameterKey<Boolean> DUES_DEDUCT_SOCIAL_CONTRIBUTIONS =
            ParameterKey.of("membership.dues.deductSocialContributions", ParameterType.BOOLEAN);
    /** 农民党员月党费下限. */
    public static final ParameterKey<Money> DUES_FARMER_MINIMUM =
            ParameterKey.of("membership.dues.farmerMinimum", ParameterType.MONEY);
    /** 农民党员月党费上限. */
    public static final ParameterKey<Money> DUES_FARMER_MAXIMUM =
            ParameterKey.of("membership.dues.farmerMaximum", ParameterType.MONEY);
    /** 农民党员月党费（由党支部确定，地方规定）. */
    public static final ParameterKey<Money> DUES_FARMER_AMOUNT =
            ParameterKey.of("membership.dues.farmerAmount", ParameterType.MONEY);
    /** 学生、下岗失业、依靠抚恤或救济、领取最低生活保障金党员的月党费. */
    public static final ParameterKey<Money> DUES_MINIMAL_AMOUNT =
            ParameterKey.of("membership.dues.minimalAmount", ParameterType.MONEY);
    /** 党费基数调整方式. */
    public static final ParameterKey<BaseAdjustment> DUES_BASE_ADJUSTMENT =
            ParameterKey.of("membership.dues.baseAdjustment", ParameterType.enumValue(BaseAdjustment.class));
    /** 每年核定党费基数的月份（1—12，地方规定）. */
    public static final ParameterKey<Integer> DUES_ANNUAL_REVIEW_MONTH =
            ParameterKey.of("membership.dues.annualReviewMonth", ParameterType.INTEGER);
    /** 一次性自愿多交党费全部上缴中央的起点. */
    public static final ParameterKey<Money> DUES_VOLUNTARY_CENTRAL_THRESHOLD =
            ParameterKey.of("membership.dues.voluntaryCentralThreshold", ParameterType.MONEY);
    /** 补交党费一般不超过的月数. */
    public static final ParameterKey<Integer> DUES_BACK_PAYMENT_MONTHS =
            ParameterKey.of("membership.dues.backPaymentMonths", ParameterType.INTEGER);
    /** 党费向上级党组织上缴的比例（地方规定，无全国默认）. */
    public static final ParameterKey<Rate> DUES_REMITTANCE_RATE =
            ParameterKey.of("membership.dues.remittanceRate", ParameterType.RATE);
    /** 连续不交纳党费视为自行脱党的月数. */
    public static final ParameterKey<Integer> ARREARS_SELF_WITHDRAWAL_MONTHS =
            ParameterKey.of("membership.arrears.selfWithdrawalMonths", ParameterType.INTEGER);

    /** 外出或迁居须转接组织关系的期间. */
    public static final ParameterKey<Period> TRANSFER_AWAY_PERIOD =
            ParameterKey.of("membership.transfer.awayPeriod", ParameterType.PERIOD);
    /** 市内介绍信有效期（地方规定）. */
    public static final ParameterKey<Period> TRANSFER_LETTER_VALIDITY_IN_CITY =
            ParameterKey.of("membership.transfer.letterValidityInCity", ParameterType.PERIOD);
    /** 市外介绍信有效期（地方规定）. */
    public static final ParameterKey<Period> TRANSFER_LETTER_VALIDITY_OUT_OF_CITY =
            ParameterKey.of("membership.transfer.letterValidityOutOfCity", ParameterType.PERIOD);
    /** 流动党员向流出地党组织汇报的最长间隔. */
    public static final ParameterKey<Period> MOBILE_REPORT_INTERVAL =
            ParameterKey.of("membership.mobile.reportInterval", ParameterType.PERIOD);
    /** 毕业生组织关系在高校保留的最长期间. */
    public static final ParameterKey<Period> MOBILE_GRADUATE_RETENTION =
            ParameterKey.of("membership.mobile.graduateRetention", ParameterType.PERIOD);
    /** 失去联系停止党籍的期间. */
    public static final ParameterKey<Period> MOBILE_LOST_CONTACT_SUSPENSION =
            ParameterKey.of("membership.mobile.lostContactSuspension", ParameterType.PERIOD);
    /** 停止党籍后仍无联系予以除名的期间. */
    public static final ParameterKey<Period> MOBILE_SUSPENSION_REMOVAL =
            ParameterKey.of("membership.mobile.suspensionRemoval", ParameterType.PERIOD);
    /** 按党员所在地的组织关系转接建议（地方规定，seed 004）. */
    public static final ParameterKey<Map<MemberLocation, TransferAdvice>> MOBILE_TRANSFER_ADVICE =
            ParameterKey.of("membership.mobile.transferAdvice", TRANSFER_ADVICE_TABLE);

    /** 限期改正的一般期限. */
    public static final ParameterKey<Period> DISPOSAL_CORRECTION_PERIOD =
            ParameterKey.of("membership.disposal.correctionPeriod", ParameterType.PERIOD);
    /** 限期改正的最长期限. */
    public static final ParameterKey<Period> DISPOSAL_CORRECTION_MAXIMUM =
            ParameterKey.of("membership.disposal.correctionMaximum", ParameterType.PERIOD);
    /** 劝退、除名后不得重新入党的期间. */
    public static final ParameterKey<Period> DISPOSAL_READMISSION_BAR =
            ParameterKey.of("membership.disposal.readmissionBar", ParameterType.PERIOD);
    /** 连续不参加组织生活、不交纳党费、不做党所分配工作视为自行脱党的月数. */
    public static final ParameterKey<Integer> DISPOSAL_ABSENCE_MONTHS =
            ParameterKey.of("membership.disposal.absenceMonths", ParameterType.INTEGER);

    private static Map<MemberLocation, TransferAdvice> parseAdvice(String text) {
        EnumMap<MemberLocation, TransferAdvice> m = new EnumMap<>(MemberLocation.class);
        for (String part : text.split(",")) {
            if (part.isBlank()) {
                continue;
            }
            String[] kv = part.split("=");
            if (kv.length != 2) {
                throw InvalidInputException.of("", "write LOCATION=ADVICE pairs separated by commas", part);
            }
            MemberLocation loc = MemberLocation.valueOf(kv[0].strip().toUpperCase(Locale.ROOT));
            TransferAdvice adv = TransferAdvice.valueOf(kv[1].strip().toUpperCase(Locale.ROOT));
            if (m.put(loc, adv) != null) {
                throw InvalidInputException.of("", "location listed twice", loc);
            }
        }
        return Collections.unmodifiableMap(m);
    }

    private static String formatAdvice(Map<MemberLocation, TransferAdvice> m) {
        return new java.util.TreeMap<>(m).entrySet().stream().map(e -> e.getKey().name() + "=" + e.getValue().name())
                .collect(Collectors.joining(","));
    }
}
