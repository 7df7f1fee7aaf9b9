package org.dangjian.coverage;

import java.time.LocalDate;
import org.dangjian.core.code.CreditCode;
import org.dangjian.core.code.Industry;
import org.dangjian.core.code.Jurisdiction;
import org.dangjian.core.organization.FormationMethod;
import org.dangjian.core.organization.NewOrganization;
import org.dangjian.core.organization.OrganizationSubKind;
import org.dangjian.core.organization.PartyOrganization;
import org.dangjian.core.organization.PartyOrganizationLevel;
import org.dangjian.core.parameter.LocalProfile;
import org.dangjian.core.parameter.PolicyParameters;
import org.dangjian.core.parameter.ResolvedParameters;

/** Test facts and parameters. */
public final class Fixtures {
    public static final Jurisdiction CITY = Jurisdiction.of("430100");
    public static final Jurisdiction COUNTY = Jurisdiction.of("430102");
    public static final Jurisdiction TOWNSHIP = Jurisdiction.of("430102001");
    public static final Jurisdiction TOWNSHIP_2 = Jurisdiction.of("430102002");
    public static final LocalDate AS_OF = LocalDate.of(2026, 3, 1);
    public static final PolicyParameters NATIONAL = PolicyParameters.nationalBaseline();
    public static final PolicyParameters SEED_002 = NATIONAL.adopt(CITY, LocalProfile.SEED_002, LocalDate.of(2020, 1, 1));

    private Fixtures() {}

    public static ResolvedParameters national() {
        return NATIONAL.resolve(COUNTY, AS_OF);
    }

    public static ResolvedParameters seed002() {
        return SEED_002.resolve(COUNTY, AS_OF);
    }

    public static CreditCode code(int i) {
        return CreditCode.withCheckCharacter("91430102MA4L" + String.format("%05d", i));
    }

    public static NewOrganization.Builder org(int i, OrganizationSubKind kind, int headCount, int fullMembers) {
        NewOrganization.Builder b = NewOrganization.builder();
        b.creditCode(code(i)).name("单位" + i).subKind(kind).jurisdiction(TOWNSHIP).industry(Industry.C)
                .headCount(headCount).fullMembers(fullMembers);
        return b;
    }

    public static NewOrganization enterprise(int i, int headCount, int fullMembers) {
        return org(i, OrganizationSubKind.PRIVATE_ENTERPRISE, headCount, fullMembers).build();
    }

    public static PartyOrganization own(String id, NewOrganization o) {
        return PartyOrganization.builder().id(id).name("党支部" + id).level(PartyOrganizationLevel.BRANCH)
                .formationMethod(FormationMethod.STANDALONE).jurisdiction(o.getJurisdiction())
                .addCoveredOrganizations(o.getCreditCode()).fullMembers(o.getFullMembers())
                .termStart(LocalDate.of(2024, 6, 1)).build();
    }

    public static PartyOrganization joint(String id, NewOrganization... units) {
        PartyOrganization.Builder b = PartyOrganization.builder().id(id).name("联合党支部" + id)
                .level(PartyOrganizationLevel.BRANCH).formationMethod(FormationMethod.JOINT)
                .jurisdiction(units[0].getJurisdiction()).termStart(LocalDate.of(2024, 6, 1));
        int full = 0;
        for (NewOrganization u : units) {
            b.addCoveredOrganizations(u.getCreditCode());
            full += u.getFullMembers();
        }
        return b.fullMembers(full).build();
    }
}
