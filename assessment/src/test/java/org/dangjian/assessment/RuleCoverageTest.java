package org.dangjian.assessment;

import org.dangjian.core.testing.RuleCoverage;
import org.junit.jupiter.api.Test;

/** Fails the build when a assessment rule of the catalog has no golden case; writes target/rule-coverage-ASM.md. */
class RuleCoverageTest {
    @Test
    void everyRuleIsPinnedByAGoldenCase() {
        RuleCoverage.assertEveryRulePinned("ASM");
    }
}
