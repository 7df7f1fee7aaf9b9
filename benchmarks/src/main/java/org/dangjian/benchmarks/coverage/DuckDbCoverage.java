package org.dangjian.benchmarks.coverage;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Types;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.duckdb.DuckDBAppender;
import org.duckdb.DuckDBConnection;

/**
 * The coverage report as SQL in an in-memory DuckDB: the ledger in one table of raw facts, the report in one
 * query: the county and its townships ({@code GROUPING SETS ((county), (county, township))}, i.e. the rollup
 * without the grand total) and the breakdowns by kind, sub-kind, industry and size band, each line with every
 * numerator and denominator. The survey scope, the formation threshold and the above-scale definition are the
 * query's parameters, read from the same resolved parameters the SDK reads.
 */
public final class DuckDbCoverage implements AutoCloseable {

    /**
     * The report query; parameters: whether units are only those in scope, the two scopes, the above-scale staff
     * and revenue, the formation minimum.
     */
    public static final String QUERY = """
            WITH o AS (
              SELECT county, township, kind, sub_kind, industry,
                     CASE WHEN head_count >= 100 THEN 'FROM_100' WHEN head_count >= 50 THEN 'FROM_50_TO_99'
                          WHEN head_count >= 30 THEN 'FROM_30_TO_49' WHEN head_count >= 10 THEN 'FROM_10_TO_29'
                          ELSE 'UNDER_10' END AS size_band,
                     NOT CAST(? AS BOOLEAN)
                       OR head_count >= CASE WHEN kind = 'NON_PUBLIC_ENTERPRISE' THEN CAST(? AS INTEGER)
                                             ELSE CAST(? AS INTEGER) END AS in_scope,
                     own,
                     joint AND NOT own AS joint_only,
                     work_facts AND NOT own AND NOT joint AS work_only,
                     kind = 'NON_PUBLIC_ENTERPRISE'
                       AND (head_count >= CAST(? AS INTEGER) OR revenue_fen >= CAST(? AS BIGINT)) AS above_scale,
                     full_members >= CAST(? AS INTEGER) AS must_form,
                     full_members, members
              FROM ledger
              WHERE operating)
            SELECT GROUPING(county) AS g_county, GROUPING(township) AS g_township, GROUPING(kind) AS g_kind,
                   GROUPING(sub_kind) AS g_sub_kind, GROUPING(industry) AS g_industry,
                   GROUPING(size_band) AS g_size_band,
                   county, township, kind, sub_kind, industry, size_band,
                   count(*) FILTER (WHERE in_scope)                             AS units,
                   count(*) FILTER (WHERE in_scope AND own)                     AS own,
                   count(*) FILTER (WHERE in_scope AND joint_only)              AS joint,
                   count(*) FILTER (WHERE in_scope AND work_only)               AS work_only,
                   count(*) FILTER (WHERE in_scope AND members > 0)             AS with_members,
                   count(*) FILTER (WHERE in_scope AND above_scale)             AS above_scale,
                   count(*) FILTER (WHERE in_scope AND above_scale AND own)     AS above_scale_own,
                   count(*) FILTER (WHERE must_form)                            AS must_form,
                   count(*) FILTER (WHERE must_form AND own)                    AS must_form_own,
                   sum(full_members)                                            AS full_members,
                   sum(members)                                                 AS members
            FROM o
            GROUP BY GROUPING SETS ((county), (county, township), (kind), (sub_kind), (industry), (size_band))
            """;

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
            s.execute("CREATE TABLE ledger (credit_code VARCHAR, county VARCHAR, township VARCHAR, kind VARCHAR,"
                    + " sub_kind VARCHAR, industry VARCHAR, head_count INTEGER, operating BOOLEAN, own BOOLEAN,"
                    + " joint BOOLEAN, work_facts BOOLEAN, full_members INTEGER, members INTEGER, revenue_fen BIGINT)");
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
                appender.append(row.kind());
                appender.append(row.subKind());
                appender.append(row.industry());
                appender.append(row.headCount());
                appender.append(row.operating());
                appender.append(row.own());
                appender.append(row.joint());
                appender.append(row.workFacts());
                appender.append(row.fullMembers());
                appender.append(row.members());
                appender.append(row.revenueFen() < 0 ? null : Long.valueOf(row.revenueFen()));
                appender.endRow();
            }
        }
    }

    /**
     * Runs the report query.
     *
     * @param figures the parameter values, not null
     * @return the counts by line key ({@link ReportKeys}), sorted, not null
     * @throws SQLException if DuckDB fails
     */
    public Map<String, ReportCounts> report(CoverageFigures figures) throws SQLException {
        Map<String, ReportCounts> counts = new TreeMap<>();
        try (PreparedStatement s = connection.prepareStatement(QUERY)) {
            s.setBoolean(1, figures.scopeGated());
            set(s, 2, figures.scopeEnterprise(), Types.INTEGER);
            set(s, 3, figures.scopeSocial(), Types.INTEGER);
            boolean scale = figures.aboveScaleDefined();
            set(s, 4, scale ? figures.aboveScaleEmployees() : null, Types.INTEGER);
            set(s, 5, scale ? figures.aboveScaleRevenueFen() : null, Types.BIGINT);
            set(s, 6, figures.minFullMembers(), Types.INTEGER);
            try (ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    String key;
                    if (rs.getInt("g_county") == 0 && rs.getInt("g_township") == 1) {
                        key = ReportKeys.jurisdiction(rs.getString("county"));
                    } else if (rs.getInt("g_township") == 0) {
                        String township = rs.getString("township");
                        if (township == null) {
                            continue; // units registered at county level count in the county only
                        }
                        key = ReportKeys.jurisdiction(township);
                    } else if (rs.getInt("g_kind") == 0) {
                        key = ReportKeys.kind(rs.getString("kind"));
                    } else if (rs.getInt("g_sub_kind") == 0) {
                        key = ReportKeys.subKind(rs.getString("sub_kind"));
                    } else if (rs.getInt("g_industry") == 0) {
                        key = ReportKeys.industry(rs.getString("industry"));
                    } else {
                        key = ReportKeys.sizeBand(rs.getString("size_band"));
                    }
                    counts.put(key, new ReportCounts(rs.getLong("units"), rs.getLong("own"), rs.getLong("joint"),
                            rs.getLong("work_only"), rs.getLong("with_members"), rs.getLong("above_scale"),
                            rs.getLong("above_scale_own"), rs.getLong("must_form"), rs.getLong("must_form_own"),
                            rs.getLong("full_members"), rs.getLong("members")));
                }
            }
        }
        return counts;
    }

    private static void set(PreparedStatement s, int index, Number value, int sqlType) throws SQLException {
        if (value == null) {
            s.setNull(index, sqlType);
        } else {
            s.setLong(index, value.longValue());
        }
    }

    @Override
    public void close() throws SQLException {
        connection.close();
    }
}
