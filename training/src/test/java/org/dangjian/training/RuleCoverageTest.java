package org.dangjian.training;

import org.dangjian.core.testing.RuleCoverage;
import org.junit.jupiter.api.Test;

/** Fails the build when a training rule of the catalog has no golden case; writes target/rule-coverage-TRN.md. */
class RuleCoverageTest {
    @Test
    void everyRuleIsPinnedByAGoldenCase() {
        RuleCoverage.assertEveryRulePinned("TRN");
    }
}
