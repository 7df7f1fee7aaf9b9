package org.dangjian.examples.recipes;

import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import org.dangjian.core.code.CreditCode;
import org.dangjian.core.code.Industry;
import org.dangjian.core.code.Jurisdiction;
import org.dangjian.core.decision.Decision;
import org.dangjian.core.decision.Reason;
import org.dangjian.core.i18n.Language;
import org.dangjian.core.parameter.ResolvedParameters;
import org.dangjian.examples.county.CountyParameters;
import org.dangjian.training.assignment.Assignment;
import org.dangjian.training.assignment.AssignmentPlan;
import org.dangjian.training.assignment.ConflictKind;
import org.dangjian.training.assignment.ConflictOfInterest;
import org.dangjian.training.assignment.Instructor;
import org.dangjian.training.assignment.InstructorAssignmentPolicy;
import org.dangjian.training.assignment.InstructorKind;
import org.dangjian.training.assignment.InstructorNeed;
import org.dangjian.training.assignment.OrganizationNeed;
import org.dangjian.training.assignment.UnservedOrganization;

/**
 * Recipe: plan instructor assignments for a township and explain why an organization is left unserved.
 *
 * <pre>{@code
 * InstructorAssignmentPolicy policy = InstructorAssignmentPolicy.of(resolvedParameters);
 * Decision<AssignmentPlan> d = policy.decidePlan(needs, instructors);   // optimal: min-cost flow (JGraphT)
 * d.value().getAssignments();                                         // who guides whom
 * d.value().getUnserved();                                            // who is left, with the reason
 * }</pre>
 *
 * <p>Here one township has seven organizations that need an instructor and two instructors: a full-time one
 * (capacity 5 by the adopted 2017 instructor rules) and a part-time one who invests in one of the organizations
 * (a conflict of interest: never assigned there). The plan serves the highest priorities first and leaves the
 * lowest-priority organization out; the decision's reasons say why, citing the rule.
 */
public final class PlanInstructorAssignments {
    private PlanInstructorAssignments() {}

    /**
     * Plans and prints.
     *
     * @param out where to print, not null
     * @param language the language of the reasons, not null
     * @return the plan decision, not null
     */
    public static Decision<AssignmentPlan> run(PrintStream out, Language language) {
        Jurisdiction township = Jurisdiction.of("430102003");
        List<OrganizationNeed> needs = List.of(
                need("91430102MA4L00011", Industry.C, InstructorNeed.WEAK_AND_LAX, 3),
                need("91430102MA4L00022", Industry.I, InstructorNeed.NEWLY_FORMED, 2),
                need("91430102MA4L00033", Industry.F, InstructorNeed.WORK_COVERAGE_ONLY, 1),
                need("91430102MA4L00044", Industry.F, InstructorNeed.WORK_COVERAGE_ONLY, 1),
                need("91430102MA4L00055", Industry.H, InstructorNeed.WORK_COVERAGE_ONLY, 1),
                need("91430102MA4L00066", Industry.L, InstructorNeed.WORK_COVERAGE_ONLY, 1),
                need("91430102MA4L00077", Industry.M, InstructorNeed.WORK_COVERAGE_ONLY, 1));
        List<Instructor> instructors = List.of(
                Instructor.builder().id("430102-I-0001").kind(InstructorKind.FULL_TIME).jurisdiction(township)
                        .addExpertise(Industry.C, Industry.I).build(),
                Instructor.builder().id("430102-I-0002").kind(InstructorKind.PART_TIME).jurisdiction(township)
                        .addExpertise(Industry.F).capacity(1)
                        .addConflicts(ConflictOfInterest.of(CreditCode.withCheckCharacter("91430102MA4L00033"),
                                ConflictKind.INVESTS_IN))
                        .build());
        ResolvedParameters p = CountyParameters.load().resolve(Jurisdiction.of("430102"), LocalDate.of(2025, 12, 31));
        Decision<AssignmentPlan> d = InstructorAssignmentPolicy.of(p).decidePlan(needs, instructors);
        AssignmentPlan plan = d.value();
        out.println("选派方案 / plan: " + plan);
        for (Assignment a : plan.getAssignments()) {
            out.println("  " + a.getOrganization() + " ← " + a.getInstructorId() + "（优先级 " + a.getPriority()
                    + (a.isExpertiseMatch() ? "，专长匹配" : "") + "）");
        }
        for (UnservedOrganization u : plan.getUnserved()) {
            out.println("未选派 / unserved: " + u.getOrganization() + " — " + u.getReason().label() + " "
                    + u.getReason());
            for (Reason r : d.reasons()) {
                if (u.getOrganization().code().equals(r.arguments().get("organization"))) {
                    out.println("  " + r.explain(language));
                }
            }
        }
        return d;
    }

    private static OrganizationNeed need(String first17, Industry industry, InstructorNeed need, int priority) {
        return OrganizationNeed.builder().organization(CreditCode.withCheckCharacter(first17))
                .jurisdiction(Jurisdiction.of("430102003")).industry(industry).need(need).priority(priority).build();
    }

    /**
     * Runs the recipe.
     *
     * @param args {@code en} for English reasons, otherwise Chinese
     */
    public static void main(String[] args) {
        run(new PrintStream(System.out, true, StandardCharsets.UTF_8),
                args.length > 0 && args[0].equals("en") ? Language.EN : Language.ZH);
    }
}
