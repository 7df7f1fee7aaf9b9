package org.dangjian.examples.recipes;

import com.fasterxml.jackson.core.type.TypeReference;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.dangjian.core.json.DangjianJson;
import org.dangjian.core.organization.NewOrganization;
import org.dangjian.core.validation.InvalidInputException;
import org.dangjian.core.validation.Violation;
import org.dangjian.examples.county.SampleCounty;
import org.dangjian.examples.county.SampleCountyGenerator;

/**
 * Recipe: serialize a ledger of organizations to JSON, read it back, and handle the one exception bad JSON
 * raises.
 *
 * <pre>{@code
 * String json = DangjianJson.write(organizations);
 * List<NewOrganization> back = DangjianJson.read(json, new TypeReference<List<NewOrganization>>() {});
 * try {
 *     DangjianJson.read(badJson, new TypeReference<List<NewOrganization>>() {});
 * } catch (InvalidInputException e) {
 *     e.violations().forEach(v -> log(v.path() + ": " + v.message()));   // every problem, with its path
 * }
 * }</pre>
 *
 * <p>Reading never half-applies: either every record is valid and you get the list, or you get one
 * {@link InvalidInputException} naming each problem by path ({@code [1].fullMembers}, {@code [0].creditCode});
 * the messages never repeat personal data.
 */
public final class LedgerJsonRoundTrip {
    private static final TypeReference<List<NewOrganization>> LEDGER = new TypeReference<>() {};

    private LedgerJsonRoundTrip() {}

    /**
     * Writes, reads back, and reads a broken copy.
     *
     * @param out where to print, not null
     * @return the violations the broken copy raised, not null
     */
    public static List<Violation> run(PrintStream out) {
        SampleCounty county = SampleCountyGenerator.generate(1L, 20);
        List<NewOrganization> ledger = county.organizations();
        String json = DangjianJson.write(ledger);
        List<NewOrganization> back = DangjianJson.read(json, LEDGER);
        out.println("写出 " + ledger.size() + " 家组织，" + json.length() + " 个字符；读回相同：" + back.equals(ledger));
        // break it: a wrong check character in a credit code, and more members than staff
        String first = ledger.get(0).getCreditCode().code();
        String broken = json.replace(first, first.substring(0, 17) + (first.charAt(17) == '0' ? '1' : '0'))
                .replaceFirst("\"fullMembers\":\\d+", "\"fullMembers\":999999");
        try {
            DangjianJson.read(broken, LEDGER);
            throw new IllegalStateException("the broken ledger was accepted");
        } catch (InvalidInputException e) {
            out.println("拒绝读入 / rejected, " + e.violations().size() + " problem(s):");
            for (Violation v : e.violations()) {
                out.println("  " + v.path() + ": " + v.message());
            }
            return e.violations();
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
