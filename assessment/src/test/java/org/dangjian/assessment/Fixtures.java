package org.dangjian.assessment;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.JsonNode;
import java.time.LocalDate;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import org.dangjian.core.code.CreditCode;
import org.dangjian.core.code.Jurisdiction;
import org.dangjian.core.json.DangjianJson;
import org.dangjian.core.organization.FormationMethod;
import org.dangjian.core.organization.PartyOrganization;
import org.dangjian.core.organization.PartyOrganizationLevel;
import org.dangjian.core.parameter.OverrideSet;
import org.dangjian.core.parameter.ParameterOverride;
import org.dangjian.core.parameter.PolicyParameters;
import org.dangjian.core.parameter.ProfileAdoption;
import org.dangjian.core.parameter.ResolvedParameters;
import org.dangjian.core.testing.GoldenCase;

/** Shared test fixtures: parameters with profiles and overrides, a sample branch. */
final class Fixtures {
    static final Jurisdiction COUNTY = Jurisdiction.of("430102");
    static final LocalDate LONG_AGO = LocalDate.of(2000, 1, 1);
    private static final PolicyParameters BASELINE = PolicyParameters.nationalBaseline();

    private Fixtures() {}

    static ResolvedParameters national(LocalDate asOf) {
        return BASELINE.resolve(COUNTY, asOf);
    }

    static ResolvedParameters withProfiles(LocalDate asOf, String... profiles) {
        OverrideSet set = OverrideSet.empty();
        for (String p : profiles) {
            set = set.with(ProfileAdoption.of(COUNTY, p, LONG_AGO));
        }
        return BASELINE.with(set).resolve(COUNTY, asOf);
    }

    static ResolvedParameters with(LocalDate asOf, Map<String, String> overrides, String... profiles) {
        OverrideSet set = OverrideSet.empty();
        for (String p : profiles) {
            set = set.with(ProfileAdoption.of(COUNTY, p, LONG_AGO));
        }
        ParameterOverride o = ParameterOverride.of(COUNTY, LONG_AGO);
        for (Map.Entry<String, String> e : overrides.entrySet()) {
            o = o.with(e.getKey(), e.getValue());
        }
        if (!overrides.isEmpty()) {
            set = set.with(o);
        }
        return BASELINE.with(set).resolve(COUNTY, asOf);
    }

    /** The parameters a golden case names: {@code facts.profiles} and {@code facts.overrides}. */
    static ResolvedParameters resolve(GoldenCase c) {
        Jurisdiction j = c.jurisdiction().orElse(COUNTY);
        OverrideSet set = OverrideSet.empty();
        for (JsonNode p : c.facts().path("profiles")) {
            set = set.with(ProfileAdoption.of(j, p.asText(), LONG_AGO));
        }
        JsonNode ov = c.facts().path("overrides");
        if (ov.isObject() && ov.size() > 0) {
            ParameterOverride o = ParameterOverride.of(j, LONG_AGO);
            Iterator<Map.Entry<String, JsonNode>> it = ov.fields();
            while (it.hasNext()) {
                Map.Entry<String, JsonNode> e = it.next();
                o = o.with(e.getKey(), e.getValue().asText());
            }
            set = set.with(o);
        }
        return BASELINE.with(set).resolve(j, c.asOf());
    }

    static <T> List<T> list(JsonNode node, TypeReference<List<T>> type) {
        return DangjianJson.read(node.toString(), type);
    }

    static PartyOrganization branch(int fullMembers, int committee, int groups) {
        return PartyOrganization.builder().id("430102-B-0001").name("某科技有限公司党支部")
                .level(PartyOrganizationLevel.BRANCH).formationMethod(FormationMethod.STANDALONE)
                .jurisdiction(COUNTY).addCoveredOrganizations(CreditCode.parse("91350100M000100Y43"))
                .fullMembers(fullMembers).committeeMembers(committee).partyGroups(groups)
                .formedOn(LocalDate.of(2020, 1, 1)).build();
    }
}
