package org.dangjian.core.decision;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.dangjian.core.CoreRules;
import org.dangjian.core.i18n.Language;
import org.junit.jupiter.api.Test;

class DecisionMoreTest {
    static final Reason A = Reason.of(CoreRules.TIME_LIMITS, "time.deadline").with("event", 1);
    static final Reason B = Reason.of(CoreRules.CREDIT_CODE, "code.valid").with("what", "x").read("p.q", "1");

    @Test
    void mapsKeepsOutcomeReasonsAndApprover() {
        Decision<Integer> d = Decision.requiresApproval(Approver.BRANCH, 2, List.of(A));
        Decision<String> m = d.map(i -> "v" + i);
        assertEquals("v2", m.value());
        assertEquals(Outcome.REQUIRES_APPROVAL, m.outcome());
        assertEquals(Approver.BRANCH, m.approver().orElseThrow());
        assertEquals(List.of(A), m.reasons());
        assertTrue(Decision.<Integer>insufficientData(List.of(A)).map(i -> i + 1).findValue().isEmpty());
    }

    @Test
    void addsReasonsInOrderAndListsRuleIdsOnce() {
        Decision<Integer> d = Decision.of(Outcome.COMPLIANT, 1, A).withReasons(List.of(B, A));
        assertEquals(List.of(A, B, A), d.reasons());
        assertEquals(List.of("CORE-TIME-001", "CORE-CODE-001"), d.ruleIds());
        assertTrue(d.isCompliant());
        assertFalse(Decision.of(Outcome.NON_COMPLIANT, 1, A).isCompliant());
        assertThrows(NullPointerException.class, () -> Decision.determined(null, List.of(A)));
    }

    @Test
    void equalityCoversEveryPart() {
        Decision<Integer> d = Decision.of(Outcome.COMPLIANT, 1, List.of(A));
        assertEquals(d, Decision.of(Outcome.COMPLIANT, 1, List.of(A)));
        assertEquals(d.hashCode(), Decision.of(Outcome.COMPLIANT, 1, List.of(A)).hashCode());
        assertNotEquals(d, Decision.of(Outcome.NON_COMPLIANT, 1, List.of(A)));
        assertNotEquals(d, Decision.of(Outcome.COMPLIANT, 2, List.of(A)));
        assertNotEquals(d, Decision.of(Outcome.COMPLIANT, 1, List.of(B)));
        assertNotEquals(Decision.requiresApproval(Approver.BRANCH, 1, List.of(A)),
                Decision.requiresApproval(Approver.BRANCH_COMMITTEE, 1, List.of(A)));
        assertNotEquals(d, "d");
        assertEquals("Decision[COMPLIANT, 1, [CORE-TIME-001]]", d.toString());
        assertEquals("Decision[INSUFFICIENT_DATA, [CORE-TIME-001]]", Decision.insufficientData(List.of(A)).toString());
    }

    @Test
    void explainsInBothLanguages() {
        Decision<Integer> d = Decision.requiresApproval(Approver.HIGHER_PARTY_COMMITTEE, 7, List.of(A));
        assertTrue(d.explain(Language.ZH).startsWith("须经批准: 7（审批：上级党委）"), d.explain(Language.ZH));
        assertTrue(d.explain(Language.EN).startsWith("REQUIRES_APPROVAL: 7 (approver: HIGHER_PARTY_COMMITTEE)"),
                d.explain(Language.EN));
        assertTrue(d.explain(Language.EN).contains(" (source: "), d.explain(Language.EN));
        assertEquals("符合", Outcome.COMPLIANT.label());
        assertEquals("支部党员大会", Approver.BRANCH_GENERAL_MEETING.label());
    }

    @Test
    void aSecondValueForTheSameNameReplacesTheFirstInPlace() {
        Reason r = Reason.of(CoreRules.TIME_LIMITS, "time.deadline").with("event", 1).with("period", "P1M")
                .with("event", 2).read("a.b", 1).read("a.b", 3);
        assertEquals(java.util.List.of("event", "period"), java.util.List.copyOf(r.arguments().keySet()));
        assertEquals("2", r.arguments().get("event"));
        assertEquals(java.util.Map.of("a.b", "3"), r.parameters());
        assertEquals(r, Reason.of(CoreRules.TIME_LIMITS, "time.deadline").with("period", "P1M").with("event", 2)
                .read("a.b", 3), "equality ignores the order in which arguments were added");
    }

    @Test
    void reasonsCarryTheirRuleAndParameters() {
        assertEquals(CoreRules.CREDIT_CODE, B.rule());
        assertEquals(CoreRules.CREDIT_CODE.citation(), B.citation());
        assertEquals("code.valid", B.messageKey());
        assertEquals("1", B.parameters().get("p.q"));
        assertEquals("x", B.arguments().get("what"));
        assertEquals("x符合国家标准", B.render(Language.ZH));
        assertNotEquals(A, B);
        assertNotEquals(A, A.with("event", 2));
        assertNotEquals(B, B.read("p.q", "2"));
        assertNotEquals(A, Reason.of(CoreRules.TIME_LIMITS, "code.valid").with("event", 1));
        assertEquals(A.hashCode(), Reason.of(CoreRules.TIME_LIMITS, "time.deadline").with("event", 1).hashCode());
        assertTrue(A.toString().startsWith("CORE-TIME-001 "));
        assertEquals("no.such.key{}", Reason.of(CoreRules.TIME_LIMITS, "no.such.key").render(Language.EN));
    }
}
