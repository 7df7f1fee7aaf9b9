package org.dangjian.training.plan;

import java.time.LocalDate;
import java.time.Year;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import org.dangjian.core.decision.Decision;
import org.dangjian.core.decision.Reason;
import org.dangjian.core.parameter.ResolvedParameters;
import org.dangjian.core.validation.Violations;
import org.dangjian.training.TrainingRules;
import org.dangjian.training.duty.Trainee;
import org.dangjian.training.internal.WeightedAssignment;

/**
 * The rotation plan helper (TRN-PLAN-001): places the people who still owe rotation training in classes with
 * room, training as many as possible before the year ends, and among such plans the earliest.
 *
 * <p>A class suits a person when it starts on or after the as-of date, ends by 31 December of the year, its
 * jurisdiction contains theirs and it admits their role. Solved exactly as a minimum-cost flow with JGraphT
 * (the same network as instructor assignment, each person of weight 1, cost the days until the class
 * starts).
 *
 * <pre>{@code
 * Decision<RotationPlan> d = TrainingPlanPolicy.of(params).planRotation(owing, classes, Year.of(2026), asOf);
 * d.value().getPlacements();   // {P-001=2026-R-03, …}
 * }</pre>
 *
 * <p>This class is immutable and thread-safe.
 */
public final class TrainingPlanPolicy {
    private final ResolvedParameters parameters;

    private TrainingPlanPolicy(ResolvedParameters parameters) {
        this.parameters = parameters;
    }

    /**
     * The policy in force for the parameters' jurisdiction and date.
     *
     * @param parameters the resolved parameters, not null
     * @return the policy, not null
     */
    public static TrainingPlanPolicy of(ResolvedParameters parameters) {
        return new TrainingPlanPolicy(Objects.requireNonNull(parameters, "parameters"));
    }

    /**
     * Plans the placements.
     *
     * @param owing the people who still owe rotation training this year, each id once, not null
     * @param classes the classes, each id once, not null
     * @param year the year, not null
     * @param asOf the as-of date, not null
     * @return the plan (DETERMINED), with a reason for each unplaced person, not null
     * @throws org.dangjian.core.validation.InvalidInputException when a person or a class is listed twice
     */
    public Decision<RotationPlan> planRotation(List<Trainee> owing, List<TrainingClass> classes, Year year,
            LocalDate asOf) {
        Violations v = new Violations();
        Set<String> ids = new HashSet<>();
        for (int i = 0; i < owing.size(); i++) {
            v.check(ids.add(owing.get(i).getId()), "owing[" + i + "].id", "person listed twice", owing.get(i).getId());
        }
        Set<String> classIds = new HashSet<>();
        for (int i = 0; i < classes.size(); i++) {
            v.check(classIds.add(classes.get(i).getId()), "classes[" + i + "].id", "class listed twice",
                    classes.get(i).getId());
        }
        v.throwIfAny();
        LocalDate yearEnd = year.atMonth(12).atEndOfMonth();
        List<Trainee> people = new ArrayList<>(owing);
        people.sort(Comparator.comparing(Trainee::getId));
        List<TrainingClass> open = new ArrayList<>(classes);
        open.sort(Comparator.comparing(TrainingClass::getId));
        int[] weights = new int[people.size()];
        java.util.Arrays.fill(weights, 1);
        int[] capacity = new int[open.size()];
        for (int c = 0; c < open.size(); c++) {
            capacity[c] = open.get(c).getCapacity();
        }
        List<WeightedAssignment.Arc> arcs = new ArrayList<>();
        for (int p = 0; p < people.size(); p++) {
            Trainee t = people.get(p);
            for (int c = 0; c < open.size(); c++) {
                TrainingClass k = open.get(c);
                if (!k.getStartDate().isBefore(asOf) && !k.getEndDate().isAfter(yearEnd)
                        && k.getJurisdiction().contains(t.getJurisdiction())
                        && (k.getRoles().isEmpty() || k.getRoles().contains(t.getRole()))) {
                    arcs.add(WeightedAssignment.Arc.of(p, c, ChronoUnit.DAYS.between(asOf, k.getStartDate())));
                }
            }
        }
        int[] solution = WeightedAssignment.of(weights, capacity, arcs).solve();
        boolean[] suitable = new boolean[people.size()];
        for (WeightedAssignment.Arc a : arcs) {
            suitable[a.demand()] = true;
        }
        Map<String, String> placements = new TreeMap<>();
        Map<String, UnplacedReason> unplaced = new TreeMap<>();
        List<Reason> reasons = new ArrayList<>();
        for (int p = 0; p < people.size(); p++) {
            String id = people.get(p).getId();
            if (solution[p] >= 0) {
                placements.put(id, open.get(solution[p]).getId());
            } else {
                UnplacedReason why = suitable[p] ? UnplacedReason.CLASSES_FULL : UnplacedReason.NO_SUITABLE_CLASS;
                unplaced.put(id, why);
                reasons.add(Reason.of(TrainingRules.PLAN_ROTATION, "plan.unplaced").with("person", id)
                        .with("reason", why.label()));
            }
        }
        reasons.add(0, Reason.of(TrainingRules.PLAN_ROTATION, "plan.summary").with("placed", placements.size())
                .with("owing", people.size()).with("classes", open.size()).with("yearEnd", yearEnd));
        return Decision.determined(RotationPlan.builder().placements(placements).unplaced(unplaced).build(), reasons);
    }
}
