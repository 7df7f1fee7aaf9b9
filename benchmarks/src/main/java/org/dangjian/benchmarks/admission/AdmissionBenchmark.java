package org.dangjian.benchmarks.admission;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.dangjian.benchmarks.county.CountyPolicy;
import org.dangjian.benchmarks.county.CountyYear;
import org.dangjian.core.decision.Outcome;
import org.dangjian.examples.county.PartyLife;
import org.dangjian.examples.county.SampleAdmission;
import org.dangjian.examples.report.AdmissionRecords;
import org.dangjian.membership.admission.AdmissionPolicy;
import org.dangjian.membership.admission.AdmissionRecord;
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
 * Admission validation of {@value #RECORDS} records (the sample county's records, every step and time limit
 * of the 25-step procedure, each finding cited). Scores are records per second.
 */
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
public class AdmissionBenchmark {

    /** Records validated per invocation. */
    public static final int RECORDS = 100_000;

    /** The records. */
    @State(Scope.Benchmark)
    public static class Records {

        /** How many records; the smoke test lowers it. */
        public int records = RECORDS;
        /** Party organizations whose records are drawn (their records repeat to fill {@link #records}). */
        public int branches = 10_000;
        /** The records. */
        public List<AdmissionRecord> list;
        /** The policy. */
        public AdmissionPolicy policy;
        /** The date of the check. */
        public LocalDate asOf;

        /** Maps the county's records and checks that the outcomes are varied. */
        @Setup(Level.Trial)
        public void setUp() {
            CountyYear year = CountyYear.of(branches);
            List<AdmissionRecord> distinct = new ArrayList<>();
            for (PartyLife life : year.lives()) {
                for (SampleAdmission a : life.admissions()) {
                    distinct.add(AdmissionRecords.of(a));
                }
            }
            list = new ArrayList<>(records);
            for (int i = 0; i < records; i++) {
                list.add(distinct.get(i % distinct.size()));
            }
            policy = AdmissionPolicy.of(CountyPolicy.parameters(year.county()));
            asOf = year.county().asOf();
            Map<Outcome, Integer> outcomes = new EnumMap<>(Outcome.class);
            for (AdmissionRecord r : distinct) {
                outcomes.merge(policy.validate(r, asOf).outcome(), 1, Integer::sum);
            }
            if (distinct.size() >= 100 && outcomes.size() < 2) {
                throw new IllegalStateException("every record decided alike: " + outcomes);
            }
        }
    }

    /**
     * The SDK: every record validated, with its findings and next step.
     *
     * @param r the records, not null
     * @param bh the blackhole, not null
     */
    @Benchmark
    @OperationsPerInvocation(RECORDS)
    public void sdk(Records r, Blackhole bh) {
        AdmissionPolicy policy = r.policy;
        for (AdmissionRecord record : r.list) {
            bh.consume(policy.validate(record, r.asOf));
        }
    }
}
