package org.dangjian.training;

import java.time.LocalDate;
import java.util.Iterator;
import java.util.Map;
import com.fasterxml.jackson.databind.JsonNode;
import org.dangjian.core.code.Jurisdiction;
import org.dangjian.core.parameter.OverrideSet;
import org.dangjian.core.parameter.ParameterOverride;
import org.dangjian.core.parameter.PolicyParameters;
import org.dangjian.core.parameter.ProfileAdoption;
import org.dangjian.core.parameter.ResolvedParameters;
import org.dangjian.core.testing.GoldenCase;

/** Parameters for tests: the national baseline, optionally with profiles and text overrides of a county. */
public final class TestParameters {
    /** The county every test uses. */
    public static final Jurisdiction COUNTY = Jurisdiction.of("430102");
    /** The day profiles and overrides take effect in tests. */
    public static final LocalDate FROM = LocalDate.of(2000, 1, 1);

    private TestParameters() {}

    /** @return the national baseline for the county */
    public static ResolvedParameters baseline(LocalDate asOf) {
        return PolicyParameters.nationalBaseline().resolve(COUNTY, asOf);
    }

    /**
     * @param asOf the date
     * @param overrides parameter name, text value pairs
     * @return the baseline with the county's overrides
     */
    public static ResolvedParameters with(LocalDate asOf, String... overrides) {
        ParameterOverride o = ParameterOverride.of(COUNTY, FROM);
        for (int i = 0; i < overrides.length; i += 2) {
            o = o.with(overrides[i], overrides[i + 1]);
        }
        return PolicyParameters.nationalBaseline().with(OverrideSet.empty().with(o)).resolve(COUNTY, asOf);
    }

    /**
     * Resolves a golden case's parameters: {@code facts.profiles} (ids adopted by the county) and
     * {@code facts.overrides} (name → text).
     *
     * @param c the case
     * @return the parameters
     */
    public static ResolvedParameters of(GoldenCase c) {
        Jurisdiction j = c.jurisdiction().orElse(COUNTY);
        OverrideSet set = OverrideSet.empty();
        for (JsonNode p : c.facts().path("profiles")) {
            set = set.with(ProfileAdoption.of(j, p.asText(), FROM));
        }
        ParameterOverride o = ParameterOverride.of(j, FROM);
        boolean any = false;
        for (Iterator<Map.Entry<String, JsonNode>> it = c.facts().path("overrides").fields(); it.hasNext();) {
            Map.Entry<String, JsonNode> e = it.next();
            o = o.with(e.getKey(), e.getValue().asText());
            any = true;
        }
        if (any) {
            set = set.with(o);
        }
        return PolicyParameters.nationalBaseline().with(set).resolve(j, c.asOf());
    }
}
