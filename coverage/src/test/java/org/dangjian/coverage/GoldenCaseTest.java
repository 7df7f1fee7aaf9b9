package org.dangjian.coverage;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.dangjian.core.rule.Rule;
import org.dangjian.core.testing.GoldenCase;
import org.dangjian.core.testing.GoldenCases;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

class GoldenCaseTest {
    static final String[] FAMILIES = {"scope", "requirement", "level", "term", "election", "methods", "social",
        "platform", "rate", "target", "warning", "ledger"};

    @TestFactory
    Stream<DynamicTest> goldenCases() {
        return Stream.of(FAMILIES).flatMap(f -> GoldenCases.run("/golden/" + f + ".json", GoldenEvaluator::evaluate));
    }

    @Test
    void everyRuleHasAGoldenCase() {
        Set<String> pinned = new TreeSet<>();
        for (String f : FAMILIES) {
            for (GoldenCase c : GoldenCases.read("/golden/" + f + ".json")) {
                pinned.addAll(c.rules());
            }
        }
        Set<String> missing = new CoverageRules().rules().stream().map(Rule::id).filter(id -> !pinned.contains(id))
                .collect(Collectors.toCollection(TreeSet::new));
        assertTrue(missing.isEmpty(), "rules without a golden case: " + missing);
    }
}
