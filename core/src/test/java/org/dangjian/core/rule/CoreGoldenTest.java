package org.dangjian.core.rule;

import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Stream;
import org.dangjian.core.CoreRules;
import org.dangjian.core.code.CreditCode;
import org.dangjian.core.code.IdentityNumber;
import org.dangjian.core.code.Industry;
import org.dangjian.core.code.Jurisdiction;
import org.dangjian.core.decision.Decision;
import org.dangjian.core.decision.Outcome;
import org.dangjian.core.decision.Reason;
import org.dangjian.core.testing.GoldenCase;
import org.dangjian.core.testing.GoldenCases;
import org.dangjian.core.testing.RuleCoverage;
import org.dangjian.core.validation.InvalidInputException;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

class CoreGoldenTest {
    private static final Map<String, Rule> RULES = Map.of("creditCode", CoreRules.CREDIT_CODE,
            "identityNumber", CoreRules.IDENTITY_NUMBER, "jurisdiction", CoreRules.DIVISION_CODE,
            "industry", CoreRules.INDUSTRY);
    private static final Map<String, Function<String, Object>> PARSERS = Map.of("creditCode", CreditCode::parse,
            "identityNumber", IdentityNumber::parse, "jurisdiction", Jurisdiction::parse, "industry", Industry::parse);

    /** A code check as a decision: compliant when the standard accepts it, otherwise why not. */
    private static Decision<?> check(GoldenCase c) {
        String kind = c.facts().path("kind").asText();
        Rule rule = RULES.get(kind);
        try {
            PARSERS.get(kind).apply(c.facts().path("code").asText());
            return Decision.of(Outcome.COMPLIANT, null, Reason.of(rule, "code.valid").with("what", kind));
        } catch (InvalidInputException e) {
            return Decision.of(Outcome.NON_COMPLIANT, null, List.of(Reason.of(rule, "code.invalid")
                    .with("what", kind).with("detail", e.violations().get(0).message())));
        }
    }

    @TestFactory
    Stream<DynamicTest> codeCases() {
        return GoldenCases.run("/golden/codes.json", CoreGoldenTest::check);
    }

    @Test
    void everyCoreRuleIsPinnedByAGoldenCase() {
        RuleCoverage.assertEveryRulePinned("CORE");
    }
}
