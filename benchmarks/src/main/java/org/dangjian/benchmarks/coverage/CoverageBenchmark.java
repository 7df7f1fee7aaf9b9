package org.dangjian.benchmarks.coverage;

import java.sql.SQLException;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.dangjian.benchmarks.county.Counties;
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
 * The full coverage report of the sample county's {@value #ORGANIZATIONS}-organization ledger: the SDK, DuckDB's
 * query on the table already loaded, and DuckDB's load + query. Scores are milliseconds per report.
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
        /** The parameter values the report reads. */
        public CoverageFigures figures;
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
            figures = new CoverageFigures(10, 30, 3, 2_000_000_000L, 100);
            rows = LedgerRows.of(county.organizations(), county.partyOrganizations());
            loaded = DuckDbCoverage.open();
            loaded.load(rows);
            empty = DuckDbCoverage.open();
            CoverageComparison.requireEqual("loop", LoopCoverage.report(rows, figures), "DuckDB",
                    loaded.report(figures));
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
