package org.dangjian.benchmarks.coverage;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.dangjian.core.code.CreditCode;
import org.dangjian.core.code.JurisdictionLevel;
import org.dangjian.core.organization.NewOrganization;
import org.dangjian.core.organization.PartyOrganization;

/**
 * Flattens a ledger (organizations and the Party organizations covering them) into the rows loaded into SQL.
 * Own and joint coverage follow the ledger's index: a Party organization covering one unit is that unit's own,
 * one covering several covers each of them jointly.
 */
public final class LedgerRows {

    private LedgerRows() {
    }

    /**
     * The rows of a ledger.
     *
     * @param organizations the new organizations, not null
     * @param partyOrganizations the Party organizations, not null
     * @return one row per organization, in the same order, not null
     */
    public static List<LedgerRow> of(List<NewOrganization> organizations, List<PartyOrganization> partyOrganizations) {
        Map<CreditCode, Integer> flags = new HashMap<>(organizations.size() * 2);
        for (PartyOrganization po : partyOrganizations) {
            int flag = po.getCoveredOrganizations().size() == 1 ? 1 : 2;
            for (CreditCode c : po.getCoveredOrganizations()) {
                flags.merge(c, flag, (a, b) -> a | b);
            }
        }
        List<LedgerRow> rows = new ArrayList<>(organizations.size());
        for (NewOrganization o : organizations) {
            int f = flags.getOrDefault(o.getCreditCode(), 0);
            String township = o.getJurisdiction().level().compareTo(JurisdictionLevel.TOWNSHIP) >= 0
                    ? o.getJurisdiction().at(JurisdictionLevel.TOWNSHIP).code() : null;
            boolean work = o.isInstructorAssigned() || o.isLiaisonAssigned() || !o.getMassOrganizations().isEmpty();
            rows.add(new LedgerRow(o.getCreditCode().code(), o.getJurisdiction().at(JurisdictionLevel.COUNTY).code(),
                    township, o.kind().name(), o.getSubKind().name(), o.getIndustry().name(), o.getHeadCount(),
                    o.isOperating(), (f & 1) != 0, (f & 2) != 0, work, o.getFullMembers(), o.members(),
                    o.getAnnualRevenue().map(m -> m.fen()).orElse(-1L)));
        }
        return rows;
    }
}
