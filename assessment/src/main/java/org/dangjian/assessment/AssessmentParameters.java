package org.dangjian.assessment;

import java.time.Period;
import java.util.Set;
import org.dangjian.assessment.period.PeriodKind;
import org.dangjian.assessment.rating.SecretaryReviewGrade;
import org.dangjian.assessment.scorecard.Points;
import org.dangjian.assessment.standard.VenueItem;
import org.dangjian.core.band.BandedTable;
import org.dangjian.core.band.Bound;
import org.dangjian.core.money.Fraction;
import org.dangjian.core.money.Money;
import org.dangjian.core.money.Rate;
import org.dangjian.core.parameter.ParameterKey;
import org.dangjian.core.parameter.ParameterType;

/**
 * The parameters the assessment module reads, such as {@code assessment.life.generalMeetingEvery}
 * ({@code QUARTER}, 支部条例 第十一条). Their definitions, national baselines and local profiles are in
 * {@link AssessmentRules}.
 */
public final class AssessmentParameters {
    private AssessmentParameters() {}

    /** The type of star bands: points from 0 upward to a number of stars, such as {@code [90, +∞) 5}. */
    public static final ParameterType<BandedTable<Points, Integer>> STAR_BANDS_TYPE = ParameterType.bands(
            "star bands", Bound.inclusive(Points.ZERO), Bound.unbounded(), Points::parse, ParameterType.INTEGER);

    /** How often the members' meeting is held (支部条例 第十一条: each quarter). */
    public static final ParameterKey<PeriodKind> GENERAL_MEETING_EVERY = ParameterKey.of(
            "assessment.life.generalMeetingEvery", ParameterType.enumValue(PeriodKind.class));
    /** How often the branch committee meets (支部条例 第十二条: each month). */
    public static final ParameterKey<PeriodKind> COMMITTEE_MEETING_EVERY = ParameterKey.of(
            "assessment.life.committeeMeetingEvery", ParameterType.enumValue(PeriodKind.class));
    /** How often each Party group meets (支部条例 第十三条: each month). */
    public static final ParameterKey<PeriodKind> GROUP_MEETING_EVERY = ParameterKey.of(
            "assessment.life.groupMeetingEvery", ParameterType.enumValue(PeriodKind.class));
    /** How often a Party lecture is given (national: each year; local practice: each quarter). */
    public static final ParameterKey<PeriodKind> PARTY_LECTURE_EVERY = ParameterKey.of(
            "assessment.life.partyLectureEvery", ParameterType.enumValue(PeriodKind.class));
    /** How often the theme Party day is held (教育管理条例 第十六条: each month). */
    public static final ParameterKey<PeriodKind> THEME_DAY_EVERY = ParameterKey.of(
            "assessment.life.themeDayEvery", ParameterType.enumValue(PeriodKind.class));
    /** How often the organizational-life meeting is held (支部条例 第十七条: each year). */
    public static final ParameterKey<PeriodKind> LIFE_MEETING_EVERY = ParameterKey.of(
            "assessment.life.lifeMeetingEvery", ParameterType.enumValue(PeriodKind.class));
    /** How often members are appraised democratically (教育管理条例 第十八条: each year). */
    public static final ParameterKey<PeriodKind> APPRAISAL_EVERY = ParameterKey.of(
            "assessment.life.appraisalEvery", ParameterType.enumValue(PeriodKind.class));
    /** How often committee members talk with each other and with members (支部条例 第五章: each year). */
    public static final ParameterKey<PeriodKind> TALK_EVERY = ParameterKey.of(
            "assessment.life.talkEvery", ParameterType.enumValue(PeriodKind.class));
    /** The share of those expected that must be exceeded for a meeting to be quorate (1/2). */
    public static final ParameterKey<Fraction> QUORUM = ParameterKey.of("assessment.life.quorum",
            ParameterType.FRACTION);

    /** How long the secretary post may stay vacant before the organization counts as weak and lax (local). */
    public static final ParameterKey<Period> SECRETARY_VACANCY_LIMIT = ParameterKey.of(
            "assessment.weak.secretaryVacancyLimit", ParameterType.PERIOD);
    /** How long without admitting a member, while candidates exist, counts as weak and lax (local). */
    public static final ParameterKey<Period> NO_ADMISSION_PERIOD = ParameterKey.of(
            "assessment.weak.noAdmissionPeriod", ParameterType.PERIOD);
    /** The satisfaction below which an organization counts as weak and lax (local). */
    public static final ParameterKey<Rate> MIN_SATISFACTION = ParameterKey.of("assessment.weak.minSatisfaction",
            ParameterType.RATE);
    /** The term of a branch or general branch (任期意见: 3 years). */
    public static final ParameterKey<Period> BRANCH_TERM = ParameterKey.of("assessment.weak.branchTerm",
            ParameterType.PERIOD);
    /** The term of a primary committee (任期意见: 5 years). */
    public static final ParameterKey<Period> COMMITTEE_TERM = ParameterKey.of("assessment.weak.committeeTerm",
            ParameterType.PERIOD);
    /** How long a renewal may be postponed with approval (选举条例 第三条: at most 1 year). */
    public static final ParameterKey<Period> MAX_POSTPONEMENT = ParameterKey.of("assessment.weak.maxPostponement",
            ParameterType.PERIOD);

    /** The city's star bands: points to stars (local). */
    public static final ParameterKey<BandedTable<Points, Integer>> STAR_BANDS = ParameterKey.of(
            "assessment.star.bands", STAR_BANDS_TYPE);
    /** Whether the top star band also needs an innovation project (local). */
    public static final ParameterKey<Boolean> TOP_STARS_NEED_INNOVATION = ParameterKey.of(
            "assessment.star.topStarsNeedInnovation", ParameterType.BOOLEAN);

    /** The type of review bands: points from 0 upward to a grade, such as {@code [90, +∞) GOOD}. */
    public static final ParameterType<BandedTable<Points, SecretaryReviewGrade>>
            REVIEW_BANDS_TYPE = ParameterType.bands("review grade bands", Bound.inclusive(Points.ZERO),
                    Bound.unbounded(), Points::parse,
                    ParameterType.enumValue(SecretaryReviewGrade.class));
    /** The local bands of points for the four grades of a secretary's review (local, no national default). */
    public static final ParameterKey<BandedTable<Points, SecretaryReviewGrade>>
            REVIEW_GRADE_BANDS = ParameterKey.of("assessment.review.gradeBands", REVIEW_BANDS_TYPE);

    /** The largest share of graded members who may be graded excellent (1/3). */
    public static final ParameterKey<Fraction> MAX_EXCELLENT_SHARE = ParameterKey.of(
            "assessment.appraisal.maxExcellentShare", ParameterType.FRACTION);

    /** The fewest stars that make an organization eligible for priority support (local). */
    public static final ParameterKey<Integer> SUPPORT_MIN_STARS = ParameterKey.of("assessment.support.minStars",
            ParameterType.INTEGER);

    /** The items a venue must have (seed 001: the “六有”). */
    public static final ParameterKey<Set<VenueItem>> VENUE_REQUIRED_ITEMS = ParameterKey.of(
            "assessment.venue.requiredItems", ParameterType.enumSet(VenueItem.class));

    /** Full-time Party staff of a national-level park, at least (seed 004: 3). */
    public static final ParameterKey<Integer> NATIONAL_PARK_MIN_STAFF = ParameterKey.of(
            "assessment.staff.nationalParkMin", ParameterType.INTEGER);
    /** Full-time Party staff of a national-level park, normally at most (seed 004: 5). */
    public static final ParameterKey<Integer> NATIONAL_PARK_MAX_STAFF = ParameterKey.of(
            "assessment.staff.nationalParkMax", ParameterType.INTEGER);
    /** Full-time Party staff of a provincial park, at least (seed 004: 2). */
    public static final ParameterKey<Integer> PROVINCIAL_PARK_MIN_STAFF = ParameterKey.of(
            "assessment.staff.provincialParkMin", ParameterType.INTEGER);
    /** Full-time Party staff of a provincial park, normally at most (seed 004: 3). */
    public static final ParameterKey<Integer> PROVINCIAL_PARK_MAX_STAFF = ParameterKey.of(
            "assessment.staff.provincialParkMax", ParameterType.INTEGER);
    /** Full-time deputy secretaries or workers of a street general committee, at least (seed 004: 1). */
    public static final ParameterKey<Integer> STREET_COMMITTEE_MIN_STAFF = ParameterKey.of(
            "assessment.staff.streetCommitteeMin", ParameterType.INTEGER);

    /** The share of annual payroll a non-public enterprise may spend on Party work before tax (1%). */
    public static final ParameterKey<Rate> FUND_PAYROLL_SHARE = ParameterKey.of("assessment.fund.payrollShare",
            ParameterType.RATE);
    /** The one-off subsidy for a newly formed Party organization (local, no national default). */
    public static final ParameterKey<Money> NEW_ORGANIZATION_SUBSIDY = ParameterKey.of(
            "assessment.fund.newOrganizationSubsidy", ParameterType.MONEY);
    /** The yearly allowance of a secretary (local, no national default). */
    public static final ParameterKey<Money> SECRETARY_ALLOWANCE = ParameterKey.of(
            "assessment.fund.secretaryAllowance", ParameterType.MONEY);
    /** The yearly subsidy of an instructor (local, no national default). */
    public static final ParameterKey<Money> INSTRUCTOR_SUBSIDY = ParameterKey.of(
            "assessment.fund.instructorSubsidy", ParameterType.MONEY);
}
