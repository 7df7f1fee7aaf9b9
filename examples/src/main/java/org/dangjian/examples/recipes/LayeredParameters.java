package org.dangjian.examples.recipes;

import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import org.dangjian.core.code.Jurisdiction;
import org.dangjian.core.json.DangjianJson;
import org.dangjian.core.parameter.OverrideSet;
import org.dangjian.core.parameter.PolicyParameters;
import org.dangjian.core.parameter.ResolvedParameters;
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
 * {@code InvalidInputException} listing every problem; this recipe's loader ({@link CountyParameters}) sets aside
 * parameters of modules that are not on the class path instead.
 */
public final class LayeredParameters {
    private LayeredParameters() {}

    /**
     * Prints the layers.
     *
     * @param out where to print, not null
     */
    public static void run(PrintStream out) {
        String json = CountyParameters.readResource();
        OverrideSet published = DangjianJson.readOverrides(json);
        out.println("文件中的方案采用 / profile adoptions: " + published.adoptions());
        out.println("文件中的本级调整 / overrides: " + published.overrides());
        CountyParameters loaded = CountyParameters.load(json, PolicyParameters.nationalBaseline());
        ResolvedParameters r = loaded.resolve(Jurisdiction.of("430102"), LocalDate.of(2025, 12, 31));
        ResolvedParameters before = loaded.resolve(Jurisdiction.of("430102"), LocalDate.of(2021, 12, 31));
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
        for (String ignored : loaded.ignored()) {
            out.println("未应用 / not applied (no module defines it): " + ignored);
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
