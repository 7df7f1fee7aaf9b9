package org.dangjian.examples.recipes;

import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import org.dangjian.core.code.Jurisdiction;
import org.dangjian.core.json.DangjianJson;
import org.dangjian.core.parameter.OverrideSet;
import org.dangjian.core.parameter.PolicyParameters;
import org.dangjian.core.parameter.ResolvedParameters;
import org.dangjian.core.validation.InvalidInputException;
import org.dangjian.examples.county.CountyParameters;

/**
 * Recipe: load a county's parameter overrides from JSON and see which layer each value came from.
 *
 * <pre>{@code
 * OverrideSet county = DangjianJson.readOverrides(json);               // you read the file
 * PolicyParameters p = PolicyParameters.nationalBaseline().with(county);
 * ResolvedParameters r = p.resolve(Jurisdiction.of("430102"), LocalDate.of(2025, 12, 31));
 * for (ResolvedParameters.Entry e : r.report()) System.out.println(e);  // value ← layer
 * }</pre>
 *
 * <p>Layers, from least to most specific: the national baseline in code; a local profile a city or province
 * adopted (here 长沙市 adopts seed-004); the county's own dated overrides. The most specific jurisdiction's
 * latest value on or before the date wins. An unknown parameter or a bad value fails the whole file with one
 * {@code InvalidInputException} listing every problem, and nothing is applied. (The report's loader,
 * {@link CountyParameters}, sets aside parameters of modules that are not on the class path instead.)
 */
public final class LayeredParameters {
    private LayeredParameters() {}

    /**
     * Prints the layers.
     *
     * @param out where to print, not null
     */
    public static void run(PrintStream out) {
        String json = CountyParameters.readResource();                 // the caller reads the file
        OverrideSet published = DangjianJson.readOverrides(json);
        out.println("文件中的方案采用 / profile adoptions: " + published.adoptions());
        out.println("文件中的本级调整 / overrides: " + published.overrides());
        PolicyParameters parameters = PolicyParameters.nationalBaseline().with(published);
        ResolvedParameters r = parameters.resolve(Jurisdiction.of("430102"), LocalDate.of(2025, 12, 31));
        ResolvedParameters before = parameters.resolve(Jurisdiction.of("430102"), LocalDate.of(2021, 12, 31));
        for (ResolvedParameters.Entry e : r.report()) {
            out.println(e);
        }
        int changed = 0;
        for (int i = 0; i < r.report().size(); i++) {
            if (!r.report().get(i).value().equals(before.report().get(i).value())) {
                changed++;
            }
        }
        out.println("2021-12-31 与 2025-12-31 取值不同的参数 / values that differ between the two dates: " + changed);
        // a bad value is refused with every problem named, and nothing is applied
        String bad = json.replace("\"55%\"", "\"155%\"").replace("\"HALF_MONTH\"", "\"FORTNIGHTLY\"");
        try {
            PolicyParameters.nationalBaseline().with(DangjianJson.readOverrides(bad));
            throw new IllegalStateException("a bad override file was accepted");
        } catch (InvalidInputException e) {
            out.println("拒绝有误的参数文件 / bad override file refused:");
            e.violations().forEach(v -> out.println("  " + v.path() + ": " + v.message()));
        }
    }

    /**
     * Runs the recipe.
     *
     * @param args none
     */
    public static void main(String[] args) {
        run(new PrintStream(System.out, true, StandardCharsets.UTF_8));
    }
}
