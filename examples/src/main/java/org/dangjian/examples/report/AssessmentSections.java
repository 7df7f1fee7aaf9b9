package org.dangjian.examples.report;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.dangjian.assessment.life.LifeReport;
import org.dangjian.assessment.life.MeetingRecord;
import org.dangjian.assessment.life.MeetingType;
import org.dangjian.assessment.life.OrganizationalLifePolicy;
import org.dangjian.assessment.life.TypeCompliance;
import org.dangjian.assessment.period.AssessmentPeriod;
import org.dangjian.assessment.rating.DefaultScorecards;
import org.dangjian.assessment.rating.StarRating;
import org.dangjian.assessment.rating.StarRatingPolicy;
import org.dangjian.assessment.weak.WeakAndLaxCriterion;
import org.dangjian.assessment.weak.WeakAndLaxFacts;
import org.dangjian.assessment.weak.WeakAndLaxFinding;
import org.dangjian.assessment.weak.WeakAndLaxPolicy;
import org.dangjian.core.decision.Decision;
import org.dangjian.core.decision.Outcome;
import org.dangjian.core.money.Rate;
import org.dangjian.core.organization.PartyOrganization;
import org.dangjian.core.parameter.ResolvedParameters;
import org.dangjian.examples.county.AdmissionStage;
import org.dangjian.examples.county.PartyLife;
import org.dangjian.examples.county.SampleAdmission;
import org.dangjian.examples.county.SampleCounty;
import org.dangjian.examples.county.SampleMeeting;
import org.dangjian.examples.county.SampleMember;

/**
 * The assessment module's view: “三会一课” and the other meetings against their required frequencies, the city's
 * five-star rating, and weak-and-lax detection, branch by branch.
 */
final class AssessmentSections implements LifeConsumer {
    private static final int MAX_FINDINGS = 100;

    private final SampleCounty county;
    private final Consumer<String> onWeakAndLax;
    private final Text text;
    private final OrganizationalLifePolicy life;
    private final StarRatingPolicy stars;
    private final WeakAndLaxPolicy weak;
    private final AssessmentPeriod year;
    private final LocalDate asOf;
    private final Map<MeetingType, long[]> byType = new EnumMap<>(MeetingType.class);
    private final long[] starCounts = new long[7]; // 0 = not rated, 1..5 stars, 6 = vetoed
    private final Map<WeakAndLaxCriterion, Integer> heldCounts = new EnumMap<>(WeakAndLaxCriterion.class);
    private final List<Finding> lifeFindings = new ArrayList<>();
    private final List<Finding> ratingFindings = new ArrayList<>();
    private final List<Finding> weakFindings = new ArrayList<>();
    private long organizations;
    private long compliant;
    private long lifeFindingsTotal;
    private long flagged;
    private long undetermined;

    AssessmentSections(SampleCounty county, ResolvedParameters parameters, Text text,
            Consumer<String> onWeakAndLax) {
        this.county = county;
        this.onWeakAndLax = onWeakAndLax;
        this.text = text;
        this.life = OrganizationalLifePolicy.of(parameters);
        this.stars = StarRatingPolicy.of(parameters, DefaultScorecards.cityFiveStar());
        this.weak = WeakAndLaxPolicy.of(parameters);
        this.year = AssessmentPeriod.year(county.year());
        this.asOf = county.asOf();
        for (MeetingType t : MeetingType.values()) {
            byType.put(t, new long[2]);
        }
        for (WeakAndLaxCriterion c : WeakAndLaxCriterion.values()) {
            heldCounts.put(c, 0);
        }
    }

    @Override
    public void accept(PartyOrganization po, PartyLife year) {
        organizations++;
        List<MeetingRecord> meetings = new ArrayList<>(year.meetings().size());
        for (SampleMeeting m : year.meetings()) {
            MeetingRecord.Builder b = MeetingRecord.builder().type(MeetingType.valueOf(m.kind().name()))
                    .date(m.date()).attendees(m.attendees()).expected(m.expected());
            m.group().ifPresent(b::group);
            meetings.add(b.build());
        }
        Decision<LifeReport> d = life.assess(po, meetings, this.year, asOf);
        LifeReport report = d.findValue().orElse(null);
        if (report != null) {
            for (TypeCompliance t : report.getTypes()) {
                if (t.isApplicable()) {
                    byType.get(t.getType())[0] += t.getRequiredPeriods().size();
                    byType.get(t.getType())[1] += t.metPeriods();
                }
            }
            if (report.isCompliant()) {
                compliant++;
            }
        }
        if (d.outcome() == Outcome.NON_COMPLIANT) {
            lifeFindingsTotal++;
            if (lifeFindings.size() < MAX_FINDINGS) {
                lifeFindings.add(Finding.of(po.getName() + "（" + po.getId() + "）",
                        text.get("life.headline", "report", report == null ? "—" : report.toString()), d,
                        text.language()));
            }
        }
        rate(po, year, report);
        weak(po, year, report);
    }

    private void rate(PartyOrganization po, PartyLife year, LifeReport report) {
        Decision<StarRating> d = stars.rate(BranchScorecardInput.of(county, po, year, report));
        if (d.findValue().isEmpty()) {
            starCounts[0]++;
            return;
        }
        StarRating r = d.value();
        if (r.result().isVetoed()) {
            starCounts[6]++;
        } else {
            starCounts[Math.max(1, Math.min(5, r.stars()))]++;
        }
        if ((r.stars() >= 5 || r.result().isVetoed()) && ratingFindings.size() < MAX_FINDINGS) {
            ratingFindings.add(Finding.of(po.getName() + "（" + po.getId() + "）",
                    r.result().isVetoed() ? text.get("rating.vetoed") + " " + r.result()
                            : text.get("rating.headline", "rating", r.toString()), d, text.language()));
        }
    }

    private void weak(PartyOrganization po, PartyLife year, LifeReport report) {
        LocalDate lastAdmission = null;
        int candidates = 0;
        for (SampleAdmission a : year.admissions()) {
            if (a.meetingOn().isPresent() && (lastAdmission == null || a.meetingOn().get().isAfter(lastAdmission))) {
                lastAdmission = a.meetingOn().get();
            }
            if (a.stage() == AdmissionStage.ACTIVIST || a.stage() == AdmissionStage.DEVELOPMENT_CANDIDATE) {
                candidates++;
            }
        }
        int longUnpaid = 0;
        for (SampleMember m : year.members()) {
            if (lastAdmission == null || m.admittedOn().isAfter(lastAdmission)) {
                lastAdmission = m.admittedOn();
            }
            if ((m.paidMonths() & 0b1111_1100_0000) == 0) { // July to December unpaid: six months in a row
                longUnpaid++;
            }
        }
        WeakAndLaxFacts.Builder f = WeakAndLaxFacts.builder().organization(po)
                .teamDisunited(year.facts().teamDisunited())
                .lifeOnlyOnPaper(report != null && report.compliance().isDefined()
                        && report.compliance().compareTo(org.dangjian.core.money.Fraction.HALF) < 0)
                .candidates(candidates)
                .membersLongUnpaid(longUnpaid)
                .satisfaction(Rate.percent(year.facts().satisfactionPercent()))
                .infiltration(false)
                .electionsIrregular(false)
                .postponementApproved(false)
                .lastInAnnualAssessment(false)
                .publicOrderProblems(year.facts().seriousViolation());
        if (lastAdmission != null) {
            f.lastAdmission(lastAdmission);
        } else {
            po.getFormedOn().ifPresent(f::lastAdmission);
        }
        Decision<WeakAndLaxFinding> d = weak.assess(f.build(), asOf);
        if (d.findValue().isEmpty()) {
            undetermined++;
            return;
        }
        WeakAndLaxFinding w = d.value();
        if (!w.getUndetermined().isEmpty()) {
            undetermined++;
        }
        if (w.isFlagged()) {
            flagged++;
            onWeakAndLax.accept(po.getId());
            w.getHeld().forEach(c -> heldCounts.merge(c, 1, Integer::sum));
            if (weakFindings.size() < MAX_FINDINGS) {
                List<String> held = w.getHeld().stream().map(c -> text.zh() ? c.label() : c.labelEn()).toList();
                weakFindings.add(Finding.of(po.getName() + "（" + po.getId() + "）",
                        String.join(text.zh() ? "、" : ", ", held), d, text.language()));
            }
        }
    }

    List<Section> sections() {
        Text t = text;
        List<Metric> lifeMetrics = new ArrayList<>();
        lifeMetrics.add(new Metric(t.get("life.organizations"), String.valueOf(organizations)));
        lifeMetrics.add(new Metric(t.get("life.compliant"), t.rate(compliant, organizations)));
        List<String> labels = new ArrayList<>();
        double[] rates = new double[byType.size()];
        int i = 0;
        for (Map.Entry<MeetingType, long[]> e : byType.entrySet()) {
            String label = t.zh() ? e.getKey().label() : e.getKey().labelEn();
            labels.add(label);
            long[] v = e.getValue();
            rates[i++] = v[0] == 0 ? 0 : v[1] * 100.0 / v[0];
            lifeMetrics.add(new Metric(label, t.rate(v[1], v[0])));
        }
        Section lifeSection = new Section("life", t.get("life.title"), t.get("life.summary"), lifeMetrics,
                List.of(new Section.Chart(t.get("life.chart"), SvgCharts.bars("life-types", t.get("axis.meetingType"),
                        t.get("axis.rate"), labels, Map.of(t.get("life.series"), rates), false, null, null))),
                lifeFindings, (int) lifeFindingsTotal);

        List<Metric> ratingMetrics = new ArrayList<>();
        List<String> starLabels = new ArrayList<>();
        double[] starValues = new double[7];
        String[] keys = {"rating.notRated", "rating.stars1", "rating.stars2", "rating.stars3", "rating.stars4",
            "rating.stars5", "rating.vetoed"};
        for (int s = 0; s < 7; s++) {
            int idx = s == 0 ? 6 : s == 6 ? 0 : s; // order: vetoed, 1..5, not rated last
            starLabels.add(t.get(keys[idx]));
            starValues[s] = starCounts[idx];
            ratingMetrics.add(new Metric(t.get(keys[idx]), String.valueOf(starCounts[idx])));
        }
        Section ratingSection = new Section("rating", t.get("rating.title"), t.get("rating.summary"), ratingMetrics,
                List.of(new Section.Chart(t.get("rating.chart"), SvgCharts.bars("rating-stars", t.get("axis.stars"),
                        t.get("axis.partyOrganizations"), starLabels, Map.of(t.get("axis.partyOrganizations"),
                                starValues), false, null, null))),
                ratingFindings, ratingFindings.size());

        List<Metric> weakMetrics = new ArrayList<>();
        weakMetrics.add(new Metric(t.get("weak.flagged"), t.rate(flagged, organizations)));
        weakMetrics.add(new Metric(t.get("weak.undetermined"), String.valueOf(undetermined)));
        Map<String, double[]> weakSeries = new LinkedHashMap<>();
        List<String> weakLabels = new ArrayList<>();
        double[] weakValues = new double[heldCounts.size()];
        int w = 0;
        for (Map.Entry<WeakAndLaxCriterion, Integer> e : heldCounts.entrySet()) {
            String label = t.zh() ? e.getKey().label() : e.getKey().labelEn();
            weakLabels.add(label);
            weakValues[w++] = e.getValue();
            if (e.getValue() > 0) {
                weakMetrics.add(new Metric("  " + label, String.valueOf(e.getValue())));
            }
        }
        weakSeries.put(t.get("axis.partyOrganizations"), weakValues);
        Section weakSection = new Section("weak", t.get("weak.title"), t.get("weak.summary"), weakMetrics,
                List.of(new Section.Chart(t.get("weak.chart"), SvgCharts.bars("weak-criteria", t.get("axis.criterion"),
                        t.get("axis.partyOrganizations"), weakLabels, weakSeries, false, null, null))),
                weakFindings, (int) flagged);
        return List.of(lifeSection, ratingSection, weakSection);
    }
}
