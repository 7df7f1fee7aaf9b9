package org.dangjian.benchmarks.dues;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.dangjian.benchmarks.peer.DroolsRules;
import org.dangjian.core.money.Money;
import org.dangjian.examples.county.CountyParameters;
import org.dangjian.examples.county.SampleCountyGenerator;
import org.dangjian.membership.dues.DuesBasis;
import org.dangjian.membership.dues.DuesPolicy;
import org.dangjian.membership.dues.MemberCategory;
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
 * Monthly dues for {@value #MEMBERS} employed members: the SDK's value path, the same bands as Drools rules, and
 * the primitive loop over a {@code long[]} of bases. Scores are decisions per second.
 */
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
public class DuesBenchmark {

    /** Members per invocation. */
    public static final int MEMBERS = 1_000_000;

    /** The members' bases, and the answers every side must give. */
    @State(Scope.Benchmark)
    public static class Members {

        /** How many members; the smoke test lowers it. */
        public int members = MEMBERS;
        /** The size of the sample county the bases come from; the smoke test lowers it. */
        public int countyOrganizations = 100_000;
        /** The bases in fen. */
        public long[] basesFen;
        /** The primitive loop's output. */
        public long[] duesFen;
        /** The expected dues in fen (from the primitive loop, checked against every side). */
        public long[] expectedFen;
        /** The Drools rules. */
        public DroolsRules drools;
        /** The SDK's policy for the county in March of the report year. */
        public DuesPolicy policy;
        /** The bases as the SDK's money values. */
        public Money[] bases;
        /** The members' dues bases for the SDK's decision path. */
        public DuesBasis[] bases2;
        /** The SDK value path's output in fen. */
        public long[] sdkFen;

        /**
         * Draws the bases, compiles the rules, resolves the SDK's policy and checks that every side gives the same
         * answers.
         */
        @Setup(Level.Trial)
        public void setUp() {
            basesFen = DuesSamples.basesFen(members, countyOrganizations);
            duesFen = new long[members];
            expectedFen = new long[members];
            PrimitiveDues.duesFen(basesFen, expectedFen);
            drools = DroolsRules.compile("org/dangjian/benchmarks/rules/dues.drl");
            policy = DuesPolicy.at(CountyParameters.load().parameters(), SampleCountyGenerator.COUNTY,
                    YearMonth.of(SampleCountyGenerator.YEAR, 3));
            bases = new Money[members];
            bases2 = new DuesBasis[members];
            for (int i = 0; i < members; i++) {
                bases[i] = Money.ofFen(basesFen[i]);
                bases2[i] = DuesBasis.employed(bases[i]);
            }
            sdkFen = new long[members];
            DuesComparison.requireSameAnswers(basesFen, expectedFen, drools);
            DuesComparison.requireSameAnswers(bases2, expectedFen, policy);
        }
    }

    /**
     * The practical limit: the bands hand-coded over {@code long[]}.
     *
     * @param m the members, not null
     * @return a checksum
     */
    @Benchmark
    @OperationsPerInvocation(MEMBERS)
    public long primitiveLoop(Members m) {
        return PrimitiveDues.duesFen(m.basesFen, m.duesFen);
    }

    /**
     * The SDK's value path: {@code DuesPolicy.duesAmount}, no reasons, one {@code Money} per member.
     *
     * @param m the members, not null
     * @return a checksum in fen
     */
    @Benchmark
    @OperationsPerInvocation(MEMBERS)
    public long sdkValuePath(Members m) {
        DuesPolicy policy = m.policy;
        Money[] bases = m.bases;
        long[] out = m.sdkFen;
        long sum = 0;
        for (int i = 0; i < bases.length; i++) {
            long fen = policy.duesAmount(MemberCategory.EMPLOYED, bases[i]).fen();
            out[i] = fen;
            sum += fen;
        }
        return sum;
    }

    /**
     * The SDK's decision path: {@code DuesPolicy.decideMonthlyDues}, the amount with its reasons.
     *
     * @param m the members, not null
     * @param bh the blackhole, not null
     */
    @Benchmark
    @OperationsPerInvocation(MEMBERS)
    public void sdkWithReasons(Members m, Blackhole bh) {
        DuesPolicy policy = m.policy;
        for (DuesBasis basis : m.bases2) {
            bh.consume(policy.decideMonthlyDues(basis));
        }
    }

    /**
     * Drools: one fact per member, a KieSession per {@link DroolsRules#CHUNK} facts.
     *
     * @param m the members, not null
     * @param bh the blackhole, not null
     */
    @Benchmark
    @OperationsPerInvocation(MEMBERS)
    public void drools(Members m, Blackhole bh) {
        List<DuesFact> facts = new ArrayList<>(m.basesFen.length);
        for (long base : m.basesFen) {
            facts.add(new DuesFact(base));
        }
        bh.consume(m.drools.fire(facts));
        bh.consume(facts);
    }
}
