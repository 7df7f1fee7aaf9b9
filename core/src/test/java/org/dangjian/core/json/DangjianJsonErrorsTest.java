package org.dangjian.core.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.core.type.TypeReference;
import java.util.List;
import org.dangjian.core.CoreRules;
import org.dangjian.core.code.IdentityNumber;
import org.dangjian.core.money.Money;
import org.dangjian.core.organization.NewOrganization;
import org.dangjian.core.rule.RuleCatalog;
import org.dangjian.core.validation.InvalidInputException;
import org.junit.jupiter.api.Test;

class DangjianJsonErrorsTest {
    private static InvalidInputException reject(String json, Class<?> type) {
        return assertThrows(InvalidInputException.class, () -> DangjianJson.read(json, type));
    }

    @Test
    void namesMalformedJsonWithItsPlace() {
        assertTrue(reject("{\"a\":", NewOrganization.class).getMessage().contains("malformed JSON at line 1"));
    }

    @Test
    void namesTheWrongTypeWithoutEchoingTheInput() {
        String json = DangjianJson.write(DangjianJsonTest.organization()).replace("\"headCount\":120", "\"headCount\":\"张三丰\"");
        InvalidInputException e = reject(json, NewOrganization.class);
        assertEquals("headCount", e.violations().get(0).path());
        assertFalse(e.getMessage().contains("张三丰"), e.getMessage());
    }

    @Test
    void refusesFloatsForWholeNumbersAndNumbersForEnums() {
        String json = DangjianJson.write(DangjianJsonTest.organization());
        assertEquals("headCount", reject(json.replace("\"headCount\":120", "\"headCount\":120.5"), NewOrganization.class)
                .violations().get(0).path());
        assertEquals("subKind", reject(json.replace("\"subKind\":\"PRIVATE_ENTERPRISE\"", "\"subKind\":1"),
                NewOrganization.class).violations().get(0).path());
    }

    @Test
    void namesMissingRequiredFields() {
        String json = DangjianJson.write(DangjianJsonTest.organization()).replaceAll("\"name\":\"[^\"]*\",", "")
                .replaceAll("\"industry\":\"I\",", "");
        InvalidInputException e = reject(json, NewOrganization.class);
        assertEquals(List.of("industry", "name"), e.violations().stream().map(v -> v.path()).sorted().toList(),
                e.getMessage());
        assertTrue(e.violations().get(0).message().contains("required"), e.getMessage());
    }

    @Test
    void refusesNullDocumentsDuplicateKeysTrailingTokensAndDeepNesting() {
        assertTrue(reject("null", Money.class).getMessage().contains("got null"));
        assertFalse(reject("{\"a\":1,\"a\":2}", NewOrganization.class).violations().isEmpty());
        assertFalse(reject("\"1.00\" \"2.00\"", Money.class).violations().isEmpty());
        assertTrue(reject("[".repeat(200) + "]".repeat(200), Object.class).getMessage().contains("limit"));
        assertTrue(reject("1".repeat(60), Object.class).getMessage().contains("limit"));
        assertTrue(reject("1.00", Money.class).getMessage().contains("string"));
    }

    @Test
    void masksAnIdentityNumberRejectedInsideADocument() {
        InvalidInputException e = reject("\"110105194912310021\"", IdentityNumber.class);
        assertFalse(e.getMessage().contains("110105194912310021"), e.getMessage());
    }

    @Test
    void readsGenericTypesAndWritesPretty() {
        List<Money> l = DangjianJson.read("[\"1.00\",\"2.50\"]", new TypeReference<List<Money>>() {});
        assertEquals(List.of(Money.ofFen(100), Money.ofFen(250)), l);
        assertTrue(DangjianJson.writePretty(java.util.Map.of("a", Money.ZERO)).contains("\n"));
        assertEquals("[\"0.00\"]", DangjianJson.write(List.of(Money.ZERO)));
    }

    @Test
    void writesRulesWithTheirCitations() {
        String json = DangjianJson.write(RuleCatalog.discover().rules());
        assertTrue(json.contains("\"id\":\"CORE-TIME-001\""), json);
        assertTrue(json.contains("\"document\":\"中华人民共和国民法典\""), json);
        assertTrue(json.contains("\"article\":\"第二百零一条、第二百零二条\""), json);
        assertTrue(json.contains("\"grade\":\"A\""), json);
        assertTrue(DangjianJson.write(CoreRules.TIME_LIMITS.citation()).contains("\"effectiveDate\":\"2021-01-01\""));
        assertTrue(DangjianJson.write(CoreRules.CREDIT_CODE.citation()).contains("\"documentNumber\":\"GB 32100-2015\""));
    }

    @Test
    void refusesAReasonOfAnUnknownRule() {
        InvalidInputException e = reject("{\"ruleId\":\"XXX-YYY-001\",\"messageKey\":\"k\"}",
                org.dangjian.core.decision.Reason.class);
        assertEquals("ruleId", e.violations().get(0).path());
        assertTrue(reject("{\"ruleId\":1}", org.dangjian.core.decision.Reason.class).violations().size() >= 2);
        assertTrue(reject("{\"ruleId\":\"CORE-TIME-001\",\"messageKey\":\"k\",\"arguments\":{\"a\":1},\"x\":1}",
                org.dangjian.core.decision.Reason.class).violations().size() >= 2);
    }
}
