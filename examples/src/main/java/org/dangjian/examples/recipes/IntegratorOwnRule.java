package org.dangjian.examples.recipes;

import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.dangjian.core.code.CreditCode;
import org.dangjian.core.code.Industry;
import org.dangjian.core.code.Jurisdiction;
import org.dangjian.core.decision.Decision;
import org.dangjian.core.decision.Outcome;
import org.dangjian.core.decision.Reason;
import org.dangjian.core.i18n.Language;
import org.dangjian.core.organization.NewOrganization;
import org.dangjian.core.organization.OrganizationSubKind;
import org.dangjian.core.rule.Grade;
import org.dangjian.core.rule.Rule;
import org.dangjian.core.rule.Sources;

/**
 * Recipe: an integrator's own rule, written the SDK's way, and (in the test suite,
 * {@code IntegratorOwnRuleProperties}) property-tested with the SDK's published generators from the core
 * test-jar ({@code org.dangjian.core.testing.CoreArbitraries}).
 *
 * <p>The rule — a portal's own, not a regulation: an operating organization with at least
 * {@value #THRESHOLD} staff and neither a Party member nor a mass organization gets a liaison visit scheduled.
 * It has its own id, titles, a grade-C citation (local practice) and messages in both languages.
 *
 * <pre>{@code
 * Decision<Boolean> d = IntegratorOwnRule.decideLiaisonVisit(org);
 * d.value();                 // true
 * d.explain(Language.ZH);    // 确定: true  PTL-VISIT-001 从业人员45人，无党员、无群团组织，安排联络员走访（依据：…）
 * }</pre>
 *
 * <p>Test dependency to copy into your pom: {@code org.dangjian:dangjian-core:<version>:test-jar} (scope test)
 * and {@code net.jqwik:jqwik}.
 */
public final class IntegratorOwnRule {
    /** Staff from which the visit is due. */
    public static final int THRESHOLD = 30;

    /** The rule, as the integrator declares it. */
    public static final Rule LIAISON_VISIT = Rule.builder("PTL-VISIT-001")
            .titles("无党员无群团组织的组织安排联络员走访", "Liaison visit for organizations with neither members nor mass organizations")
            .cites(Sources.LOCAL_PRACTICE, "门户平台走访规则", Grade.C)
            .bundle("org.dangjian.examples.recipes.PortalMessages")
            .build();

    private IntegratorOwnRule() {}

    /**
     * Decides whether a liaison visit is due.
     *
     * @param organization the organization, not null
     * @return the decision: true when due, with its reason, not null
     */
    public static Decision<Boolean> decideLiaisonVisit(NewOrganization organization) {
        if (!organization.isOperating()) {
            return Decision.of(Outcome.NOT_APPLICABLE, false, Reason.of(LIAISON_VISIT, "liaison.notOperating")
                    .with("status", organization.getStatus().label()));
        }
        boolean due = organization.getHeadCount() >= THRESHOLD && organization.members() == 0
                && organization.getMassOrganizations().isEmpty();
        Reason reason = Reason.of(LIAISON_VISIT, due ? "liaison.due" : "liaison.notDue")
                .with("headCount", organization.getHeadCount())
                .with("members", organization.members())
                .with("massOrganizations", organization.getMassOrganizations().size())
                .read("portal.liaison.threshold", THRESHOLD);
        return Decision.determined(due, List.of(reason));
    }

    /**
     * Prints the decision for two organizations.
     *
     * @param out where to print, not null
     */
    public static void run(PrintStream out) {
        NewOrganization quiet = NewOrganization.builder()
                .creditCode(CreditCode.withCheckCharacter("91430102MA4L12345"))
                .name("长沙某贸易有限公司").subKind(OrganizationSubKind.PRIVATE_ENTERPRISE)
                .jurisdiction(Jurisdiction.of("430102001")).industry(Industry.F)
                .headCount(45).fullMembers(0)
                .build();
        NewOrganization small = NewOrganization.builder().from(quiet).headCount(12).build();
        for (NewOrganization o : List.of(quiet, small)) {
            out.println(o.getName() + "（" + o.getHeadCount() + "人）");
            out.println(decideLiaisonVisit(o).explain(Language.ZH));
            out.println(decideLiaisonVisit(o).explain(Language.EN));
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
