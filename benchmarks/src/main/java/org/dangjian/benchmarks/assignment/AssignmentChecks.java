package org.dangjian.benchmarks.assignment;

import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import org.dangjian.core.code.CreditCode;
import org.dangjian.training.assignment.Assignment;
import org.dangjian.training.assignment.AssignmentPlan;
import org.dangjian.training.assignment.Instructor;
import org.dangjian.training.assignment.OrganizationNeed;

/**
 * Checks a plan independently of the solver before it is timed: every organization served at most once, by an
 * instructor whose jurisdiction holds it, without a conflict of interest, within capacity; and no organization
 * left unserved while an instructor who could take it has room (a necessary condition of optimality).
 */
public final class AssignmentChecks {

    private AssignmentChecks() {
    }

    /**
     * Checks the plan.
     *
     * @param inputs the problem, not null
     * @param plan the plan, not null
     * @throws IllegalStateException naming the first breach
     */
    public static void requireFeasible(AssignmentInputs inputs, AssignmentPlan plan) {
        Map<String, Instructor> byId = new HashMap<>();
        inputs.instructors().forEach(i -> byId.put(i.getId(), i));
        Map<CreditCode, OrganizationNeed> needs = new HashMap<>();
        inputs.needs().forEach(n -> needs.put(n.getOrganization(), n));
        Map<String, Integer> load = new HashMap<>();
        Set<CreditCode> served = new HashSet<>();
        for (Assignment a : plan.getAssignments()) {
            Instructor i = byId.get(a.getInstructorId());
            OrganizationNeed n = needs.get(a.getOrganization());
            if (i == null || n == null || !served.add(a.getOrganization())) {
                throw new IllegalStateException("unknown or repeated: " + a);
            }
            if (!i.getJurisdiction().contains(n.getJurisdiction()) || i.conflictWith(n.getOrganization()).isPresent()) {
                throw new IllegalStateException("out of reach or conflicted: " + a);
            }
            load.merge(i.getId(), 1, Integer::sum);
        }
        for (Map.Entry<String, Integer> e : load.entrySet()) {
            if (e.getValue() > plan.getCapacities().get(e.getKey())) {
                throw new IllegalStateException(e.getKey() + " over capacity: " + e.getValue());
            }
        }
        if (served.size() + plan.getUnserved().size() != needs.size()) {
            throw new IllegalStateException("served " + served.size() + " + unserved " + plan.getUnserved().size()
                    + " != " + needs.size());
        }
        for (OrganizationNeed n : inputs.needs()) {
            if (served.contains(n.getOrganization())) {
                continue;
            }
            for (Instructor i : inputs.instructors()) {
                if (i.getJurisdiction().contains(n.getJurisdiction()) && i.conflictWith(n.getOrganization()).isEmpty()
                        && load.getOrDefault(i.getId(), 0) < plan.getCapacities().get(i.getId())) {
                    throw new IllegalStateException(n.getOrganization() + " unserved while " + i.getId() + " has room");
                }
            }
        }
    }
}
