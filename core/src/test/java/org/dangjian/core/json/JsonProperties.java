package org.dangjian.core.json;

import static org.junit.jupiter.api.Assertions.assertEquals;

import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.dangjian.core.code.CreditCode;
import org.dangjian.core.code.IdentityNumber;
import org.dangjian.core.code.Jurisdiction;
import org.dangjian.core.code.PersonName;
import org.dangjian.core.money.Money;
import org.dangjian.core.money.Rate;
import org.dangjian.core.organization.Host;
import org.dangjian.core.organization.NewOrganization;
import org.dangjian.core.organization.PartyOrganization;
import org.dangjian.core.testing.CoreArbitraries;

class JsonProperties {

    private static <T> void roundTrips(T value, Class<T> type) {
        assertEquals(value, DangjianJson.read(DangjianJson.write(value), type));
    }

    @Property(tries = 300)
    void organizationsRoundTrip(@ForAll("organizations") NewOrganization o) {
        roundTrips(o, NewOrganization.class);
    }

    @Property(tries = 200)
    void partyOrganizationsRoundTrip(@ForAll("organizations") NewOrganization o) {
        PartyOrganization p = CoreArbitraries.partyOrganizations(java.util.List.of(o)).sample();
        roundTrips(p, PartyOrganization.class);
    }

    @Property(tries = 200)
    void codesAndMoneyRoundTrip(@ForAll("creditCodes") CreditCode c, @ForAll("ids") IdentityNumber id,
            @ForAll("jurisdictions") Jurisdiction j, @ForAll("names") PersonName n, @ForAll("hosts") Host h,
            @ForAll("incomes") Money m, @ForAll("rates") Rate r) {
        roundTrips(c, CreditCode.class);
        roundTrips(id, IdentityNumber.class);
        roundTrips(j, Jurisdiction.class);
        roundTrips(n, PersonName.class);
        roundTrips(h, Host.class);
        roundTrips(m, Money.class);
        roundTrips(r, Rate.class);
    }

    @Provide
    Arbitrary<NewOrganization> organizations() {
        return CoreArbitraries.newOrganizations();
    }

    @Provide
    Arbitrary<CreditCode> creditCodes() {
        return CoreArbitraries.creditCodes();
    }

    @Provide
    Arbitrary<IdentityNumber> ids() {
        return CoreArbitraries.identityNumbers();
    }

    @Provide
    Arbitrary<Jurisdiction> jurisdictions() {
        return CoreArbitraries.jurisdictions();
    }

    @Provide
    Arbitrary<PersonName> names() {
        return CoreArbitraries.personNames();
    }

    @Provide
    Arbitrary<Host> hosts() {
        return CoreArbitraries.hosts();
    }

    @Provide
    Arbitrary<Money> incomes() {
        return CoreArbitraries.incomes();
    }

    @Provide
    Arbitrary<Rate> rates() {
        return CoreArbitraries.rates();
    }
}
