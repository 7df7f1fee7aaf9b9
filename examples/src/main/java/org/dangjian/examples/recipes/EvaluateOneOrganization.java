package org.dangjian.examples.recipes;

import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.dangjian.core.code.CreditCode;
import org.dangjian.core.code.Industry;
import org.dangjian.core.code.Jurisdiction;
import org.dangjian.core.decision.Decision;
import org.dangjian.core.i18n.Language;
import org.dangjian.core.organization.Host;
import org.dangjian.core.organization.HostKind;
import org.dangjian.core.organization.NewOrganization;
import org.dangjian.core.organization.OrganizationSubKind;
import org.dangjian.core.parameter.ResolvedParameters;
import org.dangjian.coverage.formation.CoverageState;
import org.dangjian.coverage.formation.FormationContext;
import org.dangjian.coverage.formation.FormationPolicy;
import org.dangjian.coverage.formation.LevelRecommendation;
import org.dangjian.coverage.formation.MethodOption;
import org.dangjian.coverage.formation.Neighbour;
import org.dangjian.coverage.formation.Obligation;
import org.dangjian.examples.county.CountyParameters;

/**
 * Recipe: evaluate one organization and print each decision with its reasons and citations.
 *
 * <pre>{@code
 * ResolvedParameters p = PolicyParameters.nationalBaseline().with(countyOverrides)
 *         .resolve(Jurisdiction.of("430102"), LocalDate.of(2025, 12, 31));
 * FormationPolicy policy = FormationPolicy.of(p);                 // resolve once, evaluate many
 * Decision<Set<Obligation>> d = policy.decideRequirement(org);
 * System.out.println(d.explain(Language.ZH));                      // outcome, value, each reason with its article
 * }</pre>
 *
 * <p>The organization: a private software company of 120 staff in an office building, with 2 full members and
 * 1 probationary member (probationary members do not count toward forming a branch), and two neighbours in the
 * same building without an organization.
 */
public final class EvaluateOneOrganization {
    private EvaluateOneOrganization() {}

    /**
     * Prints the decisions.
     *
     * @param out where to print, not null
     * @param language the language, not null
     * @return the ranked formation methods, not null
     */
    public static Decision<List<MethodOption>> run(PrintStream out, Language language) {
        Jurisdiction township = Jurisdiction.of("430102001");
        Host building = Host.of("430102-B0001", "芙蓉国际中心", HostKind.OFFICE_BUILDING, township);
        NewOrganization org = NewOrganization.builder()
                .creditCode(CreditCode.withCheckCharacter("91430102MA4L12345"))
                .name("长沙芙蓉软件科技有限公司")
                .subKind(OrganizationSubKind.PRIVATE_ENTERPRISE)
                .jurisdiction(township)
                .industry(Industry.I)
                .headCount(120).fullMembers(2).probationaryMembers(1)
                .addHosts(building)
                .build();
        ResolvedParameters p = CountyParameters.load().resolve(Jurisdiction.of("430102"), LocalDate.of(2025, 12, 31));
        FormationPolicy policy = FormationPolicy.of(p);

        Decision<Boolean> scope = policy.decideScope(org);
        Decision<Set<Obligation>> requirement = policy.decideRequirement(org);
        Decision<CoverageState> coverage = policy.assessCoverage(org, List.of());
        Decision<LevelRecommendation> level = policy.decideLevel(org.getFullMembers(), org.members());
        FormationContext context = FormationContext.builder()
                .addNeighbours(Neighbour.of(CreditCode.withCheckCharacter("91430102MA4L22222"), 1),
                        Neighbour.of(CreditCode.withCheckCharacter("91430102MA4L33333"), 1))
                .instructorAvailable(true)
                .build();
        Decision<List<MethodOption>> methods = policy.rankMethods(org, context);

        out.println(org.getName() + "（" + org.getCreditCode() + "）");
        print(out, language, "调查范围 / scope", scope);
        print(out, language, "要求 / requirement", requirement);
        print(out, language, "覆盖情况 / coverage", coverage);
        print(out, language, "组织层级 / level", level);
        out.println("— 组建方式 / formation methods, ranked: " + methods.outcome());
        if (methods.findValue().isPresent()) {
            for (MethodOption m : methods.value()) {
                out.println("  " + m.rank() + ". " + m.method().label() + " " + m.method());
                m.reasons().forEach(r -> out.println("     " + r.explain(language)));
            }
        }
        // reasons beyond the options' own, such as the counterfactual “one more full member …”
        List<MethodOption> options = methods.findValue().orElse(List.of());
        methods.reasons().stream().filter(r -> options.stream().noneMatch(o -> o.reasons().contains(r)))
                .forEach(r -> out.println("  ※ " + r.explain(language)));
        return methods;
    }

    private static void print(PrintStream out, Language language, String title, Decision<?> d) {
        out.println("— " + title + ": " + d.explain(language));
    }

    /**
     * Runs the recipe.
     *
     * @param args {@code en} for English, otherwise Chinese
     */
    public static void main(String[] args) {
        run(new PrintStream(System.out, true, StandardCharsets.UTF_8),
                args.length > 0 && args[0].equals("en") ? Language.EN : Language.ZH);
    }
}
