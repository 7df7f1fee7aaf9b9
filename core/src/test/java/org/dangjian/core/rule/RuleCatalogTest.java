package org.dangjian.core.rule;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.dangjian.core.CoreRules;
import org.dangjian.core.i18n.Language;
import org.dangjian.core.i18n.Messages;
import org.junit.jupiter.api.Test;

class RuleCatalogTest {
    @Test
    void discoversTheCoreRulesWithCitations() {
        RuleCatalog c = RuleCatalog.discover();
        assertTrue(c.find("CORE-TIME-001").isPresent());
        for (Rule r : c.rules()) {
            assertTrue(!r.citation().article().isBlank(), r.id());
        }
        assertTrue(c.toMarkdown().contains("| CORE-CODE-001 |"));
    }

    @Test
    void refusesADuplicateRuleId() {
        RuleSet twice = new RuleSet() {
            @Override
            public String module() {
                return "twice";
            }

            @Override
            public List<Rule> rules() {
                return List.of(CoreRules.TIME_LIMITS);
            }
        };
        IllegalStateException e = assertThrows(IllegalStateException.class,
                () -> RuleCatalog.of(List.of(new CoreRules(), twice)));
        assertTrue(e.getMessage().contains("CORE-TIME-001"));
    }

    @Test
    void refusesMalformedIdsAndMissingCitations() {
        assertThrows(IllegalArgumentException.class, () -> Rule.builder("dues-1"));
        assertThrows(NullPointerException.class, () -> Rule.builder("MEM-DUES-999").titles("a", "b").bundle("x").build());
    }

    @Test
    void everyCoreMessageKeyExistsInBothLanguages() {
        for (String key : List.of("time.deadline", "code.invalid", "code.valid")) {
            for (Language l : Language.values()) {
                assertTrue(Messages.has(CoreRules.BUNDLE, key, l), key + " " + l);
            }
        }
        assertEquals("a{b}c", Messages.fill("a{b}c", java.util.Map.of()));
        assertEquals("a1c", Messages.fill("a{b}c", java.util.Map.of("b", 1)));
    }
}
