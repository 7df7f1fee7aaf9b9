package org.dangjian.examples.report;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.dangjian.core.code.Jurisdiction;
import org.dangjian.core.decision.Decision;
import org.dangjian.core.decision.Outcome;
import org.dangjian.core.money.Money;
import org.dangjian.core.organization.PartyOrganization;
import org.dangjian.core.parameter.ResolvedParameters;
import org.dangjian.examples.county.AdmissionStage;
import org.dangjian.examples.county.PartyLife;
import org.dangjian.examples.county.SampleAdmission;
import org.dangjian.examples.county.SampleCounty;
import org.dangjian.examples.county.SampleMember;
import org.dangjian.examples.county.Township;
import org.dangjian.membership.admission.AdmissionFinding;
import org.dangjian.membership.admission.AdmissionPolicy;
import org.dangjian.membership.admission.AdmissionReport;
import org.dangjian.membership.dues.BranchDuesSummary;
import org.dangjian.membership.dues.DuesAccount;
import org.dangjian.membership.dues.DuesBasis;
import org.dangjian.membership.dues.DuesMonth;
import org.dangjian.membership.dues.DuesPolicy;
import org.dangjian.membership.dues.DuesStanding;
import org.dangjian.membership.dues.JurisdictionDuesSummary;
import org.dangjian.membership.dues.MemberCategory;

/**
 * The membership module's view: a year of dues (expected, collected, outstanding, members six months behind)
 * by township, and every admission record validated with its next step and deadline.
 */
final class MembershipSections implements LifeConsumer {
    private static final int MAX_FINDINGS = 100;

    private final SampleCounty county;
    private final Text text;
    private final DuesPolicy dues;
    private final AdmissionPolicy admission;
    private final LocalDate asOf;
    private final YearMonth lastMonth;
    private final Map<Jurisdiction, List<BranchDuesSummary>> branches = new LinkedHashMap<>();
    private final List<Finding> duesFindings = new ArrayList<>();
    private final List<Finding> admissionFindings = new ArrayList<>();
    private final Map<AdmissionStage, Integer> stages = new EnumMap<>(AdmissionStage.class);
    private final Map<String, Integer> findingsByRule = new TreeMap<>();
    private long selfWithdrawal;
    private long records;
    private long recordsWithFindings;

    MembershipSections(SampleCounty county, ResolvedParameters parameters, Text text) {
        this.county = county;
        this.text = text;
        this.dues = DuesPolicy.of(parameters);
        this.admission = AdmissionPolicy.of(parameters);
        this.asOf = county.asOf();
        this.lastMonth = YearMonth.from(asOf);
        for (Township t : county.townships()) {
            branches.put(t.code(), new ArrayList<>());
        }
        for (AdmissionStage s : AdmissionStage.values()) {
            stages.put(s, 0);
        }
    }

    @Override
    public void accept(PartyOrganization po, PartyLife life) {
        List<DuesStanding> standings = new ArrayList<>(life.members().size());
        for (SampleMember m : life.members()) {
            Money monthly = monthlyDues(m);
            YearMonth first = m.admittedOn().getYear() == county.year() ? YearMonth.from(m.admittedOn())
                    : YearMonth.of(county.year(), 1);
            List<DuesMonth> months = new ArrayList<>(12);
            for (YearMonth ym = first; !ym.isAfter(lastMonth); ym = ym.plusMonths(1)) {
                months.add(DuesMonth.of(ym, monthly, m.paid(ym, county.year()) ? monthly : Money.ZERO));
            }
            Decision<DuesStanding> d = dues.assessAccount(DuesAccount.of(m.id(), months), lastMonth);
            standings.add(d.value());
            if (d.outcome() == Outcome.REQUIRES_APPROVAL) {
                selfWithdrawal++;
                if (duesFindings.size() < MAX_FINDINGS) {
                    duesFindings.add(Finding.of(po.getName() + " · " + m.name(), text.get("dues.behind",
                            "months", d.value().consecutiveUnpaidMonths(), "arrears", d.value().arrears()), d,
                            text.language()));
                }
            }
        }
        if (!standings.isEmpty()) {
            branches.computeIfAbsent(po.getJurisdiction(), k -> new ArrayList<>())
                    .add(BranchDuesSummary.of(po.getId(), po.getJurisdiction(), standings));
        }
        for (SampleAdmission a : life.admissions()) {
            records++;
            stages.merge(a.stage(), 1, Integer::sum);
            Decision<AdmissionReport> d = admission.validate(AdmissionRecords.of(a), asOf);
            AdmissionReport r = d.findValue().orElse(null);
            if (d.outcome() == Outcome.NON_COMPLIANT && r != null) {
                recordsWithFindings++;
                for (AdmissionFinding f : r.findings()) {
                    if (f.outcome() == Outcome.NON_COMPLIANT) {
                        findingsByRule.merge(f.ruleId(), 1, Integer::sum);
                    }
                }
                if (admissionFindings.size() < MAX_FINDINGS) {
                    String stage = text.zh() ? a.stage().label() : a.stage().name();
                    String headline = r.nextStep().isEmpty() ? text.get("admission.done", "stage", stage)
                            : text.get("admission.next", "stage", stage,
                                    "next", text.zh() ? r.nextStep().get().label() : r.nextStep().get().name(),
                                    "deadline", r.nextDeadline().map(Object::toString).orElse("—"));
                    admissionFindings.add(Finding.of(po.getName() + " · " + a.name() + "（" + a.id() + "）", headline,
                            d, text.language()));
                }
            }
        }
    }

    private Money monthlyDues(SampleMember m) {
        MemberCategory c = MemberCategory.valueOf(m.category().name());
        if (c.isIncomeBased()) {
            return dues.duesAmount(c, m.monthlyBase());
        }
        DuesBasis basis = c == MemberCategory.FARMER ? DuesBasis.farmer() : DuesBasis.of(c, Money.ZERO);
        return dues.decideMonthlyDues(basis).findValue().orElse(Money.ZERO);
    }


    List<Section> sections() {
        Text t = text;
        List<String> labels = new ArrayList<>();
        double[] collected = new double[branches.size()];
        double[] outstanding = new double[branches.size()];
        Money totalExpected = Money.ZERO;
        Money totalCollected = Money.ZERO;
        Money totalOutstanding = Money.ZERO;
        Money remitted = Money.ZERO;
        long members = 0;
        long inArrears = 0;
        List<Finding> findings = new ArrayList<>();
        int i = 0;
        Map<Jurisdiction, String> names = new LinkedHashMap<>();
        county.townships().forEach(tw -> names.put(tw.code(), tw.name()));
        for (Map.Entry<Jurisdiction, List<BranchDuesSummary>> e : branches.entrySet()) {
            Decision<JurisdictionDuesSummary> d = dues.rollUp(e.getKey(), e.getValue());
            JurisdictionDuesSummary s = d.value();
            labels.add(names.getOrDefault(e.getKey(), e.getKey().code()));
            collected[i] = s.collected().toBigDecimal().doubleValue();
            outstanding[i] = s.outstanding().toBigDecimal().doubleValue();
            i++;
            totalExpected = totalExpected.plus(s.expected());
            totalCollected = totalCollected.plus(s.collected());
            totalOutstanding = totalOutstanding.plus(s.outstanding());
            remitted = remitted.plus(s.remittance().orElse(Money.ZERO));
            members += s.members();
            inArrears += s.membersInArrears();
            if (findings.size() < 3) {
                findings.add(Finding.of(names.getOrDefault(e.getKey(), e.getKey().code()), s.toString(), d,
                        t.language()));
            }
        }
        findings.addAll(duesFindings);
        List<Metric> duesMetrics = new ArrayList<>();
        duesMetrics.add(new Metric(t.get("dues.members"), String.valueOf(members)));
        duesMetrics.add(new Metric(t.get("dues.expected"), totalExpected.toString()));
        duesMetrics.add(new Metric(t.get("dues.collected"), totalCollected + (t.zh() ? "（" : " (") + rate(totalCollected, totalExpected) + (t.zh() ? "）" : ")")));
        duesMetrics.add(new Metric(t.get("dues.outstanding"), totalOutstanding.toString()));
        duesMetrics.add(new Metric(t.get("dues.remitted"), remitted.toString()));
        duesMetrics.add(new Metric(t.get("dues.inArrears"), t.rate(inArrears, members)));
        duesMetrics.add(new Metric(t.get("dues.selfWithdrawal"), String.valueOf(selfWithdrawal)));
        Map<String, double[]> series = new LinkedHashMap<>();
        series.put(t.get("dues.collected"), collected);
        series.put(t.get("dues.outstanding"), outstanding);
        Section duesSection = new Section("dues", t.get("dues.title"), t.get("dues.summary", "year", county.year()),
                duesMetrics, List.of(new Section.Chart(t.get("dues.chart"), SvgCharts.bars("dues-townships",
                        t.get("axis.township"), t.get("axis.money"), labels, series, true, null, null))),
                findings, findings.size() - duesFindings.size() + (int) selfWithdrawal);

        List<Metric> admissionMetrics = new ArrayList<>();
        admissionMetrics.add(new Metric(t.get("admission.records"), String.valueOf(records)));
        admissionMetrics.add(new Metric(t.get("admission.withFindings"), t.rate(recordsWithFindings, records)));
        List<String> stageLabels = new ArrayList<>();
        double[] stageCounts = new double[stages.size()];
        int k = 0;
        for (Map.Entry<AdmissionStage, Integer> e : stages.entrySet()) {
            stageLabels.add(t.zh() ? e.getKey().label() : e.getKey().name());
            stageCounts[k++] = e.getValue();
        }
        findingsByRule.forEach((rule, n) -> admissionMetrics.add(new Metric("  " + rule, String.valueOf(n))));
        Section admissionSection = new Section("admission", t.get("admission.title"), t.get("admission.summary"),
                admissionMetrics, List.of(new Section.Chart(t.get("admission.chart"), SvgCharts.bars("admission-stages",
                        t.get("axis.stage"), t.get("axis.count"), stageLabels, Map.of(t.get("axis.count"), stageCounts),
                        false, null, null))),
                admissionFindings, (int) recordsWithFindings);
        return List.of(duesSection, admissionSection);
    }

    private static String rate(Money part, Money whole) {
        return whole.isZero() ? "—" : org.dangjian.core.money.Fraction.rate(part.fen(), whole.fen()).toPercent(2);
    }
}
