package org.dangjian.benchmarks;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.openjdk.jmh.results.Result;
import org.openjdk.jmh.results.RunResult;

/**
 * The comparisons the run reports, and their rendering as a Markdown table: operation | SDK | peer | ratio,
 * where the ratio says how many times faster the SDK is than the peer (above 1: the SDK is faster).
 */
public final class ResultTable {

    private static final String PKG = "org.dangjian.benchmarks.";
    private static final String ALLOC = "gc.alloc.rate.norm";

    /**
     * One line of the table: an operation and the two benchmarks compared.
     *
     * @param operation what is computed, for a reader, not null
     * @param sdk the SDK's benchmark (package-relative, {@code dues.DuesBenchmark.sdkValuePath}), not null
     * @param peerName the peer's name, not null
     * @param peer the peer's benchmark, or null when the SDK has no peer here
     * @param target the target from the issue, not null
     */
    public record Row(String operation, String sdk, String peerName, String peer, String target) {
    }

    private ResultTable() {
    }

    /**
     * The comparisons, in the order of the issue.
     *
     * @return the rows, not null
     */
    public static List<Row> rows() {
        return List.of(
                new Row("monthly dues, 1,000,000 members", "dues.DuesBenchmark.sdkValuePath",
                        "Drools 10.1 (KieSession)", "dues.DuesBenchmark.drools", "≥ 20× Drools"),
                new Row("monthly dues, 1,000,000 members", "dues.DuesBenchmark.sdkValuePath",
                        "primitive loop over long[]", "dues.DuesBenchmark.primitiveLoop",
                        "≥ 10 M/s per core; within 10× of the loop"),
                new Row("monthly dues with reasons, 1,000,000 members", "dues.DuesBenchmark.sdkWithReasons",
                        "Drools 10.1 (KieSession)", "dues.DuesBenchmark.drools", "—"),
                new Row("formation requirement, 100,000 organizations", "formation.FormationBenchmark.sdk",
                        "Drools 10.1 (KieSession)", "formation.FormationBenchmark.drools", "—"),
                new Row("coverage report, 1,000,000-organization ledger", "coverage.CoverageBenchmark.sdkReport",
                        "DuckDB 1.4.1 query (loaded)", "coverage.CoverageBenchmark.duckdbQuery",
                        "< 1 s on 2 cores; ≤ DuckDB's query"),
                new Row("coverage report with the ledger built / loaded, 1,000,000 organizations",
                        "coverage.CoverageBenchmark.sdkLedgerAndReport", "DuckDB 1.4.1 load + query",
                        "coverage.CoverageBenchmark.duckdbLoadAndQuery", "—"),
                new Row("admission validation, 100,000 records", "admission.AdmissionBenchmark.sdk",
                        "—", null, "—"),
                new Row("organizational-life compliance, a county's year (10,000 branches)", "life.LifeBenchmark.sdk",
                        "—", null, "—"),
                new Row("five-star scorecard, 10,000 branches (rating with reasons)",
                        "scorecard.ScorecardBenchmark.sdk", "—", null, "—"),
                new Row("five-star scorecard, 10,000 branches (stars only)",
                        "scorecard.ScorecardBenchmark.sdkStarsOnly", "—", null, "—"),
                new Row("instructor assignment, 10,000 × 1,000, instructors bound to their township",
                        "assignment.AssignmentBenchmark.sdkTownship", "—", null, "optimal, < 5 s"),
                new Row("instructor assignment, 10,000 × 1,000, every instructor county-wide (10 M pairs)",
                        "assignment.AssignmentBenchmark.sdkCountyWide", "—", null, "optimal, < 5 s"));
    }

    /**
     * Renders the table.
     *
     * @param rows the comparisons, not null
     * @param results the results by full benchmark name, not null
     * @return Markdown, not null
     */
    public static String render(List<Row> rows, Map<String, RunResult> results) {
        StringBuilder b = new StringBuilder();
        b.append("| operation | SDK | peer | ratio (SDK faster ×) | target |\n");
        b.append("|---|---|---|---|---|\n");
        for (Row row : rows) {
            Optional<RunResult> sdk = Optional.ofNullable(results.get(PKG + row.sdk()));
            Optional<RunResult> peer = Optional.ofNullable(row.peer() == null ? null : results.get(PKG + row.peer()));
            if (sdk.isEmpty() && peer.isEmpty()) {
                continue;
            }
            b.append("| ").append(row.operation())
                    .append(" | ").append(sdk.map(ResultTable::cell).orElse("not run"))
                    .append(" | ").append(row.peerName());
            peer.ifPresent(p -> b.append(": ").append(cell(p)));
            b.append(" | ").append(sdk.isPresent() && peer.isPresent() ? ratio(sdk.get(), peer.get()) : "—")
                    .append(" | ").append(row.target()).append(" |\n");
        }
        return b.toString();
    }

    /**
     * How many times faster the SDK is: for throughput the quotient of the scores, for time the inverse.
     *
     * @param sdk the SDK's result, not null
     * @param peer the peer's result, not null
     * @return the ratio, formatted, not null
     */
    static String ratio(RunResult sdk, RunResult peer) {
        double s = sdk.getPrimaryResult().getScore();
        double p = peer.getPrimaryResult().getScore();
        boolean throughput = sdk.getPrimaryResult().getScoreUnit().contains("/s");
        double r = throughput ? s / p : p / s;
        return String.format(Locale.ROOT, r >= 10 ? "%.0f" : "%.2f", r);
    }

    /**
     * A result as “12.3 M/s (24 B/op)”: the score in readable units, and the allocation when {@code -prof gc} ran.
     *
     * @param r the result, not null
     * @return the cell, not null
     */
    static String cell(RunResult r) {
        Result<?> primary = r.getPrimaryResult();
        String unit = primary.getScoreUnit();
        double score = primary.getScore();
        String text;
        if (unit.endsWith("/s")) {
            text = human(score) + "/s";
        } else {
            text = String.format(Locale.ROOT, "%.1f %s", score, unit.replace("/op", ""));
        }
        if (!Double.isNaN(primary.getScoreError())) {
            text += String.format(Locale.ROOT, " ±%.0f%%", 100 * primary.getScoreError() / score);
        }
        Result<?> alloc = r.getSecondaryResults().get(ALLOC);
        if (alloc != null) {
            text += String.format(Locale.ROOT, " (%.0f B/op)", alloc.getScore());
        }
        return text;
    }

    private static String human(double perSecond) {
        if (perSecond >= 1e9) {
            return String.format(Locale.ROOT, "%.2f G", perSecond / 1e9);
        }
        if (perSecond >= 1e6) {
            return String.format(Locale.ROOT, "%.2f M", perSecond / 1e6);
        }
        if (perSecond >= 1e3) {
            return String.format(Locale.ROOT, "%.1f k", perSecond / 1e3);
        }
        return String.format(Locale.ROOT, "%.1f", perSecond);
    }
}
