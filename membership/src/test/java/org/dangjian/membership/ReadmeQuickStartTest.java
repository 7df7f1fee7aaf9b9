package org.dangjian.membership;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import org.dangjian.core.code.Jurisdiction;
import org.dangjian.core.decision.Decision;
import org.dangjian.core.i18n.Language;
import org.dangjian.core.json.DangjianJson;
import org.dangjian.core.money.Money;
import org.dangjian.core.parameter.LayerKind;
import org.dangjian.core.parameter.PolicyParameters;
import org.dangjian.core.parameter.ResolvedParameters;
import org.dangjian.core.rule.Rule;
import org.dangjian.core.rule.RuleCatalog;
import org.dangjian.membership.dues.DuesBasis;
import org.dangjian.membership.dues.DuesPolicy;
import org.junit.jupiter.api.Test;

/** Keeps README.md's quick start true: the same calls, the same answers. */
class ReadmeQuickStartTest {
    @Test
    void quickStartGivesWhatTheReadmeSays() {
        String countyJson = "{\"overrides\":[{\"jurisdiction\":\"430102\",\"effectiveFrom\":\"2026-01-01\","
                + "\"values\":{\"membership.dues.remittanceRate\":\"20%\"}}]}";
        // --- README quick start, verbatim ---
        PolicyParameters params = PolicyParameters.nationalBaseline()           // every module on the class path
                .with(DangjianJson.readOverrides(countyJson));                    // optional: a county's own figures
        ResolvedParameters p = params.resolve(Jurisdiction.of("430102"), LocalDate.of(2026, 3, 1));

        DuesPolicy dues = DuesPolicy.of(p);                                       // resolve once, evaluate many
        Decision<Money> d = dues.decideMonthlyDues(DuesBasis.employed(Money.yuan("6800.00")));
        // --- end ---
        assertEquals(Money.yuan("102.00"), d.value());
        assertEquals("MEM-DUES-001", d.ruleIds().get(0));
        String zh = d.explain(Language.ZH);
        assertTrue(zh.startsWith("已确定: 102.00"), zh);
        assertTrue(zh.contains("中组发〔2008〕3号"), zh);
        assertTrue(zh.contains("第二条"), zh);
        assertEquals("《关于中国共产党党费收缴、使用和管理的规定》（中组发〔2008〕3号）第二条",
                RuleCatalog.discover().find("MEM-DUES-001").map(Rule::citation).orElseThrow().toString());
        assertEquals(LayerKind.NATIONAL_BASELINE,
                p.provenance(MembershipParameters.DUES_EMPLOYED_BANDS).orElseThrow().kind());
        assertEquals(LayerKind.OVERRIDE,
                p.provenance(MembershipParameters.DUES_REMITTANCE_RATE).orElseThrow().kind());
        assertEquals(Money.yuan("49.00"), dues.duesAmount(org.dangjian.membership.dues.MemberCategory.EMPLOYED,
                Money.yuan("4900.00")));
        System.out.println(zh);
    }
}
