package org.dangjian.coverage;

import java.util.List;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.dangjian.core.code.Jurisdiction;
import org.dangjian.core.code.JurisdictionLevel;
import org.dangjian.core.json.DangjianJson;
import org.dangjian.core.organization.NewOrganization;
import org.dangjian.core.organization.PartyOrganization;
import org.dangjian.core.testing.CoreArbitraries;
import org.dangjian.core.testing.HostileJson;
import org.dangjian.coverage.ledger.Ledger;

/** The ledger reader answers hostile JSON with a ledger or one InvalidInputException listing violations. */
class HostileJsonProperties {
    private static final String LEDGER = ledgerJson();

    private static String ledgerJson() {
        NewOrganization a = CoreArbitraries.newOrganizations().filter(o -> o.getFullMembers() >= 1 && o.getHosts().isEmpty()).sample();
        Jurisdiction county = a.getJurisdiction().at(JurisdictionLevel.COUNTY);
        PartyOrganization po = CoreArbitraries.partyOrganizations(List.of(a)).sample();
        return DangjianJson.write(Ledger.of(county, List.of(a), List.of(po), List.of()));
    }

    @Property(tries = 2000)
    void ledgerReader(@ForAll("ledgers") String json) {
        HostileJson.assertValueOrInvalidInput(() -> DangjianJson.read(json, Ledger.class));
    }

    @Provide
    Arbitrary<String> ledgers() {
        return HostileJson.documents(LEDGER);
    }
}
