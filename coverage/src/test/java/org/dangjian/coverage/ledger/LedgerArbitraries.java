package org.dangjian.coverage.ledger;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import org.dangjian.core.code.Industry;
import org.dangjian.core.code.Jurisdiction;
import org.dangjian.core.organization.FormationMethod;
import org.dangjian.core.organization.MassOrganization;
import org.dangjian.core.organization.NewOrganization;
import org.dangjian.core.organization.OperatingStatus;
import org.dangjian.core.organization.OrganizationSubKind;
import org.dangjian.core.organization.PartyOrganization;
import org.dangjian.core.organization.PartyOrganizationLevel;
import org.dangjian.coverage.Fixtures;

/** Generators of consistent ledgers of one county (three townships). */
final class LedgerArbitraries {
    private LedgerArbitraries() {}

    /** One organization's facts before it gets a code: head count, members, township, kind, coverage mode. */
    record Row(int headCount, int full, int probationary, int township, OrganizationSubKind kind, boolean union,
            boolean operating, int mode, boolean instructor) {
    }

    static Arbitrary<Row> rows() {
        Arbitrary<Integer> heads = Arbitraries.frequencyOf(
                net.jqwik.api.Tuple.of(40, Arbitraries.integers().between(0, 30)),
                net.jqwik.api.Tuple.of(40, Arbitraries.integers().between(30, 120)),
                net.jqwik.api.Tuple.of(20, Arbitraries.integers().between(120, 600)));
        return heads.flatMap(h -> Combinators.combine(
                Arbitraries.integers().between(0, Math.min(h, 110)),
                Arbitraries.integers().between(1, 3),
                Arbitraries.of(OrganizationSubKind.class),
                Arbitraries.of(true, false),
                Arbitraries.frequency(net.jqwik.api.Tuple.of(9, true), net.jqwik.api.Tuple.of(1, false)),
                Arbitraries.integers().between(0, 2),
                Arbitraries.of(true, false))
                .as((m, t, k, u, op, mode, ins) -> new Row(h, m - m / 5, m / 5, t, k, u, op, mode, ins)));
    }

    static NewOrganization organization(int i, Row r) {
        NewOrganization.Builder b = NewOrganization.builder().creditCode(Fixtures.code(i)).name("单位" + i)
                .subKind(r.kind()).jurisdiction(Jurisdiction.of("43010200" + r.township()))
                .industry(Industry.values()[i % Industry.values().length]).headCount(r.headCount())
                .fullMembers(r.full()).probationaryMembers(r.probationary()).instructorAssigned(r.instructor())
                .status(r.operating() ? OperatingStatus.OPERATING : OperatingStatus.SUSPENDED);
        if (r.union()) {
            b.addMassOrganizations(MassOrganization.TRADE_UNION);
        }
        return b.build();
    }

    static List<NewOrganization> organizations(List<Row> rows) {
        List<NewOrganization> l = new ArrayList<>();
        for (int i = 0; i < rows.size(); i++) {
            l.add(organization(i + 1, rows.get(i)));
        }
        return l;
    }

    /** Mode 1: its own organization; mode 2: joint with the following mode-2 units, at most 5 a branch. */
    static List<PartyOrganization> partyOrganizations(List<NewOrganization> orgs, List<Row> rows) {
        List<PartyOrganization> l = new ArrayList<>();
        List<NewOrganization> group = new ArrayList<>();
        for (int i = 0; i < orgs.size(); i++) {
            int mode = rows.get(i).mode();
            if (mode == 1) {
                l.add(Fixtures.own("B" + i, orgs.get(i)));
            } else if (mode == 2) {
                group.add(orgs.get(i));
                if (group.size() == 5) {
                    l.add(joint(l.size(), group));
                    group.clear();
                }
            }
        }
        if (!group.isEmpty()) {
            l.add(joint(l.size(), group));
        }
        return l;
    }

    private static PartyOrganization joint(int n, List<NewOrganization> units) {
        PartyOrganization.Builder b = PartyOrganization.builder().id("J" + n).name("联合党支部" + n)
                .level(PartyOrganizationLevel.BRANCH).formationMethod(FormationMethod.JOINT)
                .jurisdiction(units.get(0).getJurisdiction()).termStart(LocalDate.of(2024, 1, 1));
        int full = 0;
        for (NewOrganization u : units) {
            b.addCoveredOrganizations(u.getCreditCode());
            full += u.getFullMembers();
        }
        return b.fullMembers(full).build();
    }

    static Ledger ledger(List<Row> rows) {
        List<NewOrganization> orgs = organizations(rows);
        return Ledger.of(Fixtures.COUNTY, orgs, partyOrganizations(orgs, rows), List.of());
    }
}
