package org.dangjian.coverage;

import org.dangjian.core.testing.RuleCoverage;
import org.junit.jupiter.api.Test;

/** Fails the build when a coverage rule of the catalog has no golden case; writes target/rule-coverage-COV.md. */
class RuleCoverageTest {
    @Test
    void everyRuleIsPinnedByAGoldenCase() {
        RuleCoverage.assertEveryRulePinned("COV");
    }
}
