package org.dangjian.benchmarks.formation;

import java.util.List;
import java.util.concurrent.TimeUnit;
import org.dangjian.benchmarks.county.Counties;
import org.dangjian.benchmarks.county.CountyPolicy;
import org.dangjian.benchmarks.peer.DroolsRules;
import org.dangjian.core.organization.NewOrganization;
import org.dangjian.coverage.formation.FormationPolicy;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.infra.Blackhole;

/**
 * The formation requirement (支部条例 Art 4: at least three full members → must form its own organization) for
 * {@value #ORGANIZATIONS} organizations: the SDK and the same rule in Drools. Scores are decisions per second.
 */
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
public class FormationBenchmark {

    /** Organizations per invocation. */
    public static final int ORGANIZATIONS = 100_000;

    /** The organizations and the rules. */
    @State(Scope.Benchmark)
    public static class Organizations {

        /** How many organizations; the smoke test lowers it. */
        public int organizations = ORGANIZATIONS;
        /** The organizations: the sample county's. */
        public List<NewOrganization> units;
        /** The SDK's policy. */
        public FormationPolicy policy;
        /** The SDK's answers: must form its own organization. */
        public boolean[] expected;
        /** The Drools rules. */
        public DroolsRules drools;

        /** Builds the organizations, compiles the rules and checks that every side gives the same answers. */
        @Setup(Level.Trial)
        public void setUp() {
            units = Counties.of(organizations).organizations();
            policy = FormationPolicy.of(CountyPolicy.parameters(Counties.of(organizations)));
            expected = FormationComparison.sdkAnswers(units, policy);
            drools = DroolsRules.compile("org/dangjian/benchmarks/rules/formation.drl");
            FormationComparison.requireSameAnswers(units, expected, drools);
        }
    }

    /**
     * The SDK: the requirement decision (with its reasons) of every organization.
     *
     * @param o the organizations, not null
     * @param bh the blackhole, not null
     */
    @Benchmark
    @OperationsPerInvocation(ORGANIZATIONS)
    public void sdk(Organizations o, Blackhole bh) {
        FormationPolicy policy = o.policy;
        for (NewOrganization unit : o.units) {
            bh.consume(policy.decideRequirement(unit));
        }
    }

    /**
     * Drools: one fact per organization, a KieSession per {@link DroolsRules#CHUNK} facts.
     *
     * @param o the organizations, not null
     * @param bh the blackhole, not null
     */
    @Benchmark
    @OperationsPerInvocation(ORGANIZATIONS)
    public void drools(Organizations o, Blackhole bh) {
        bh.consume(o.drools.fire(FormationComparison.facts(o.units)));
    }
}
