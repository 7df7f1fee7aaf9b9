package org.dangjian.membership;

import org.dangjian.core.testing.RuleCoverage;
import org.junit.jupiter.api.Test;

/** Fails the build when a membership rule of the catalog has no golden case; writes target/rule-coverage-MEM.md. */
class RuleCoverageTest {
    @Test
    void everyRuleIsPinnedByAGoldenCase() {
        RuleCoverage.assertEveryRulePinned("MEM");
    }
}
