package org.dangjian.core.json;

import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.dangjian.core.CoreRules;
import org.dangjian.core.code.Jurisdiction;
import org.dangjian.core.decision.Reason;
import org.dangjian.core.money.Rate;
import org.dangjian.core.organization.NewOrganization;
import org.dangjian.core.organization.PartyOrganization;
import org.dangjian.core.parameter.OverrideSet;
import org.dangjian.core.parameter.ParameterOverride;
import org.dangjian.core.parameter.ProfileAdoption;
import org.dangjian.core.testing.CoreArbitraries;
import org.dangjian.core.testing.HostileJson;

/** Every public JSON entry point of core answers hostile input with a value or one InvalidInputException. */
class HostileJsonProperties {
    private static final NewOrganization ORG = CoreArbitraries.newOrganizations()
            .filter(o -> !o.getHosts().isEmpty()).sample();

    @Property(tries = 2000)
    void organizationReader(@ForAll("organizations") String json) {
        HostileJson.assertValueOrInvalidInput(() -> DangjianJson.read(json, NewOrganization.class));
    }

    @Property(tries = 1000)
    void partyOrganizationReader(@ForAll("partyOrganizations") String json) {
        HostileJson.assertValueOrInvalidInput(() -> DangjianJson.read(json, PartyOrganization.class));
    }

    @Property(tries = 2000)
    void overrideSetReader(@ForAll("overrideSets") String json) {
        HostileJson.assertValueOrInvalidInput(() -> DangjianJson.readOverrides(json));
    }

    @Property(tries = 1000)
    void reasonReader(@ForAll("reasons") String json) {
        HostileJson.assertValueOrInvalidInput(() -> DangjianJson.read(json, Reason.class));
    }

    @Provide
    Arbitrary<String> organizations() {
        return HostileJson.documents(DangjianJson.write(ORG));
    }

    @Provide
    Arbitrary<String> partyOrganizations() {
        return HostileJson.documents(DangjianJson.write(CoreArbitraries.partyOrganizations(java.util.List.of(ORG)).sample()));
    }

    @Provide
    Arbitrary<String> overrideSets() {
        OverrideSet set = OverrideSet.empty()
                .with(ProfileAdoption.of(Jurisdiction.of("430100"), "seed-002", java.time.LocalDate.of(2020, 1, 1)))
                .with(ParameterOverride.of(Jurisdiction.of("430102"), java.time.LocalDate.of(2026, 1, 1))
                        .with("coverage.target.organizationalCoverage", Rate.parse("92%").toString()).withSource("x"));
        return HostileJson.documents(DangjianJson.write(set));
    }

    @Provide
    Arbitrary<String> reasons() {
        return HostileJson.documents(DangjianJson.write(Reason.of(CoreRules.TIME_LIMITS, "time.deadline")
                .with("event", "2026-01-31").read("membership.admission.talkWithin", "P1M")));
    }
}
