package org.dangjian.benchmarks.coverage;

import java.sql.SQLException;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.dangjian.benchmarks.county.Counties;
import org.dangjian.benchmarks.county.CountyPolicy;
import org.dangjian.core.parameter.ResolvedParameters;
import org.dangjian.coverage.ledger.CoverageReport;
import org.dangjian.coverage.ledger.Ledger;
import org.dangjian.examples.county.SampleCounty;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;

/**
 * The full coverage report of the sample county's {@value #ORGANIZATIONS}-organization ledger: the SDK on the
 * ledger already built and with the ledger built, DuckDB's query on the table already loaded and DuckDB's load +
 * query. Scores are milliseconds per report.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class CoverageBenchmark {

    /** Organizations in the ledger. */
    public static final int ORGANIZATIONS = 1_000_000;

    /** The ledger, and DuckDB with the ledger loaded. */
    @State(Scope.Benchmark)
    public static class LedgerState {

        /** How many organizations; the smoke test lowers it. */
        public int organizations = ORGANIZATIONS;
        /** The county. */
        public SampleCounty county;
        /** The parameters every side reads. */
        public ResolvedParameters parameters;
        /** The parameter values the report reads, for SQL. */
        public CoverageFigures figures;
        /** The SDK's ledger (validated and indexed once). */
        public Ledger ledger;
        /** The ledger as flat rows. */
        public List<LedgerRow> rows;
        /** DuckDB with the rows loaded. */
        public DuckDbCoverage loaded;
        /** A second DuckDB for load + query. */
        public DuckDbCoverage empty;

        /**
         * Builds the ledger, loads it and checks that every side gives the same report.
         *
         * @throws SQLException if DuckDB fails
         */
        @Setup(Level.Trial)
        public void setUp() throws SQLException {
            county = Counties.of(organizations);
            parameters = CountyPolicy.parameters(county);
            ledger = newLedger();
            CoverageReport report = CoverageReport.of(ledger, parameters);
            figures = SdkCoverage.figures(parameters, report);
            rows = LedgerRows.of(county.organizations(), county.partyOrganizations());
            loaded = DuckDbCoverage.open();
            loaded.load(rows);
            empty = DuckDbCoverage.open();
            Map<String, ReportCounts> sdk = SdkCoverage.lines(report);
            CoverageComparison.requireEqual("SDK", sdk, "DuckDB", loaded.report(figures));
            CoverageComparison.requireEqual("SDK", sdk, "loop", LoopCoverage.report(rows, figures));
        }

        /**
         * The SDK's ledger of the county.
         *
         * @return a new ledger, not null
         */
        public Ledger newLedger() {
            return Ledger.of(county.county(), county.organizations(), county.partyOrganizations(), county.hosts());
        }

        /**
         * Closes both databases.
         *
         * @throws SQLException if DuckDB fails
         */
        @TearDown(Level.Trial)
        public void tearDown() throws SQLException {
            loaded.close();
            empty.close();
        }
    }

    /**
     * The SDK: the report of the ledger already built.
     *
     * @param l the ledger, not null
     * @return the report, not null
     */
    @Benchmark
    public CoverageReport sdkReport(LedgerState l) {
        return CoverageReport.of(l.ledger, l.parameters);
    }

    /**
     * The SDK: build the ledger (validate, index the coverage) from the county's lists, then report.
     *
     * @param l the ledger, not null
     * @return the report, not null
     */
    @Benchmark
    public CoverageReport sdkLedgerAndReport(LedgerState l) {
        return CoverageReport.of(l.newLedger(), l.parameters);
    }

    /**
     * DuckDB: the report query on the table already loaded.
     *
     * @param l the ledger, not null
     * @return the report, not null
     * @throws SQLException if DuckDB fails
     */
    @Benchmark
    public Map<String, ReportCounts> duckdbQuery(LedgerState l) throws SQLException {
        return l.loaded.report(l.figures);
    }

    /**
     * DuckDB: load the ledger through the appender, then query.
     *
     * @param l the ledger, not null
     * @return the report, not null
     * @throws SQLException if DuckDB fails
     */
    @Benchmark
    public Map<String, ReportCounts> duckdbLoadAndQuery(LedgerState l) throws SQLException {
        l.empty.load(l.rows);
        return l.empty.report(l.figures);
    }
}
