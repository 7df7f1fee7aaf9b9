package org.dangjian.training.assignment;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import org.dangjian.core.code.CreditCode;
import org.dangjian.core.code.Jurisdiction;
import org.dangjian.core.decision.Decision;
import org.dangjian.core.decision.Reason;
import org.dangjian.core.parameter.ParameterKey;
import org.dangjian.core.parameter.ResolvedParameters;
import org.dangjian.core.validation.Violations;
import org.dangjian.training.TrainingParameters;
import org.dangjian.training.TrainingRules;
import org.dangjian.training.internal.WeightedAssignment;

/**
 * Assigns Party-building instructors to the organizations that need one, optimally and with reasons
 * (TRN-ASSIGN-001…004).
 *
 * <p><b>The objective.</b> First serve the greatest total priority weight of organizations (with positive
 * weights this also serves the greatest number); among such plans, the least total cost of township distance,
 * expertise mismatch and reassignment ({@link AssignmentWeights}). Constraints: an instructor serves only
 * organizations in their jurisdiction, never one they have a conflict of interest with, and at most their
 * capacity (the parameter of their kind, {@code training.assignment.capacityFullTime} /
 * {@code capacityPartTime}, unless the instructor carries their own). The problem is solved exactly as a
 * minimum-cost flow with JGraphT; every unserved organization is listed with why.
 *
 * <pre>{@code
 * ResolvedParameters p = PolicyParameters.nationalBaseline()
 *         .adopt(county, TrainingRules.INSTRUCTOR_RULES_2017, LocalDate.of(2026, 1, 1))
 *         .resolve(county, LocalDate.of(2026, 3, 1));
 * Decision<AssignmentPlan> d = InstructorAssignmentPolicy.of(p).decidePlan(needs, instructors);
 * d.value().getAssignments();   // who guides which organization
 * d.value().getUnserved();      // who got none, and why
 * }</pre>
 *
 * <p>Organizations an instructor guides now but that are not in the list of needs are released. This class is
 * immutable and thread-safe.
 */
public final class InstructorAssignmentPolicy {
    private final ResolvedParameters parameters;

    private InstructorAssignmentPolicy(ResolvedParameters parameters) {
        this.parameters = parameters;
    }

    /**
     * The policy in force for the parameters' jurisdiction and date.
     *
     * @param parameters the resolved parameters, not null
     * @return the policy, not null
     */
    public static InstructorAssignmentPolicy of(ResolvedParameters parameters) {
        return new InstructorAssignmentPolicy(Objects.requireNonNull(parameters, "parameters"));
    }

    /**
     * Plans with the standard weights ({@link AssignmentWeights#standard()}).
     *
     * @param needs the organizations that need an instructor, each once, not null
     * @param instructors the instructors, each id once, not null
     * @return the plan ({@code DETERMINED}), or {@code INSUFFICIENT_DATA} when a capacity is not set, not null
     * @throws org.dangjian.core.validation.InvalidInputException listing every duplicate organization or
     *     instructor, and every organization two instructors claim to guide now
     */
    public Decision<AssignmentPlan> decidePlan(List<OrganizationNeed> needs, List<Instructor> instructors) {
        return decidePlan(needs, instructors, AssignmentWeights.standard());
    }

    /**
     * Plans with given weights.
     *
     * @param needs the organizations that need an instructor, each once, not null
     * @param instructors the instructors, each id once, not null
     * @param weights the cost weights, not null
     * @return the plan ({@code DETERMINED}), or {@code INSUFFICIENT_DATA} when a capacity is not set, not null
     * @throws org.dangjian.core.validation.InvalidInputException listing every duplicate organization or
     *     instructor, and every organization two instructors claim to guide now
     */
    public Decision<AssignmentPlan> decidePlan(List<OrganizationNeed> needs, List<Instructor> instructors,
            AssignmentWeights weights) {
        Objects.requireNonNull(weights, "weights");
        Map<CreditCode, String> current = validate(needs, instructors);

        // Capacities: the instructor's own, else the parameter of their kind.
        Map<InstructorKind, Optional<Integer>> byKind = new EnumMap<>(InstructorKind.class);
        byKind.put(InstructorKind.FULL_TIME, parameters.find(TrainingParameters.CAPACITY_FULL_TIME));
        byKind.put(InstructorKind.PART_TIME, parameters.find(TrainingParameters.CAPACITY_PART_TIME));
        List<Reason> missing = new ArrayList<>();
        Set<InstructorKind> kindsUsed = java.util.EnumSet.noneOf(InstructorKind.class);
        for (Instructor i : instructors) {
            if (i.getCapacity().isEmpty()) {
                kindsUsed.add(i.getKind());
            }
        }
        for (InstructorKind k : kindsUsed) {
            if (byKind.get(k).isEmpty()) {
                missing.add(Reason.of(TrainingRules.ASSIGN_CAPACITY, "assign.capacity.missing")
                        .with("kind", k.label()).with("parameter", capacityKey(k).name()));
            }
        }
        if (!missing.isEmpty()) {
            return Decision.insufficientData(missing);
        }

        List<OrganizationNeed> orgs = new ArrayList<>(needs);
        orgs.sort(Comparator.comparingInt(OrganizationNeed::getPriority).reversed()
                .thenComparing(n -> n.getOrganization().code()));
        List<Instructor> staff = new ArrayList<>(instructors);
        staff.sort(Comparator.comparing(Instructor::getId));
        int[] capacity = new int[staff.size()];
        Map<String, List<Integer>> byJurisdiction = new HashMap<>();
        for (int j = 0; j < staff.size(); j++) {
            Instructor i = staff.get(j);
            capacity[j] = i.getCapacity().isPresent() ? i.getCapacity().getAsInt() : byKind.get(i.getKind()).orElseThrow();
            byJurisdiction.computeIfAbsent(i.getJurisdiction().code(), k -> new ArrayList<>()).add(j);
        }

        int[] weightOf = new int[orgs.size()];
        List<WeightedAssignment.Arc> arcs = new ArrayList<>();
        List<List<Integer>> inReach = new ArrayList<>();
        List<List<Integer>> conflicted = new ArrayList<>();
        List<Reason> conflictReasons = new ArrayList<>();
        for (int o = 0; o < orgs.size(); o++) {
            OrganizationNeed need = orgs.get(o);
            weightOf[o] = need.getPriority();
            List<Integer> reach = new ArrayList<>();
            List<Integer> avoid = new ArrayList<>();
            for (Jurisdiction j = need.getJurisdiction(); j != null; j = j.parent().orElse(null)) {
                for (int s : byJurisdiction.getOrDefault(j.code(), List.of())) {
                    reach.add(s);
                    Instructor i = staff.get(s);
                    Optional<ConflictOfInterest> conflict = i.conflictWith(need.getOrganization());
                    if (conflict.isPresent()) {
                        avoid.add(s);
                        if (i.getId().equals(current.get(need.getOrganization()))) {
                            conflictReasons.add(Reason.of(TrainingRules.ASSIGN_CONFLICT, "assign.conflict.dropped")
                                    .with("organization", need.getOrganization()).with("instructor", i.getId())
                                    .with("conflict", conflict.get().getKind().label()));
                        }
                    } else {
                        arcs.add(WeightedAssignment.Arc.of(o, s, cost(need, i, current, weights)));
                    }
                }
            }
            reach.sort(null);
            avoid.sort(null);
            inReach.add(reach);
            conflicted.add(avoid);
        }
        int[] solution = WeightedAssignment.of(weightOf, capacity, arcs).solve();

        int[] load = new int[staff.size()];
        for (int s : solution) {
            if (s >= 0) {
                load[s]++;
            }
        }
        AssignmentPlan.Builder plan = AssignmentPlan.builder();
        List<Assignment> assignments = new ArrayList<>();
        List<UnservedOrganization> unserved = new ArrayList<>();
        List<Reason> reassigned = new ArrayList<>();
        List<Reason> unservedReasons = new ArrayList<>();
        for (int o = 0; o < orgs.size(); o++) {
            OrganizationNeed need = orgs.get(o);
            if (solution[o] >= 0) {
                Instructor i = staff.get(solution[o]);
                String before = current.get(need.getOrganization());
                Optional<String> from = before == null || before.equals(i.getId()) ? Optional.empty() : Optional.of(before);
                assignments.add(Assignment.builder().organization(need.getOrganization()).instructorId(i.getId())
                        .priority(need.getPriority()).distance(distance(i.base(), need.getJurisdiction()))
                        .expertiseMatch(i.getExpertise().contains(need.getIndustry())).reassignedFrom(from)
                        .cost(cost(need, i, current, weights)).build());
                from.ifPresent(f -> reassigned.add(Reason.of(TrainingRules.ASSIGN_COST, "assign.reassigned")
                        .with("organization", need.getOrganization()).with("from", f).with("to", i.getId())));
                continue;
            }
            List<Integer> reach = inReach.get(o);
            List<Integer> avoid = conflicted.get(o);
            UnservedReason why;
            List<Integer> considered;
            if (reach.isEmpty()) {
                why = UnservedReason.NO_INSTRUCTOR_IN_REACH;
                considered = List.of();
            } else if (avoid.size() == reach.size()) {
                why = UnservedReason.ONLY_CONFLICTED;
                considered = avoid;
            } else {
                why = UnservedReason.ALL_AT_CAPACITY;
                considered = new ArrayList<>(reach);
                considered.removeAll(avoid);
                for (int s : considered) {
                    if (load[s] < capacity[s]) {
                        throw new IllegalStateException("the flow left " + need.getOrganization() + " unserved while "
                                + staff.get(s).getId() + " has room: the solver's result is not optimal");
                    }
                }
            }
            List<String> ids = new ArrayList<>();
            for (int s : considered) {
                ids.add(staff.get(s).getId());
            }
            unserved.add(UnservedOrganization.builder().organization(need.getOrganization()).need(need.getNeed())
                    .priority(need.getPriority()).reason(why).instructorsConsidered(ids).build());
            unservedReasons.add(unservedReason(need, why, ids));
        }
        assignments.sort(Comparator.comparing(a -> a.getOrganization().code()));
        unserved.sort(Comparator.comparing(u -> u.getOrganization().code()));
        Map<String, Integer> capacities = new TreeMap<>();
        for (int s = 0; s < staff.size(); s++) {
            capacities.put(staff.get(s).getId(), capacity[s]);
        }
        AssignmentPlan result = plan.assignments(assignments).unserved(unserved).capacities(capacities).build();

        List<Reason> reasons = new ArrayList<>();
        long totalWeight = result.servedWeight() + result.unservedWeight();
        reasons.add(Reason.of(TrainingRules.ASSIGN_COVERAGE, "assign.summary")
                .with("served", result.served()).with("needing", result.needing())
                .with("servedWeight", result.servedWeight()).with("totalWeight", totalWeight)
                .with("instructors", staff.size()));
        Reason cap = Reason.of(TrainingRules.ASSIGN_CAPACITY, "assign.capacity");
        for (InstructorKind k : kindsUsed) {
            cap = cap.read(capacityKey(k).name(), byKind.get(k).orElseThrow());
        }
        reasons.add(cap.with("kinds", kindsUsed.isEmpty() ? "-" : labels(kindsUsed)));
        reasons.add(Reason.of(TrainingRules.ASSIGN_COST, "assign.objective")
                .with("cost", result.totalCost()).with("distancePerLevel", weights.distancePerLevel())
                .with("expertiseMismatch", weights.expertiseMismatch()).with("reassignment", weights.reassignment())
                .with("reassigned", reassigned.size()));
        reasons.addAll(conflictReasons);
        reasons.addAll(reassigned);
        reasons.addAll(unservedReasons);
        parameters.find(TrainingParameters.MIN_LOAD).ifPresent(min -> {
            for (int s = 0; s < staff.size(); s++) {
                if (load[s] < min && capacity[s] >= min) {
                    reasons.add(Reason.of(TrainingRules.ASSIGN_CAPACITY, "assign.underLoaded")
                            .with("instructor", staff.get(s).getId()).with("load", load[s])
                            .read(TrainingParameters.MIN_LOAD.name(), min));
                }
            }
        });
        return Decision.determined(result, reasons);
    }

    private static String labels(Set<InstructorKind> kinds) {
        StringBuilder sb = new StringBuilder();
        for (InstructorKind k : kinds) {
            sb.append(sb.length() == 0 ? "" : "、").append(k.label());
        }
        return sb.toString();
    }

    private static Reason unservedReason(OrganizationNeed need, UnservedReason why, List<String> ids) {
        switch (why) {
            case NO_INSTRUCTOR_IN_REACH:
                return Reason.of(TrainingRules.ASSIGN_COVERAGE, "assign.unserved.noReach")
                        .with("organization", need.getOrganization()).with("jurisdiction", need.getJurisdiction())
                        .with("need", need.getNeed().label());
            case ONLY_CONFLICTED:
                return Reason.of(TrainingRules.ASSIGN_CONFLICT, "assign.unserved.conflicted")
                        .with("organization", need.getOrganization()).with("instructors", String.join("、", ids));
            default:
                return Reason.of(TrainingRules.ASSIGN_CAPACITY, "assign.unserved.full")
                        .with("organization", need.getOrganization()).with("priority", need.getPriority())
                        .with("instructors", String.join("、", ids));
        }
    }

    private static ParameterKey<Integer> capacityKey(InstructorKind k) {
        return k == InstructorKind.FULL_TIME ? TrainingParameters.CAPACITY_FULL_TIME : TrainingParameters.CAPACITY_PART_TIME;
    }

    private static long cost(OrganizationNeed need, Instructor i, Map<CreditCode, String> current, AssignmentWeights w) {
        long c = (long) w.distancePerLevel() * distance(i.base(), need.getJurisdiction());
        if (!i.getExpertise().contains(need.getIndustry())) {
            c += w.expertiseMismatch();
        }
        String before = current.get(need.getOrganization());
        if (before != null && !before.equals(i.getId())) {
            c += w.reassignment();
        }
        return c;
    }

    /**
     * Levels of the division hierarchy between two places: 0 in the same township (or the same place), 1 in
     * the same county, 2 in the same city, 3 in the same province, 4 farther.
     *
     * @param a one place, not null
     * @param b the other, not null
     * @return 0 to 4
     */
    public static int distance(Jurisdiction a, Jurisdiction b) {
        String x = a.code();
        String y = b.code();
        if (x.equals(y) || (x.length() >= 9 && y.length() >= 9 && x.regionMatches(0, y, 0, 9))) {
            return 0;
        }
        if (x.regionMatches(0, y, 0, 6)) {
            return 1;
        }
        if (x.regionMatches(0, y, 0, 4)) {
            return 2;
        }
        return x.regionMatches(0, y, 0, 2) ? 3 : 4;
    }

    private static Map<CreditCode, String> validate(List<OrganizationNeed> needs, List<Instructor> instructors) {
        Violations v = new Violations();
        Set<CreditCode> seen = new HashSet<>();
        for (int i = 0; i < needs.size(); i++) {
            v.check(seen.add(needs.get(i).getOrganization()), "needs[" + i + "].organization",
                    "organization listed twice; list each once with its highest priority", needs.get(i).getOrganization());
        }
        Set<String> ids = new HashSet<>();
        Map<CreditCode, String> current = new HashMap<>();
        for (int i = 0; i < instructors.size(); i++) {
            Instructor ins = instructors.get(i);
            v.check(ids.add(ins.getId()), "instructors[" + i + "].id", "instructor listed twice", ins.getId());
            for (CreditCode c : ins.getCurrentOrganizations()) {
                String other = current.putIfAbsent(c, ins.getId());
                v.check(other == null || other.equals(ins.getId()), "instructors[" + i + "].currentOrganizations",
                        "organization already guided by " + other + "; an organization has one instructor", c);
            }
        }
        v.throwIfAny();
        return current;
    }
}
