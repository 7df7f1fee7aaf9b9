package org.dangjian.benchmarks.coverage;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.duckdb.DuckDBAppender;
import org.duckdb.DuckDBConnection;

/**
 * The coverage report as SQL in an in-memory DuckDB: the ledger in one table, the counts of every township and
 * of the county in one {@code GROUP BY ROLLUP} query.
 */
public final class DuckDbCoverage implements AutoCloseable {

    /** The report: numerators and denominators per township, and the county's totals from the rollup. */
    public static final String QUERY = """
            SELECT county, township, GROUPING(county) AS all_counties, GROUPING(township) AS all_townships,
                   count(*) FILTER (WHERE operating)                                          AS operating,
                   count(*) FILTER (WHERE operating AND standalone)                           AS standalone,
                   count(*) FILTER (WHERE operating AND (standalone OR joint))                AS covered,
                   count(*) FILTER (WHERE operating AND (standalone OR joint OR work))        AS work_covered,
                   count(*) FILTER (WHERE operating AND full_members >= 3)                    AS must_form,
                   count(*) FILTER (WHERE operating AND full_members >= 3 AND standalone)     AS must_form_formed
            FROM ledger
            GROUP BY ROLLUP (county, township)
            """;

    /** Appended to the county code for the units registered at county level (no township). */
    public static final String COUNTY_LEVEL = "/county-level";

    private final DuckDBConnection connection;

    private DuckDbCoverage(DuckDBConnection connection) {
        this.connection = connection;
    }

    /**
     * Opens an empty in-memory database with the ledger table.
     *
     * @return the database, not null
     * @throws SQLException if DuckDB fails
     */
    public static DuckDbCoverage open() throws SQLException {
        Connection c = DriverManager.getConnection("jdbc:duckdb:");
        try (Statement s = c.createStatement()) {
            s.execute("CREATE TABLE ledger (credit_code VARCHAR, county VARCHAR, township VARCHAR, operating BOOLEAN,"
                    + " standalone BOOLEAN, joint BOOLEAN, work BOOLEAN, full_members INTEGER)");
        }
        return new DuckDbCoverage(c.unwrap(DuckDBConnection.class));
    }

    /**
     * Replaces the ledger with these rows, through DuckDB's appender (its fastest load path from Java).
     *
     * @param rows the rows, not null
     * @throws SQLException if DuckDB fails
     */
    public void load(List<LedgerRow> rows) throws SQLException {
        try (Statement s = connection.createStatement()) {
            s.execute("DELETE FROM ledger");
        }
        try (DuckDBAppender appender = connection.createAppender(DuckDBConnection.DEFAULT_SCHEMA, "ledger")) {
            for (LedgerRow row : rows) {
                appender.beginRow();
                appender.append(row.creditCode());
                appender.append(row.county());
                appender.append(row.township());
                appender.append(row.operating());
                appender.append(row.standalone());
                appender.append(row.joint());
                appender.append(row.work());
                appender.append(row.fullMembers());
                appender.endRow();
            }
        }
    }

    /**
     * Runs the report query.
     *
     * @return the counts by jurisdiction code (townships, and the county from the rollup), sorted, not null
     * @throws SQLException if DuckDB fails
     */
    public Map<String, CoverageCounts> report() throws SQLException {
        Map<String, CoverageCounts> counts = new TreeMap<>();
        try (Statement s = connection.createStatement(); ResultSet rs = s.executeQuery(QUERY)) {
            while (rs.next()) {
                if (rs.getInt(3) == 1) {
                    continue; // the grand total over all counties: the ledger holds one county
                }
                String county = rs.getString(1);
                String township = rs.getString(2);
                String key = rs.getInt(4) == 1 ? county : township != null ? township : county + COUNTY_LEVEL;
                counts.put(key, new CoverageCounts(key, rs.getLong(5), rs.getLong(6), rs.getLong(7), rs.getLong(8),
                        rs.getLong(9), rs.getLong(10)));
            }
        }
        return counts;
    }

    @Override
    public void close() throws SQLException {
        connection.close();
    }
}
