package org.dangjian.benchmarks.life;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.dangjian.assessment.life.LifeReport;
import org.dangjian.assessment.life.MeetingRecord;
import org.dangjian.assessment.life.OrganizationalLifePolicy;
import org.dangjian.assessment.period.AssessmentPeriod;
import org.dangjian.benchmarks.county.CountyPolicy;
import org.dangjian.benchmarks.county.CountyYear;
import org.dangjian.core.decision.Decision;
import org.dangjian.core.decision.Outcome;
import org.dangjian.core.organization.PartyOrganization;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.infra.Blackhole;

/**
 * A county's organizational-life compliance for a year: every meeting type of each of {@value #BRANCHES} Party
 * organizations against its required frequency (“三会一课”, theme days, life meetings). Scores are milliseconds
 * for the whole county.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class LifeBenchmark {

    /** Party organizations in the county's year. */
    public static final int BRANCHES = 10_000;

    /** The county's year. */
    @State(Scope.Benchmark)
    public static class Year {

        /** How many Party organizations; the smoke test lowers it. */
        public int branches = BRANCHES;
        /** The Party organizations. */
        public List<PartyOrganization> organizations;
        /** Each one's meetings. */
        public List<List<MeetingRecord>> meetings;
        /** The policy. */
        public OrganizationalLifePolicy policy;
        /** The report year. */
        public AssessmentPeriod window;
        /** The as-of date. */
        public LocalDate asOf;

        /** Generates the year and checks that the decisions are not all alike. */
        @Setup(Level.Trial)
        public void setUp() {
            CountyYear year = CountyYear.of(branches);
            organizations = year.organizations();
            meetings = new ArrayList<>(branches);
            year.lives().forEach(l -> meetings.add(LifeInputs.meetings(l)));
            policy = OrganizationalLifePolicy.of(CountyPolicy.parameters(year.county()));
            window = AssessmentPeriod.year(year.county().year());
            asOf = year.county().asOf();
            int compliant = 0;
            for (int i = 0; i < branches; i++) {
                Decision<LifeReport> d = policy.assess(organizations.get(i), meetings.get(i), window, asOf);
                compliant += d.outcome() == Outcome.COMPLIANT ? 1 : 0;
            }
            if (branches >= 100 && (compliant == 0 || compliant == branches)) {
                throw new IllegalStateException("every organization decided alike: " + compliant + " of " + branches);
            }
        }
    }

    /**
     * The SDK: every Party organization's year.
     *
     * @param y the county's year, not null
     * @param bh the blackhole, not null
     */
    @Benchmark
    public void sdk(Year y, Blackhole bh) {
        OrganizationalLifePolicy policy = y.policy;
        for (int i = 0; i < y.organizations.size(); i++) {
            bh.consume(policy.assess(y.organizations.get(i), y.meetings.get(i), y.window, y.asOf));
        }
    }
}
