package org.dangjian.core.decision;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.NoSuchElementException;
import org.dangjian.core.CoreRules;
import org.dangjian.core.i18n.Language;
import org.dangjian.core.json.DangjianJson;
import org.junit.jupiter.api.Test;

class DecisionTest {
    static final Reason REASON = Reason.of(CoreRules.TIME_LIMITS, "time.deadline")
            .with("event", "2026-01-31").with("period", "P1M").with("deadline", "2026-02-28");

    @Test
    void rendersReasonsInChineseAndEnglishWithTheCitation() {
        assertEquals("2026-01-31后P1M的最后一日为2026-02-28", REASON.render(Language.ZH));
        assertEquals("The last day of P1M after 2026-01-31 is 2026-02-28", REASON.render(Language.EN));
        assertTrue(REASON.explain(Language.ZH).contains("民法典"), REASON.explain(Language.ZH));
        assertTrue(REASON.explain(Language.ZH).startsWith("CORE-TIME-001"));
    }

    @Test
    void namesTheApproverExactlyWhenApprovalIsRequired() {
        Decision<String> d = Decision.requiresApproval(Approver.HIGHER_PARTY_ORGANIZATION, "x", List.of(REASON));
        assertEquals(Approver.HIGHER_PARTY_ORGANIZATION, d.approver().orElseThrow());
        assertTrue(d.explain(Language.ZH).contains("上级党组织"));
        assertThrows(IllegalArgumentException.class, () -> Decision.of(Outcome.REQUIRES_APPROVAL, "x", REASON));
    }

    @Test
    void aDecisionWithoutValueSaysSo() {
        Decision<String> d = Decision.insufficientData(List.of(REASON));
        assertTrue(d.findValue().isEmpty());
        assertThrows(NoSuchElementException.class, d::value);
        assertEquals(List.of("CORE-TIME-001"), d.ruleIds());
    }

    @Test
    void reasonsRoundTripThroughJsonAndDecisionsCarryRenderedMessages() {
        assertEquals(REASON, DangjianJson.read(DangjianJson.write(REASON), Reason.class));
        String json = DangjianJson.write(Decision.determined("2026-02-28", List.of(REASON)));
        assertTrue(json.contains("\"outcome\":\"DETERMINED\""), json);
        assertTrue(json.contains("最后一日"), json);
        assertTrue(json.contains("\"article\"") || json.contains("citation"), json);
    }
}
