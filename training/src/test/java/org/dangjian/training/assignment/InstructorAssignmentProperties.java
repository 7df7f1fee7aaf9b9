package org.dangjian.training.assignment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import org.dangjian.core.code.CreditCode;
import org.dangjian.core.code.Industry;
import org.dangjian.core.code.Jurisdiction;
import org.dangjian.core.parameter.ResolvedParameters;
import org.dangjian.training.TestParameters;

/**
 * The plan's invariants on small generated instances (≤ 5 organizations × 3 instructors), checked against an
 * exhaustive search written independently of the solver.
 */
class InstructorAssignmentProperties {
    private static final ResolvedParameters PARAMS = TestParameters.with(LocalDate.of(2026, 3, 1),
            "training.assignment.capacityFullTime", "2", "training.assignment.capacityPartTime", "1");
    private static final String[] PLACES = {"430102001", "430102002", "430102"};
    private static final Industry[] INDUSTRIES = {Industry.C, Industry.F};

    /** A generated instance. */
    static final class Instance {
        final List<OrganizationNeed> needs = new ArrayList<>();
        final List<Instructor> instructors = new ArrayList<>();
        final AssignmentWeights weights;

        Instance(long seed, int maxOrgs, int maxInstructors) {
            Random r = new Random(seed);
            int n = 1 + r.nextInt(maxOrgs);
            int m = 1 + r.nextInt(maxInstructors);
            for (int i = 0; i < n; i++) {
                needs.add(OrganizationNeed.builder().organization(code(i))
                        .jurisdiction(Jurisdiction.of(PLACES[r.nextInt(2)])).industry(INDUSTRIES[r.nextInt(2)])
                        .need(InstructorNeed.values()[r.nextInt(3)]).priority(1 + r.nextInt(3)).build());
            }
            Map<Integer, Integer> currentOf = new HashMap<>();
            for (int i = 0; i < n; i++) {
                if (r.nextInt(3) == 0) {
                    currentOf.put(i, r.nextInt(m));
                }
            }
            for (int j = 0; j < m; j++) {
                instructors.add(instructor(r, j, currentOf));
            }
            weights = AssignmentWeights.of(r.nextInt(20), r.nextInt(20), r.nextInt(30));
        }

        Instructor instructor(Random r, int j, Map<Integer, Integer> currentOf) {
            Instructor.Builder b = Instructor.builder().id("I-" + j)
                    .kind(r.nextBoolean() ? InstructorKind.FULL_TIME : InstructorKind.PART_TIME)
                    .jurisdiction(Jurisdiction.of(PLACES[r.nextInt(3)]));
            if (r.nextInt(3) == 0) {
                b.capacity(r.nextInt(4));
            }
            if (r.nextBoolean()) {
                b.addExpertise(INDUSTRIES[r.nextInt(2)]);
            }
            for (int i = 0; i < needs.size(); i++) {
                if (r.nextInt(5) == 0) {
                    b.addConflicts(ConflictOfInterest.of(code(i), ConflictKind.values()[r.nextInt(3)]));
                }
                if (Integer.valueOf(j).equals(currentOf.get(i))) {
                    b.addCurrentOrganizations(code(i));
                }
            }
            return b.build();
        }
    }

    static CreditCode code(int i) {
        return CreditCode.withCheckCharacter("91430102MA4L" + String.format("%05d", i));
    }

    static int capacity(Instructor i) {
        return i.getCapacity().isPresent() ? i.getCapacity().getAsInt() : i.getKind() == InstructorKind.FULL_TIME ? 2 : 1;
    }

    static boolean feasible(Instructor i, OrganizationNeed n) {
        return i.getJurisdiction().contains(n.getJurisdiction()) && i.conflictWith(n.getOrganization()).isEmpty();
    }

    /** Cost written out from the objective's definition (same township 0, same county 1). */
    static long cost(Instructor i, OrganizationNeed n, List<Instructor> all, AssignmentWeights w) {
        String base = i.base().code();
        String at = n.getJurisdiction().code();
        int levels = base.equals(at) ? 0 : 1;
        long c = (long) levels * w.distancePerLevel();
        if (!i.getExpertise().contains(n.getIndustry())) {
            c += w.expertiseMismatch();
        }
        for (Instructor other : all) {
            if (other != i && other.getCurrentOrganizations().contains(n.getOrganization())) {
                c += w.reassignment();
            }
        }
        return c;
    }

    /** The exhaustive optimum: {unserved weight, cost, served count}. */
    static long[] exhaustive(Instance x) {
        int n = x.needs.size();
        int m = x.instructors.size();
        long[] best = {Long.MAX_VALUE, Long.MAX_VALUE, 0};
        int[] choice = new int[n];
        int combos = (int) Math.pow(m + 1, n);
        for (int code = 0; code < combos; code++) {
            int c = code;
            int[] load = new int[m];
            boolean ok = true;
            long uw = 0;
            long cost = 0;
            int served = 0;
            for (int o = 0; o < n; o++) {
                choice[o] = c % (m + 1) - 1;
                c /= m + 1;
                OrganizationNeed need = x.needs.get(o);
                if (choice[o] < 0) {
                    uw += need.getPriority();
                    continue;
                }
                Instructor i = x.instructors.get(choice[o]);
                if (!feasible(i, need) || ++load[choice[o]] > capacity(i)) {
                    ok = false;
                    break;
                }
                cost += cost(i, need, x.instructors, x.weights);
                served++;
            }
            if (ok && (uw < best[0] || (uw == best[0] && cost < best[1]))) {
                best = new long[] {uw, cost, served};
            }
            if (ok) {
                best[2] = Math.max(best[2], served);
            }
        }
        return best;
    }

    static AssignmentPlan plan(Instance x) {
        return InstructorAssignmentPolicy.of(PARAMS).decidePlan(x.needs, x.instructors, x.weights).value();
    }

    @Property(tries = 200)
    void objectiveEqualsTheExhaustiveOptimum(@ForAll long seed) {
        Instance x = new Instance(seed, 5, 3);
        AssignmentPlan p = plan(x);
        long[] best = exhaustive(x);
        assertEquals(best[0], p.unservedWeight(), "unserved weight " + p);
        assertEquals(best[1], p.totalCost(), "cost " + p);
        assertEquals(best[2], p.served(), "served count is the maximum " + p);
        long recomputed = 0;
        for (Assignment a : p.getAssignments()) {
            Instructor i = x.instructors.stream().filter(s -> s.getId().equals(a.getInstructorId())).findFirst().orElseThrow();
            OrganizationNeed n = x.needs.stream().filter(s -> s.getOrganization().equals(a.getOrganization())).findFirst().orElseThrow();
            recomputed += cost(i, n, x.instructors, x.weights);
        }
        assertEquals(recomputed, p.totalCost(), "each assignment's cost is the objective's");
    }

    @Property(tries = 200)
    void noInstructorIsOverCapacityAndNoConflictedOrUnreachablePairIsAssigned(@ForAll long seed) {
        Instance x = new Instance(seed, 12, 5);
        AssignmentPlan p = plan(x);
        Map<String, Integer> loads = p.loads();
        for (Instructor i : x.instructors) {
            assertTrue(loads.get(i.getId()) <= capacity(i), i.getId() + " over capacity in " + p);
        }
        for (Assignment a : p.getAssignments()) {
            Instructor i = x.instructors.stream().filter(s -> s.getId().equals(a.getInstructorId())).findFirst().orElseThrow();
            OrganizationNeed n = x.needs.stream().filter(s -> s.getOrganization().equals(a.getOrganization())).findFirst().orElseThrow();
            assertTrue(i.conflictWith(a.getOrganization()).isEmpty(), "conflicted pair " + a);
            assertTrue(i.getJurisdiction().contains(n.getJurisdiction()), "out of reach " + a);
        }
        assertEquals(x.needs.size(), p.needing(), "every organization is served or explained");
    }

    @Property(tries = 200)
    void everyUnservedOrganizationHasItsTrueReason(@ForAll long seed) {
        Instance x = new Instance(seed, 12, 5);
        AssignmentPlan p = plan(x);
        Map<String, Integer> loads = p.loads();
        for (UnservedOrganization u : p.getUnserved()) {
            OrganizationNeed n = x.needs.stream().filter(s -> s.getOrganization().equals(u.getOrganization())).findFirst().orElseThrow();
            List<Instructor> reach = x.instructors.stream().filter(i -> i.getJurisdiction().contains(n.getJurisdiction())).toList();
            switch (u.getReason()) {
                case NO_INSTRUCTOR_IN_REACH:
                    assertTrue(reach.isEmpty());
                    break;
                case ONLY_CONFLICTED:
                    assertFalse(reach.isEmpty());
                    assertTrue(reach.stream().allMatch(i -> i.conflictWith(n.getOrganization()).isPresent()));
                    break;
                default:
                    assertTrue(reach.stream().filter(i -> feasible(i, n)).allMatch(i -> loads.get(i.getId()) == capacity(i)),
                            "a feasible instructor had room for " + u);
            }
        }
    }

    @Property(tries = 200)
    void addingAnInstructorNeverLowersTheNumberServed(@ForAll long seed) {
        Instance x = new Instance(seed, 12, 4);
        AssignmentPlan before = plan(x);
        x.instructors.add(x.instructor(new Random(seed + 1), 99, Map.of()));
        AssignmentPlan after = plan(x);
        assertTrue(after.served() >= before.served(), before + " → " + after);
        assertTrue(after.servedWeight() >= before.servedWeight(), before + " → " + after);
    }

    @Property(tries = 50)
    void theSamePlanComesOutWhateverTheInputOrder(@ForAll long seed) {
        Instance x = new Instance(seed, 12, 5);
        AssignmentPlan p = plan(x);
        java.util.Collections.reverse(x.needs);
        java.util.Collections.reverse(x.instructors);
        assertEquals(p, plan(x));
    }
}
