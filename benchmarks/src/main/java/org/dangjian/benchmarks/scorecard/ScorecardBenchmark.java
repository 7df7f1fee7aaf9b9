package org.dangjian.benchmarks.scorecard;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.dangjian.assessment.life.OrganizationalLifePolicy;
import org.dangjian.assessment.period.AssessmentPeriod;
import org.dangjian.assessment.rating.DefaultScorecards;
import org.dangjian.assessment.rating.StarRating;
import org.dangjian.assessment.rating.StarRatingPolicy;
import org.dangjian.assessment.scorecard.ScorecardInput;
import org.dangjian.benchmarks.county.CountyPolicy;
import org.dangjian.benchmarks.county.CountyYear;
import org.dangjian.benchmarks.life.LifeInputs;
import org.dangjian.core.decision.Decision;
import org.dangjian.core.parameter.ResolvedParameters;
import org.dangjian.examples.report.BranchScorecardInput;
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
 * Scoring {@value #BRANCHES} branches with the default five-star scorecard (the city scheme: 110 points,
 * innovation project for five stars, veto for a serious violation). Scores are branches per second.
 */
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
public class ScorecardBenchmark {

    /** Branches scored per invocation. */
    public static final int BRANCHES = 10_000;

    /** The branches' measures. */
    @State(Scope.Benchmark)
    public static class Branches {

        /** How many branches; the smoke test lowers it. */
        public int branches = BRANCHES;
        /** Each branch's measures. */
        public List<ScorecardInput> inputs;
        /** The policy. */
        public StarRatingPolicy policy;

        /** Draws each branch's measures from its year, and checks that the ratings are determined and varied. */
        @Setup(Level.Trial)
        public void setUp() {
            CountyYear year = CountyYear.of(branches);
            ResolvedParameters parameters = CountyPolicy.parameters(year.county());
            OrganizationalLifePolicy life = OrganizationalLifePolicy.of(parameters);
            AssessmentPeriod window = AssessmentPeriod.year(year.county().year());
            inputs = new ArrayList<>(branches);
            for (int i = 0; i < branches; i++) {
                var report = life.assess(year.organizations().get(i), LifeInputs.meetings(year.lives().get(i)),
                        window, year.county().asOf()).findValue().orElse(null);
                inputs.add(BranchScorecardInput.of(year.county(), year.organizations().get(i), year.lives().get(i),
                        report));
            }
            policy = StarRatingPolicy.of(parameters, DefaultScorecards.cityFiveStar());
            int[] byStars = new int[7];
            for (ScorecardInput in : inputs) {
                Decision<StarRating> d = policy.rate(in);
                StarRating r = d.findValue().orElseThrow(() -> new IllegalStateException("no rating: " + d));
                if (r.stars() != policy.stars(in)) {
                    throw new IllegalStateException("the value path gives " + policy.stars(in) + " stars, the decision "
                            + r);
                }
                byStars[Math.max(0, Math.min(6, r.stars()))]++;
            }
            long distinct = java.util.Arrays.stream(byStars).filter(c -> c > 0).count();
            if (branches >= 100 && distinct < 2) {
                throw new IllegalStateException("every branch rated alike: " + java.util.Arrays.toString(byStars));
            }
        }
    }

    /**
     * The SDK: the rating with its reasons.
     *
     * @param b the branches, not null
     * @param bh the blackhole, not null
     */
    @Benchmark
    @OperationsPerInvocation(BRANCHES)
    public void sdk(Branches b, Blackhole bh) {
        StarRatingPolicy policy = b.policy;
        for (ScorecardInput in : b.inputs) {
            bh.consume(policy.rate(in));
        }
    }

    /**
     * The SDK's value path: the number of stars only.
     *
     * @param b the branches, not null
     * @return the sum of the stars
     */
    @Benchmark
    @OperationsPerInvocation(BRANCHES)
    public long sdkStarsOnly(Branches b) {
        StarRatingPolicy policy = b.policy;
        long sum = 0;
        for (ScorecardInput in : b.inputs) {
            sum += policy.stars(in);
        }
        return sum;
    }
}
