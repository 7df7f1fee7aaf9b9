package org.dangjian.benchmarks;

import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.dangjian.benchmarks.coverage.CoverageBenchmark;
import org.dangjian.benchmarks.coverage.RetainedBytes;
import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.RunnerException;
import org.openjdk.jmh.runner.options.ChainedOptionsBuilder;
import org.openjdk.jmh.runner.options.CommandLineOptionException;
import org.openjdk.jmh.runner.options.CommandLineOptions;
import org.openjdk.jmh.runner.options.OptionsBuilder;
import org.openjdk.jmh.runner.options.TimeValue;

/**
 * Runs every benchmark of this module with settings that fit a few minutes on two cores, then prints the table
 * operation | SDK | peer | ratio.
 *
 * <pre>
 * java -jar benchmarks/target/benchmarks.jar                 # everything, the short settings
 * java -jar benchmarks/target/benchmarks.jar -prof gc        # plus allocation per operation
 * java -jar benchmarks/target/benchmarks.jar Dues -f 2 -i 5  # any JMH option; a regexp selects benchmarks
 * </pre>
 *
 * <p>Any option JMH accepts overrides the defaults: one fork, two warm-up iterations of one second, three
 * measured iterations of two seconds, {@code -Xmx4g}. Without a benchmark pattern, the county-wide instructor
 * assignment (minutes per plan) runs apart, once, without warm-up, with {@code -Xmx8g}.
 */
public final class RunAll {

    /** The benchmarks run apart, once each: minutes per operation. */
    static final String SLOW = ".*AssignmentBenchmark\\.sdkCountyWide";

    private RunAll() {
    }

    /**
     * Runs the benchmarks and prints the table.
     *
     * @param args JMH's command-line options, not null
     * @throws RunnerException if JMH fails
     * @throws CommandLineOptionException if an option is not JMH's
     */
    public static void main(String[] args) throws RunnerException, CommandLineOptionException {
        CommandLineOptions cmd = new CommandLineOptions(args);
        ChainedOptionsBuilder options = new OptionsBuilder().parent(cmd);
        if (cmd.getIncludes().isEmpty()) {
            options.include("org\\.dangjian\\.benchmarks\\..*");
        }
        if (!cmd.getForkCount().hasValue()) {
            options.forks(1);
        }
        if (!cmd.getWarmupIterations().hasValue()) {
            options.warmupIterations(2);
        }
        if (!cmd.getWarmupTime().hasValue()) {
            options.warmupTime(TimeValue.seconds(1));
        }
        if (!cmd.getMeasurementIterations().hasValue()) {
            options.measurementIterations(3);
        }
        if (!cmd.getMeasurementTime().hasValue()) {
            options.measurementTime(TimeValue.seconds(2));
        }
        if (!cmd.getJvmArgs().hasValue() && !cmd.getJvmArgsAppend().hasValue()) {
            options.jvmArgsAppend("-Xmx4g");
        }
        long start = System.nanoTime();
        Collection<RunResult> results = new ArrayList<>();
        if (cmd.getIncludes().isEmpty()) {
            // The county-wide assignment takes minutes per plan: measured once, without warm-up, on its own.
            options.exclude(SLOW);
            results.addAll(new Runner(options.build()).run());
            ChainedOptionsBuilder slow = new OptionsBuilder().parent(cmd).include(SLOW).forks(1)
                    .warmupIterations(0).measurementIterations(1);
            if (!cmd.getJvmArgs().hasValue() && !cmd.getJvmArgsAppend().hasValue()) {
                slow.jvmArgsAppend("-Xmx8g");
            }
            results.addAll(new Runner(slow.build()).run());
        } else {
            results.addAll(new Runner(options.build()).run());
        }
        Map<String, RunResult> byName = new HashMap<>();
        for (RunResult r : results) {
            byName.put(r.getParams().getBenchmark(), r);
        }
        PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
        out.println();
        out.println(ResultTable.render(ResultTable.rows(), byName));
        if (cmd.getIncludes().isEmpty()) {
            RetainedBytes retained = RetainedBytes.measure(CoverageBenchmark.ORGANIZATIONS);
            out.printf(Locale.ROOT, "Retained by the coverage report of a %,d-organization ledger: %.1f bytes per"
                    + " organization (target < 200); by the ledger's index: %.1f bytes per organization.%n",
                    retained.organizations(), retained.reportPerOrganization(), retained.ledgerPerOrganization());
        }
        out.printf("(%d benchmarks in %d s)%n", results.size(),
                TimeUnit.NANOSECONDS.toSeconds(System.nanoTime() - start));
    }
}
