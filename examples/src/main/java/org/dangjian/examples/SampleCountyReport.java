package org.dangjian.examples;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import me.tongfei.progressbar.ConsoleProgressBarConsumer;
import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import me.tongfei.progressbar.ProgressBarStyle;
import org.dangjian.core.i18n.Language;
import org.dangjian.examples.county.CountyParameters;
import org.dangjian.examples.county.SampleCounty;
import org.dangjian.examples.county.SampleCountyGenerator;
import org.dangjian.examples.report.CountyReport;
import org.dangjian.examples.report.CountyReportBuilder;
import org.dangjian.examples.report.HtmlReport;
import org.dangjian.examples.report.JsonReport;
import org.dangjian.examples.report.Progress;
import org.dangjian.examples.report.TextReport;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * The sample-county demo, the README's first command: generates a seeded county, runs it through every module on
 * the class path, prints the report and writes {@code report.json} and {@code report.html}.
 *
 * <pre>
 * mvn -B -q -Dquick -DskipTests -Pdemo package                                   # from the repository root
 * mvn -B -q -Dquick -DskipTests -Pdemo package -Ddemo.args="--lang en --organizations 20000"
 * </pre>
 */
@Command(name = "sample-county-report", mixinStandardHelpOptions = true, version = "Dangjian SDK 0.1.0",
        description = "Generates a seeded sample county and reports it through every module of the SDK.")
public final class SampleCountyReport implements Callable<Integer> {

    @Option(names = "--seed", defaultValue = "2026", description = "The seed: the same seed gives the same county (default ${DEFAULT-VALUE}).")
    long seed;

    @Option(names = "--organizations", defaultValue = "5000",
            description = "How many new organizations, 13 to 1000000 (default ${DEFAULT-VALUE}).")
    int organizations;

    @Option(names = "--lang", defaultValue = "zh", description = "zh (default) or en.")
    String lang;

    @Option(names = "--out", defaultValue = "${sys:dangjian.report.dir:-.}",
            description = "Where to write report.json and report.html (default: the repository root under Maven, else the current directory).")
    Path out;

    @Option(names = "--findings", defaultValue = "5", description = "Findings per section printed to the console (default ${DEFAULT-VALUE}).")
    int findings;

    @Option(names = "--progress", negatable = true,
            description = "Show progress bars (default: on from 50000 organizations).")
    Boolean progress;

    @Override
    public Integer call() throws IOException {
        Language language = switch (lang) {
            case "zh" -> Language.ZH;
            case "en" -> Language.EN;
            default -> throw new CommandLine.ParameterException(new CommandLine(this), "--lang is zh or en, not " + lang);
        };
        if (organizations < 13 || organizations > SampleCountyGenerator.MAX_ORGANIZATIONS) {
            throw new CommandLine.ParameterException(new CommandLine(this),
                    "--organizations must be between 13 and " + SampleCountyGenerator.MAX_ORGANIZATIONS);
        }
        boolean showProgress = progress != null ? progress : organizations >= 50_000;
        long started = System.nanoTime();
        PrintStream console = new PrintStream(System.out, true, StandardCharsets.UTF_8);
        BarProgress bars = new BarProgress(showProgress);
        bars.start(language == Language.ZH ? "生成示例县" : "Generating the county", organizations);
        SampleCounty county = SampleCountyGenerator.generate(seed, organizations, bars::stepTo);
        bars.finish();
        CountyParameters parameters = CountyParameters.load();
        CountyReport report = CountyReportBuilder.build(county, parameters, language, bars);
        Files.createDirectories(out);
        Path json = out.resolve("report.json");
        Path html = out.resolve("report.html");
        Files.writeString(json, JsonReport.write(report), StandardCharsets.UTF_8);
        Files.writeString(html, HtmlReport.render(report), StandardCharsets.UTF_8);
        console.print(TextReport.render(report, findings));
        long ms = (System.nanoTime() - started) / 1_000_000;
        console.println();
        console.println((language == Language.ZH ? "已写出 " : "Wrote ") + json.toAbsolutePath().normalize() + ", "
                + html.toAbsolutePath().normalize() + (language == Language.ZH ? "（用时 " : " (") + ms + " ms"
                + (language == Language.ZH ? "）" : ")"));
        return 0;
    }

    /** Shows each task as a me.tongfei progress bar on standard error. */
    private static final class BarProgress implements Progress {
        private final boolean enabled;
        private ProgressBar bar;

        BarProgress(boolean enabled) {
            this.enabled = enabled;
        }

        @Override
        public void start(String task, long total) {
            if (enabled) {
                bar = new ProgressBarBuilder().setTaskName(task).setInitialMax(total)
                        .setStyle(ProgressBarStyle.ASCII).setUpdateIntervalMillis(500)
                        .setConsumer(new ConsoleProgressBarConsumer(System.err)).build();
            }
        }

        @Override
        public void stepTo(long done) {
            if (bar != null) {
                bar.stepTo(done);
            }
        }

        @Override
        public void finish() {
            if (bar != null) {
                bar.close();
                bar = null;
            }
        }
    }

    /**
     * Runs the report as a command and returns its exit code, without exiting the JVM (so it can run inside
     * Maven).
     *
     * @param args command-line arguments, not null
     * @return the exit code: 0 on success
     */
    public static int run(String... args) {
        return new CommandLine(new SampleCountyReport()).execute(args);
    }

    /**
     * Runs the demo; exits with a non-zero status only on failure (a zero exit would end Maven's own JVM under
     * {@code exec:java}).
     *
     * @param args command-line arguments, not null
     */
    public static void main(String[] args) {
        int code = run(args);
        if (code != 0) {
            System.exit(code);
        }
    }

    static {
        System.setProperty("java.awt.headless", "true");
    }
}
