package org.dangjian.examples.report;

import java.time.LocalDate;
import java.time.Year;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.dangjian.core.code.CreditCode;
import org.dangjian.core.code.Jurisdiction;
import org.dangjian.core.code.JurisdictionLevel;
import org.dangjian.core.decision.Decision;
import org.dangjian.core.decision.Outcome;
import org.dangjian.core.decision.Reason;
import org.dangjian.core.organization.NewOrganization;
import org.dangjian.core.organization.PartyOrganization;
import org.dangjian.core.parameter.ResolvedParameters;
import org.dangjian.coverage.formation.FormationPolicy;
import org.dangjian.examples.county.PartyLife;
import org.dangjian.examples.county.SampleCounty;
import org.dangjian.examples.county.SampleInstructor;
import org.dangjian.examples.county.SampleMember;
import org.dangjian.examples.county.SampleTraining;
import org.dangjian.examples.county.Township;
import org.dangjian.training.assignment.AssignmentPlan;
import org.dangjian.training.assignment.ConflictKind;
import org.dangjian.training.assignment.ConflictOfInterest;
import org.dangjian.training.assignment.Instructor;
import org.dangjian.training.assignment.InstructorAssignmentPolicy;
import org.dangjian.training.assignment.InstructorKind;
import org.dangjian.training.assignment.InstructorNeed;
import org.dangjian.training.assignment.OrganizationNeed;
import org.dangjian.training.assignment.UnservedOrganization;
import org.dangjian.training.duty.ClassHours;
import org.dangjian.training.duty.CoverageRow;
import org.dangjian.training.duty.DutyAssessment;
import org.dangjian.training.duty.OrganizerLevel;
import org.dangjian.training.duty.Role;
import org.dangjian.training.duty.Trainee;
import org.dangjian.training.duty.TrainingDutyPolicy;
import org.dangjian.training.duty.TrainingKind;
import org.dangjian.training.duty.TrainingRecord;
import org.dangjian.training.visit.Visit;
import org.dangjian.training.visit.VisitPolicy;
import org.dangjian.training.visit.VisitReport;

/**
 * The training module's view: the optimal instructor assignment plan with every unserved organization and why,
 * instructor load and visits against the county's visit cycle, and training duties (class hours, rotation,
 * onboarding) by township.
 */
final class TrainingSections implements LifeConsumer {
    private static final int MAX_FINDINGS = 100;
    /** Needs per assignment problem: larger townships are planned in blocks (each block exact). */
    static final int BLOCK = 2_000;
    private static final int CHUNK = 20_000;

    private final SampleCounty county;
    private final ResolvedParameters parameters;
    private final Text text;
    private final TrainingDutyPolicy duties;
    private final Year year;
    private final LocalDate asOf;
    private final List<Trainee> trainees = new ArrayList<>();
    private final List<TrainingRecord> records = new ArrayList<>();
    private final Map<String, CoverageRow> rows = new TreeMap<>();
    private final List<Finding> dutyFindings = new ArrayList<>();
    private final Set<String> weakAndLax = new LinkedHashSet<>();
    private long onboardingOverdue;

    TrainingSections(SampleCounty county, ResolvedParameters parameters, Text text) {
        this.county = county;
        this.parameters = parameters;
        this.text = text;
        this.duties = TrainingDutyPolicy.of(parameters);
        this.year = Year.of(county.year());
        this.asOf = county.asOf();
    }

    /** Marks a Party organization as weak and lax: its units need an instructor first. */
    void markWeakAndLax(String partyOrganizationId) {
        weakAndLax.add(partyOrganizationId);
    }

    @Override
    public void accept(PartyOrganization po, PartyLife life) {
        Map<String, SampleMember> members = new HashMap<>();
        for (SampleMember m : life.members()) {
            members.put(m.id(), m);
        }
        for (SampleTraining tr : life.trainings()) {
            SampleMember m = members.get(tr.memberId());
            Role role = tr.secretary() ? Role.SECRETARY : m.probationary() ? Role.PROBATIONARY_MEMBER : Role.MEMBER;
            Trainee.Builder t = Trainee.builder().id(tr.memberId()).role(role).jurisdiction(po.getJurisdiction())
                    .admittedOn(m.admittedOn());
            tr.appointedOn().ifPresent(t::appointedOn);
            Trainee trainee = t.build();
            trainees.add(trainee);
            List<TrainingRecord> own = records(tr);
            records.addAll(own);
            if (tr.appointedOn().isPresent()) {
                Decision<DutyAssessment> d = duties.assessOnboarding(trainee, own, asOf);
                if (d.outcome() == Outcome.NON_COMPLIANT) {
                    onboardingOverdue++;
                    if (dutyFindings.size() < MAX_FINDINGS) {
                        dutyFindings.add(Finding.of(po.getName() + " · " + m.name(), text.get("duty.onboardingLate",
                                "appointed", tr.appointedOn().get(), "deadline",
                                d.value().getDeadline().map(Object::toString).orElse("—")), d, text.language()));
                    }
                }
            }
        }
        if (trainees.size() >= CHUNK) {
            flush();
        }
    }

    private List<TrainingRecord> records(SampleTraining tr) {
        List<TrainingRecord> l = new ArrayList<>(3);
        int rotation = tr.rotationAttended() ? Math.min(8, tr.classHours()) : 0;
        if (rotation > 0) {
            l.add(TrainingRecord.builder().personId(tr.memberId()).course(year + "年“两新”党员轮训")
                    .kind(TrainingKind.ROTATION).organizerLevel(tr.centralisedAtCounty() ? OrganizerLevel.COUNTY
                            : OrganizerLevel.TOWNSHIP)
                    .startDate(LocalDate.of(year.getValue(), 6, 10)).endDate(LocalDate.of(year.getValue(), 6, 10))
                    .classHours(ClassHours.of(rotation)).build());
        }
        if (tr.classHours() > rotation) {
            l.add(TrainingRecord.builder().personId(tr.memberId()).course(year + "年集中学习")
                    .kind(TrainingKind.CENTRALISED).organizerLevel(OrganizerLevel.PRIMARY_ORGANIZATION)
                    .startDate(LocalDate.of(year.getValue(), 3, 1)).endDate(LocalDate.of(year.getValue(), 11, 30))
                    .classHours(ClassHours.of(tr.classHours() - rotation)).build());
        }
        tr.onboardingOn().filter(d -> !d.isAfter(asOf)).ifPresent(d -> l.add(TrainingRecord.builder()
                .personId(tr.memberId()).course("新任书记任职培训").kind(TrainingKind.ONBOARDING)
                .organizerLevel(OrganizerLevel.COUNTY).startDate(d).endDate(d).classHours(ClassHours.of(8)).build()));
        return l;
    }

    private void flush() {
        if (trainees.isEmpty()) {
            return;
        }
        Decision<org.dangjian.training.duty.CoverageReport> d = duties.report(trainees, records, year, asOf,
                JurisdictionLevel.TOWNSHIP);
        d.findValue().ifPresent(r -> {
            for (CoverageRow row : r.getRows()) {
                rows.merge(row.getJurisdiction() + "|" + row.getRole().name(), row, CoverageRow::plus);
            }
        });
        trainees.clear();
        records.clear();
    }

    List<Section> sections(Progress progress) {
        flush();
        return List.of(assignment(progress), duties());
    }

    private Section assignment(Progress progress) {
        Text t = text;
        FormationPolicy scope = FormationPolicy.of(parameters);
        Map<CreditCode, Boolean> covered = new HashMap<>();
        Map<CreditCode, InstructorNeed> newly = new HashMap<>();
        for (PartyOrganization po : county.partyOrganizations()) {
            boolean fresh = po.getFormedOn().map(d -> d.getYear() == county.year()).orElse(false);
            boolean weak = weakAndLax.contains(po.getId());
            for (CreditCode c : po.getCoveredOrganizations()) {
                covered.put(c, true);
                if (weak) {
                    newly.put(c, InstructorNeed.WEAK_AND_LAX);
                } else if (fresh) {
                    newly.putIfAbsent(c, InstructorNeed.NEWLY_FORMED);
                }
            }
        }
        Map<Jurisdiction, List<OrganizationNeed>> needs = new LinkedHashMap<>();
        for (Township tw : county.townships()) {
            needs.put(tw.code(), new ArrayList<>());
        }
        for (NewOrganization o : county.organizations()) {
            InstructorNeed need = newly.get(o.getCreditCode());
            if (need == null && !covered.containsKey(o.getCreditCode()) && scope.isInScope(o)) {
                need = InstructorNeed.WORK_COVERAGE_ONLY;
            }
            if (need != null && o.isOperating()) {
                needs.get(o.getJurisdiction()).add(OrganizationNeed.builder().organization(o.getCreditCode())
                        .jurisdiction(o.getJurisdiction()).industry(o.getIndustry()).need(need)
                        .priority(need == InstructorNeed.WEAK_AND_LAX ? 3 : need == InstructorNeed.NEWLY_FORMED ? 2 : 1)
                        .build());
            }
        }
        Map<Jurisdiction, List<Instructor>> instructors = new LinkedHashMap<>();
        for (SampleInstructor i : county.instructors()) {
            Instructor.Builder b = Instructor.builder().id(i.id())
                    .kind(i.fullTime() ? InstructorKind.FULL_TIME : InstructorKind.PART_TIME)
                    .jurisdiction(i.township()).expertise(i.expertise()).currentOrganizations(i.assignments());
            for (CreditCode c : i.conflicts()) {
                b.addConflicts(ConflictOfInterest.of(c, ConflictKind.INVESTS_IN));
            }
            instructors.computeIfAbsent(i.township(), k -> new ArrayList<>()).add(b.build());
        }
        InstructorAssignmentPolicy policy = InstructorAssignmentPolicy.of(parameters);
        long needing = 0;
        long served = 0;
        Map<String, Integer> loads = new TreeMap<>();
        Map<String, Integer> unservedBy = new LinkedHashMap<>();
        List<Finding> findings = new ArrayList<>();
        long unservedTotal = 0;
        progress.start(t.get("progress.assignment"), needs.size());
        int done = 0;
        for (Map.Entry<Jurisdiction, List<OrganizationNeed>> e : needs.entrySet()) {
            List<OrganizationNeed> all = e.getValue();
            List<Instructor> pool = instructors.getOrDefault(e.getKey(), List.of());
            int blocks = Math.max(1, (all.size() + BLOCK - 1) / BLOCK);
            for (int b = 0; b < blocks; b++) {
                List<OrganizationNeed> block = new ArrayList<>();
                for (int k = b; k < all.size(); k += blocks) {
                    block.add(all.get(k));
                }
                List<Instructor> share = new ArrayList<>();
                for (int k = b; k < pool.size(); k += blocks) {
                    share.add(pool.get(k));
                }
                Decision<AssignmentPlan> d = policy.decidePlan(block, share);
                if (d.findValue().isEmpty()) {
                    findings.add(Finding.of(e.getKey().code(), t.get("assignment.notPlanned"), d, t.language()));
                    continue;
                }
                AssignmentPlan plan = d.value();
                needing += plan.needing();
                served += plan.served();
                share.forEach(i -> loads.put(i.getId(), plan.loads().getOrDefault(i.getId(), 0)));
                for (UnservedOrganization u : plan.getUnserved()) {
                    unservedTotal++;
                    String why = t.zh() ? u.getReason().label() : u.getReason().name();
                    unservedBy.merge(why, 1, Integer::sum);
                    if (findings.size() < MAX_FINDINGS) {
                        List<ReasonLine> reasons = new ArrayList<>();
                        for (Reason r : d.reasons()) {
                            if (u.getOrganization().code().equals(r.arguments().get("organization"))) {
                                reasons.add(ReasonLine.of(r, t.language()));
                            }
                        }
                        String name = county.organization(u.getOrganization()).map(NewOrganization::getName).orElse("");
                        findings.add(new Finding(name + "（" + u.getOrganization() + "）", t.zh() ? "未选派" : "UNSERVED",
                                why + (t.zh() ? "；需求：" + u.getNeed().label() : "; need: " + u.getNeed().name()),
                                reasons));
                    }
                }
            }
            progress.stepTo(++done);
        }
        progress.finish();
        int maxLoad = loads.values().stream().mapToInt(Integer::intValue).max().orElse(0);
        List<String> loadLabels = new ArrayList<>();
        double[] loadCounts = new double[maxLoad + 1];
        for (int l = 0; l <= maxLoad; l++) {
            loadLabels.add(String.valueOf(l));
        }
        loads.values().forEach(l -> loadCounts[l]++);
        List<Metric> metrics = new ArrayList<>();
        metrics.add(new Metric(t.get("assignment.instructors"), String.valueOf(county.instructors().size())));
        metrics.add(new Metric(t.get("assignment.served"), t.rate(served, needing)));
        unservedBy.forEach((k, v) -> metrics.add(new Metric("  " + t.get("assignment.unserved") + (t.zh() ? "：" : ": ") + k, String.valueOf(v))));
        visits(metrics, findings);
        return new Section("assignment", t.get("assignment.title"), t.get("assignment.summary", "block", BLOCK),
                metrics, List.of(new Section.Chart(t.get("assignment.chart"), SvgCharts.bars("assignment-load",
                        t.get("axis.load"), t.get("axis.instructors"), loadLabels,
                        Map.of(t.get("axis.instructors"), loadCounts), false, null, null))),
                findings, (int) unservedTotal);
    }

    private void visits(List<Metric> metrics, List<Finding> findings) {
        VisitPolicy policy = VisitPolicy.of(parameters);
        LocalDate from = LocalDate.of(county.year(), 1, 1);
        long owed = 0;
        long visited = 0;
        long pairs = 0;
        long behind = 0;
        for (SampleInstructor i : county.instructors()) {
            for (CreditCode c : i.assignments()) {
                List<Visit> visits = new ArrayList<>();
                for (LocalDate d : county.visits(i, c)) {
                    visits.add(Visit.builder().organization(c).instructorId(i.id()).date(d).build());
                }
                Decision<VisitReport> d = policy.assessVisits(c, i.id(), visits, from, asOf);
                if (d.findValue().isEmpty()) {
                    continue;
                }
                pairs++;
                owed += d.value().getCyclesOwed();
                visited += d.value().cyclesVisited();
                if (d.outcome() == Outcome.NON_COMPLIANT) {
                    behind++;
                    if (findings.size() < MAX_FINDINGS + 20 && behind <= 20) {
                        findings.add(Finding.of(i.id() + " → " + c, text.get("visits.headline", "visited",
                                d.value().cyclesVisited(), "owed", d.value().getCyclesOwed()), d, text.language()));
                    }
                }
            }
        }
        metrics.add(new Metric(text.get("visits.cycles"), text.rate(visited, owed)));
        metrics.add(new Metric(text.get("visits.behind"), text.rate(behind, pairs)));
    }

    private Section duties() {
        Text t = text;
        Map<Jurisdiction, long[]> byTownship = new LinkedHashMap<>();
        for (Township tw : county.townships()) {
            byTownship.put(tw.code(), new long[4]);
        }
        long[] total = new long[4];
        Map<Role, long[]> byRole = new TreeMap<>();
        for (CoverageRow r : rows.values()) {
            long[] v = byTownship.computeIfAbsent(r.getJurisdiction(), k -> new long[4]);
            long[] add = {r.getHoursRequired(), r.getHoursMet(), r.getRotationRequired(), r.getRotationDone()};
            long[] role = byRole.computeIfAbsent(r.getRole(), k -> new long[4]);
            for (int i = 0; i < 4; i++) {
                v[i] += add[i];
                total[i] += add[i];
                role[i] += add[i];
            }
        }
        List<Metric> metrics = new ArrayList<>();
        metrics.add(new Metric(t.get("duty.hours"), t.rate(total[1], total[0])));
        metrics.add(new Metric(t.get("duty.rotation"), t.rate(total[3], total[2])));
        for (Map.Entry<Role, long[]> e : byRole.entrySet()) {
            String role = t.zh() ? e.getKey().label() : e.getKey().name();
            metrics.add(new Metric("  " + role + t.get("duty.hoursOf"), t.rate(e.getValue()[1], e.getValue()[0])));
        }
        metrics.add(new Metric(t.get("duty.onboardingOverdue"), String.valueOf(onboardingOverdue)));
        List<String> labels = new ArrayList<>();
        double[] hours = new double[county.townships().size()];
        double[] rotation = new double[county.townships().size()];
        int i = 0;
        for (Township tw : county.townships()) {
            long[] v = byTownship.get(tw.code());
            labels.add(tw.name());
            hours[i] = v[0] == 0 ? 0 : v[1] * 100.0 / v[0];
            rotation[i] = v[2] == 0 ? 0 : v[3] * 100.0 / v[2];
            i++;
        }
        Map<String, double[]> series = new LinkedHashMap<>();
        series.put(t.get("duty.hours"), hours);
        series.put(t.get("duty.rotation"), rotation);
        return new Section("training", t.get("duty.title"), t.get("duty.summary"), metrics,
                List.of(new Section.Chart(t.get("duty.chart"), SvgCharts.bars("training-townships",
                        t.get("axis.township"), t.get("axis.rate"), labels, series, false, null, null))),
                dutyFindings, (int) onboardingOverdue);
    }
}
