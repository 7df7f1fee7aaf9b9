package org.dangjian.examples.recipes;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.dangjian.core.rule.RuleCatalog;
import org.dangjian.core.validation.Violation;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Every recipe runs, through its {@code main}, and prints what it promises. */
class RecipesTest {

    /** Runs a main with standard output captured. */
    private static String capture(ThrowingRunnable main) throws Exception {
        PrintStream saved = System.out;
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        System.setOut(new PrintStream(bytes, true, StandardCharsets.UTF_8));
        try {
            main.run();
        } finally {
            System.setOut(saved);
        }
        return bytes.toString(StandardCharsets.UTF_8);
    }

    interface ThrowingRunnable {
        void run() throws Exception;
    }

    @Test
    void layeredParametersShowsTheLayers() throws Exception {
        String out = capture(() -> LayeredParameters.main(new String[0]));
        assertTrue(out.contains("coverage.target.organizationalCoverage = 55% ← 430102 本级调整 2025-01-01起"), out);
        assertTrue(out.contains("采用的地方方案 2022-01-01起（seed-004"), out);
        assertTrue(out.contains("全国基准"), out);
        assertTrue(out.contains("overrides[0].values.coverage.target.organizationalCoverage"), out);
        assertTrue(out.contains("overrides[0].values.training.visit.cycle"), out);
    }

    @Test
    void evaluateOneOrganizationPrintsEachDecisionWithItsCitation() throws Exception {
        String out = capture(() -> EvaluateOneOrganization.main(new String[0]));
        assertTrue(out.contains("COV-REQ-001 正式党员2名，不足3名"), out);
        assertTrue(out.contains("1. 联合组建 JOINT"), out);
        assertTrue(out.contains("《中国共产党支部工作条例（试行）》第四条"), out);
        String en = capture(() -> EvaluateOneOrganization.main(new String[] {"en"}));
        assertTrue(en.contains("COV-REQ-001"), en);
        assertFalse(en.contains("正式党员2名"), en);
    }

    @Test
    void ledgerJsonRoundTripReadsBackAndListsEveryProblem() throws Exception {
        String out = capture(() -> LedgerJsonRoundTrip.main(new String[0]));
        assertTrue(out.contains("读回相同：true"), out);
        var violations = LedgerJsonRoundTrip.run(new PrintStream(new ByteArrayOutputStream(), true,
                StandardCharsets.UTF_8));
        assertFalse(violations.isEmpty());
        assertTrue(violations.stream().map(Violation::path).anyMatch(p -> p.startsWith("[0]")), violations.toString());
    }

    @Test
    void ruleCatalogMarkdownListsEveryRuleAndWritesTheFile(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("docs/RULE_CATALOG.md");
        String out = capture(() -> RuleCatalogMarkdown.main(new String[] {file.toString()}));
        RuleCatalog catalog = RuleCatalog.discover();
        for (var rule : catalog.rules()) {
            assertTrue(out.contains("| " + rule.id() + " |"), rule.id());
        }
        assertEquals(out, Files.readString(file, StandardCharsets.UTF_8));
    }

    @Test
    void scoreWithCountyScorecardGradesTheBranchAndRefusesABrokenCard() throws Exception {
        String out = capture(() -> ScoreWithCountyScorecard.main(new String[0]));
        assertTrue(out.contains("等次 / grade: 良好"), out);
        assertTrue(out.contains("indicators[0].maxPoints"), out);
        assertTrue(out.contains("grades[1].minimum"), out);
    }

    @Test
    void planInstructorAssignmentsExplainsTheUnservedOrganization() throws Exception {
        String out = capture(() -> PlanInstructorAssignments.main(new String[0]));
        assertTrue(out.contains("served 6/7"), out);
        assertTrue(out.contains("未选派 / unserved: 91430102MA4L000779"), out);
        assertTrue(out.contains("TRN-ASSIGN-002"), out);
        assertFalse(out.contains("91430102MA4L00033Q ← 430102-I-0002"), "the conflicted instructor was assigned");
    }

    @Test
    void monthlyDuesForBranchTotalsTheBranchAndListsTheMembersSixMonthsBehind() throws Exception {
        String out = capture(() -> MonthlyDuesForBranch.main(new String[0]));
        assertTrue(out.contains("合计 / total:"), out);
        assertTrue(out.contains("MEM-DUES-001"), out);
        assertTrue(out.contains("MEM-ARR-001"), out);
        assertFalse(MonthlyDuesForBranch.run(new PrintStream(new ByteArrayOutputStream(), true,
                StandardCharsets.UTF_8)).isEmpty());
    }

    @Test
    void validateAdmissionRecordPrintsTheFindingAndTheNextStep() throws Exception {
        String out = capture(() -> ValidateAdmissionRecord.main(new String[0]));
        assertTrue(out.contains("MEM-ADM-005"), out);
        assertTrue(out.contains("第十三条"), out);
        assertTrue(out.contains("下一步 / next step: 确定入党介绍人 INTRODUCERS"), out);
    }

    @Test
    void integratorOwnRuleExplainsItsDecision() throws Exception {
        String out = capture(() -> IntegratorOwnRule.main(new String[0]));
        assertTrue(out.contains("PTL-VISIT-001"), out);
        assertTrue(out.contains("安排联络员走访"), out);
        assertTrue(out.contains("no visit needed"), out);
    }
}
