package org.dangjian.training.visit;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.dangjian.core.code.CreditCode;
import org.dangjian.core.decision.Decision;
import org.dangjian.core.decision.Outcome;
import org.dangjian.core.decision.Reason;
import org.dangjian.core.parameter.ResolvedParameters;
import org.dangjian.training.TrainingParameters;
import org.dangjian.training.TrainingRules;

/**
 * The instructor's visit duty (TRN-VISIT-001) and named duties (TRN-VISIT-002).
 *
 * <p>The frequency is a local parameter ({@code training.visit.cycle}; one prefecture requires every half
 * month, shipped as the grade-C profile {@link TrainingRules#LOCAL_HALF_MONTH_VISITS}); without it the
 * decision is {@code INSUFFICIENT_DATA}. A cycle is owed when it starts on or after the start of the
 * assignment and has ended by the as-of date; the running cycle is not yet owed.
 *
 * <pre>{@code
 * VisitPolicy.of(params).assessVisits(org, "I-001", visits, LocalDate.of(2026, 1, 1), LocalDate.of(2026, 3, 1));
 * // NON_COMPLIANT: HALF_MONTH 3/4 visited, missed [2026-02-16]
 * }</pre>
 *
 * <p>This class is immutable and thread-safe.
 */
public final class VisitPolicy {
    private final ResolvedParameters parameters;

    private VisitPolicy(ResolvedParameters parameters) {
        this.parameters = parameters;
    }

    /**
     * The policy in force for the parameters' jurisdiction and date.
     *
     * @param parameters the resolved parameters, not null
     * @return the policy, not null
     */
    public static VisitPolicy of(ResolvedParameters parameters) {
        return new VisitPolicy(Objects.requireNonNull(parameters, "parameters"));
    }

    /**
     * The cycles owed and missed for one organization and its instructor.
     *
     * @param organization the organization, not null
     * @param instructorId the instructor, not null
     * @param visits visits (others' are ignored), not null
     * @param from the first day of the assignment, not null
     * @param asOf the as-of date, not null
     * @return COMPLIANT (no cycle missed), NON_COMPLIANT, or INSUFFICIENT_DATA (no local frequency), not null
     */
    public Decision<VisitReport> assessVisits(CreditCode organization, String instructorId, List<Visit> visits,
            LocalDate from, LocalDate asOf) {
        Optional<VisitCycle> cycle = parameters.find(TrainingParameters.VISIT_CYCLE);
        if (cycle.isEmpty()) {
            return Decision.insufficientData(List.of(Reason.of(TrainingRules.VISIT_FREQUENCY, "visit.noCycle")
                    .with("organization", organization).with("parameter", TrainingParameters.VISIT_CYCLE.name())));
        }
        VisitCycle c = cycle.get();
        TreeSet<LocalDate> visitedCycles = new TreeSet<>();
        for (Visit v : visits) {
            if (v.getOrganization().equals(organization) && v.getInstructorId().equals(instructorId)
                    && !v.getDate().isBefore(from) && !v.getDate().isAfter(asOf)) {
                visitedCycles.add(c.startOf(v.getDate()));
            }
        }
        LocalDate start = c.startOf(from);
        if (start.isBefore(from)) {
            start = c.endOf(from).plusDays(1);
        }
        int owed = 0;
        List<LocalDate> missed = new ArrayList<>();
        for (LocalDate s = start; !c.endOf(s).isAfter(asOf); s = c.endOf(s).plusDays(1)) {
            owed++;
            if (!visitedCycles.contains(s)) {
                missed.add(s);
            }
        }
        VisitReport report = VisitReport.builder().organization(organization).instructorId(instructorId).cycle(c)
                .cyclesOwed(owed).missed(missed).build();
        Reason r = Reason.of(TrainingRules.VISIT_FREQUENCY, missed.isEmpty() ? "visit.complete" : "visit.missed")
                .with("organization", organization).with("instructor", instructorId).with("owed", owed)
                .with("missed", missed.size()).with("dates", missed)
                .read(TrainingParameters.VISIT_CYCLE.name(), c.label());
        return Decision.of(missed.isEmpty() ? Outcome.COMPLIANT : Outcome.NON_COMPLIANT, report, r);
    }

    /**
     * Which of the instructor rule's named duties (key meetings, activists, union and youth-league work) no
     * visit in a period exercised.
     *
     * @param organization the organization, not null
     * @param instructorId the instructor, not null
     * @param visits visits, not null
     * @param from the first day, not null
     * @param to the last day, not null
     * @return the duties not exercised (DETERMINED; empty when all were), not null
     */
    public Decision<Set<VisitPurpose>> reviewDuties(CreditCode organization, String instructorId, List<Visit> visits,
            LocalDate from, LocalDate to) {
        Set<VisitPurpose> missing = EnumSet.of(VisitPurpose.KEY_MEETING, VisitPurpose.ACTIVIST_CULTIVATION,
                VisitPurpose.MASS_ORGANIZATION_GUIDANCE);
        for (Visit v : visits) {
            if (v.getOrganization().equals(organization) && v.getInstructorId().equals(instructorId)
                    && !v.getDate().isBefore(from) && !v.getDate().isAfter(to)) {
                missing.removeAll(v.getPurposes());
            }
        }
        List<String> labels = new ArrayList<>();
        missing.forEach(p -> labels.add(p.label()));
        return Decision.determined(java.util.Collections.unmodifiableSet(missing),
                List.of(Reason.of(TrainingRules.VISIT_DUTIES, missing.isEmpty() ? "duties.all" : "duties.missing")
                        .with("organization", organization).with("instructor", instructorId)
                        .with("from", from).with("to", to).with("duties", String.join("、", labels))));
    }
}
