package org.dangjian.examples.report;

import org.dangjian.assessment.life.LifeReport;
import org.dangjian.assessment.life.MeetingType;
import org.dangjian.assessment.life.TypeCompliance;
import org.dangjian.assessment.rating.DefaultScorecards;
import org.dangjian.assessment.scorecard.Points;
import org.dangjian.assessment.scorecard.ScorecardInput;
import org.dangjian.core.code.CreditCode;
import org.dangjian.core.organization.PartyOrganization;
import org.dangjian.examples.county.PartyLife;
import org.dangjian.examples.county.SampleCounty;
import org.dangjian.examples.county.SampleMember;

/**
 * A branch's measures for the default five-star scorecard, drawn from its year in the sample county: the report
 * rates every branch with it, and the benchmarks time the same inputs.
 *
 * <pre>{@code
 * ScorecardInput in = BranchScorecardInput.of(county, po, county.lifeOf(po), lifeReport);
 * StarRatingPolicy.of(p, DefaultScorecards.cityFiveStar()).rate(in);
 * }</pre>
 */
public final class BranchScorecardInput {

    private BranchScorecardInput() {}

    /**
     * The scorecard input of one Party organization.
     *
     * @param county the county, not null
     * @param po the Party organization, not null
     * @param year its year, not null
     * @param life its organizational-life report, or null when undetermined
     * @return the input, not null
     */
    public static ScorecardInput of(SampleCounty county, PartyOrganization po, PartyLife year, LifeReport life) {
        int massOrganizations = 0;
        for (CreditCode code : po.getCoveredOrganizations()) {
            massOrganizations = Math.max(massOrganizations,
                    county.organization(code).map(o -> o.getMassOrganizations().size()).orElse(0));
        }
        ScorecardInput.Builder in = ScorecardInput.builder().subject(po.getId())
                .putMeasures("life", Points.of(percent(life, MeetingType.GENERAL_MEETING,
                        MeetingType.COMMITTEE_MEETING, MeetingType.GROUP_MEETING, MeetingType.PARTY_LECTURE)))
                .putMeasures("theme-day", Points.of(percent(life, MeetingType.THEME_DAY)))
                .putMeasures("life-meeting", Points.of(percent(life, MeetingType.LIFE_MEETING,
                        MeetingType.DEMOCRATIC_APPRAISAL) == 100 ? 1 : 0))
                .putMeasures("team", Points.of(po.getSecretaryVacantSince().isEmpty()
                        && po.getTermStart().map(s -> s.plusYears(3).isAfter(county.asOf())).orElse(false) ? 1 : 0))
                .putMeasures("study", Points.of(studyPercent(year)))
                .putMeasures("dues", Points.of(duesPercent(county, year)))
                .putMeasures("admission", Points.of(year.admissions().isEmpty() ? 0 : 1))
                .putMeasures("venue", Points.of(year.facts().venueItems()))
                .putMeasures("mass-organizations", Points.of(massOrganizations))
                .putMeasures("satisfaction", Points.of(year.facts().satisfactionPercent()))
                .putMeasures(DefaultScorecards.INNOVATION, Points.of(year.facts().innovationProject() ? 1 : 0));
        if (year.facts().seriousViolation()) {
            in.addVetoes(DefaultScorecards.SERIOUS_VIOLATION);
        }
        return in.build();
    }

    private static long percent(LifeReport report, MeetingType... types) {
        if (report == null) {
            return 0;
        }
        long required = 0;
        long met = 0;
        for (MeetingType t : types) {
            TypeCompliance c = report.of(t);
            if (c != null && c.isApplicable()) {
                required += c.getRequiredPeriods().size();
                met += c.metPeriods();
            }
        }
        return required == 0 ? 100 : met * 100 / required;
    }

    private static long studyPercent(PartyLife year) {
        if (year.trainings().isEmpty()) {
            return 0;
        }
        long ok = year.trainings().stream().filter(t -> t.classHours() >= 32).count();
        return ok * 100 / year.trainings().size();
    }

    private static long duesPercent(SampleCounty county, PartyLife year) {
        long due = 0;
        long paid = 0;
        for (SampleMember m : year.members()) {
            int first = m.admittedOn().getYear() == county.year() ? m.admittedOn().getMonthValue() : 1;
            due += 13 - first;
            paid += Integer.bitCount(m.paidMonths());
        }
        return due == 0 ? 100 : Math.min(100, paid * 100 / due);
    }
}
