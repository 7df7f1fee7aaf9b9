package org.dangjian.coverage.ledger;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.dangjian.core.code.CreditCode;
import org.dangjian.core.code.Industry;
import org.dangjian.core.code.Jurisdiction;
import org.dangjian.core.organization.MassOrganization;
import org.dangjian.core.organization.NewOrganization;
import org.dangjian.core.organization.OrganizationSubKind;
import org.dangjian.core.organization.PartyOrganization;
import org.dangjian.coverage.Fixtures;
import org.junit.jupiter.api.Test;

/** A 100,000-organization city ledger: the one-pass report equals a plain loop over the facts. */
class LedgerScaleTest {

    @Test
    void reportOfAHundredThousandOrganizationsEqualsAPlainCount() {
        int n = 100_000;
        Jurisdiction[] towns = new Jurisdiction[60];
        for (int t = 0; t < towns.length; t++) {
            towns[t] = Jurisdiction.of(String.format("4301%02d%03d", 2 + t / 20, 1 + t % 20));
        }
        Random r = new Random(7);
        List<NewOrganization> orgs = new ArrayList<>(n);
        List<PartyOrganization> pos = new ArrayList<>();
        long units = 0;
        long covered = 0;
        long work = 0;
        long mustForm = 0;
        long mustFormOwn = 0;
        List<NewOrganization> pending = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            int head = r.nextInt(200);
            int full = Math.min(head, r.nextInt(6));
            NewOrganization.Builder b = NewOrganization.builder()
                    .creditCode(CreditCode.withCheckCharacter("91430102MA" + String.format("%07d", i)))
                    .name("单位" + i).subKind(OrganizationSubKind.values()[i % 13]).jurisdiction(towns[i % towns.length])
                    .industry(Industry.values()[i % 20]).headCount(head).fullMembers(full);
            boolean union = r.nextInt(4) == 0;
            if (union) {
                b.addMassOrganizations(MassOrganization.TRADE_UNION);
            }
            NewOrganization o = b.build();
            orgs.add(o);
            units++;
            boolean own = full >= 3 && r.nextBoolean();
            boolean joint = !own && full < 3 && r.nextInt(3) == 0;
            if (own) {
                pos.add(Fixtures.own("B" + i, o));
            } else if (joint) {
                pending.add(o);
                if (pending.size() == 3) {
                    pos.add(Fixtures.joint("J" + i, pending.toArray(new NewOrganization[0])));
                    pending.clear();
                } else {
                    joint = false;
                }
            }
            if (joint) {
                covered += 3;
            }
            covered += own ? 1 : 0;
            work += !own && !joint && union ? 1 : 0;
            mustForm += full >= 3 ? 1 : 0;
            mustFormOwn += own ? 1 : 0;
        }
        // units left pending were not covered after all; jointly covered units in groups counted above
        Ledger ledger = Ledger.of(Fixtures.CITY, orgs, pos, List.of());
        CoverageCounts t = CoverageReport.of(ledger, Fixtures.NATIONAL.resolve(Fixtures.CITY, Fixtures.AS_OF)).total();
        assertEquals(units, t.units());
        assertEquals(covered, t.organizationallyCovered());
        assertEquals(mustForm, t.mustForm());
        assertEquals(mustFormOwn, t.mustFormWithOwn());
        long workExpected = 0;
        for (NewOrganization o : orgs) {
            if (!ledger.coverageOf(o).isOrganizational() && !o.getMassOrganizations().isEmpty()) {
                workExpected++;
            }
        }
        assertEquals(workExpected, t.workCoveredOnly());
    }
}
