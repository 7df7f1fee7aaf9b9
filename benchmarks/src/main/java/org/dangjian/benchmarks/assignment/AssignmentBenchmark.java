package org.dangjian.benchmarks.assignment;

import java.time.LocalDate;
import java.util.concurrent.TimeUnit;
import org.dangjian.benchmarks.county.Counties;
import org.dangjian.core.decision.Decision;
import org.dangjian.core.decision.Outcome;
import org.dangjian.core.parameter.PolicyParameters;
import org.dangjian.examples.county.SampleCounty;
import org.dangjian.training.TrainingRules;
import org.dangjian.training.assignment.AssignmentPlan;
import org.dangjian.training.assignment.InstructorAssignmentPolicy;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * Instructor assignment for {@value #ORGANIZATIONS} organizations × {@value #INSTRUCTORS} instructors of the
 * sample county, solved exactly (minimum-cost flow): instructors bound to their township, and instructors who may
 * serve the whole county (the full bipartite problem). Scores are milliseconds per plan.
 */
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class AssignmentBenchmark {

    /** Organizations needing an instructor. */
    public static final int ORGANIZATIONS = 10_000;
    /** Instructors. */
    public static final int INSTRUCTORS = 1_000;

    /** The problem and the policy. */
    @State(Scope.Benchmark)
    public static class Problem {

        /** How many organizations; the smoke test lowers it. */
        public int organizations = ORGANIZATIONS;
        /** How many instructors; the smoke test lowers it. */
        public int instructors = INSTRUCTORS;
        /** Instructors bound to their township. */
        public AssignmentInputs township;
        /** Instructors serving the whole county. */
        public AssignmentInputs countyWide;
        /** The policy (the 2017 central rule's capacity of five organizations each). */
        public InstructorAssignmentPolicy policy;

        /** Draws the problem from a county large enough for both counts, and checks a plan is feasible. */
        @Setup(Level.Trial)
        public void setUp() {
            SampleCounty county = Counties.of(countySize(organizations, instructors));
            township = AssignmentInputs.of(county, organizations, instructors, false);
            countyWide = AssignmentInputs.of(county, organizations, instructors, true);
            policy = InstructorAssignmentPolicy.of(PolicyParameters.nationalBaseline()
                    .adopt(county.county(), TrainingRules.INSTRUCTOR_RULES_2017, LocalDate.of(2017, 1, 1))
                    .resolve(county.county(), county.asOf()));
            AssignmentChecks.requireFeasible(township, plan(policy, township));
        }
    }

    /**
     * The size of the sample county that has enough of both (about 1.5 instructors per 100 organizations at
     * 50,000 organizations, and more than a third of the organizations needing one).
     *
     * @param organizations the needs wanted
     * @param instructors the instructors wanted
     * @return the county's size
     */
    static int countySize(int organizations, int instructors) {
        int forInstructors = (int) Math.ceil(instructors / 0.014);
        int forNeeds = organizations * 3;
        return Math.min(1_000_000, Math.max(1_000, Math.max(forInstructors, forNeeds)));
    }

    static AssignmentPlan plan(InstructorAssignmentPolicy policy, AssignmentInputs inputs) {
        Decision<AssignmentPlan> d = policy.decidePlan(inputs.needs(), inputs.instructors());
        if (d.outcome() != Outcome.DETERMINED) {
            throw new IllegalStateException("no plan: " + d);
        }
        return d.value();
    }

    /**
     * The SDK: the optimal plan with instructors bound to their township.
     *
     * @param p the problem, not null
     * @return the plan's decision, not null
     */
    @Benchmark
    public Decision<AssignmentPlan> sdkTownship(Problem p) {
        return p.policy.decidePlan(p.township.needs(), p.township.instructors());
    }

    /**
     * The SDK: the optimal plan with every instructor able to serve the whole county.
     *
     * @param p the problem, not null
     * @return the plan's decision, not null
     */
    @Benchmark
    public Decision<AssignmentPlan> sdkCountyWide(Problem p) {
        return p.policy.decidePlan(p.countyWide.needs(), p.countyWide.instructors());
    }
}
