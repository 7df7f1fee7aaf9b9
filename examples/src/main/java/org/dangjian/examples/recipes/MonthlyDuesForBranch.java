package org.dangjian.examples.recipes;

import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import org.dangjian.core.decision.Decision;
import org.dangjian.core.decision.Outcome;
import org.dangjian.core.i18n.Language;
import org.dangjian.core.money.Money;
import org.dangjian.core.organization.PartyOrganization;
import org.dangjian.examples.county.CountyParameters;
import org.dangjian.examples.county.PartyLife;
import org.dangjian.examples.county.SampleCounty;
import org.dangjian.examples.county.SampleCountyGenerator;
import org.dangjian.examples.county.SampleMember;
import org.dangjian.membership.dues.DuesAccount;
import org.dangjian.membership.dues.DuesBasis;
import org.dangjian.membership.dues.DuesMonth;
import org.dangjian.membership.dues.DuesPolicy;
import org.dangjian.membership.dues.DuesStanding;
import org.dangjian.membership.dues.MemberCategory;

/**
 * Recipe: compute a month's dues for a branch, and list the members six months behind.
 *
 * <pre>{@code
 * DuesPolicy dues = DuesPolicy.at(parameters, Jurisdiction.of("430102"), YearMonth.of(2025, 12));
 * Decision<Money> d = dues.decideMonthlyDues(DuesBasis.employed(Money.yuan("5100.00")));
 * d.value();                                  // 76.50: the band's rate applies to the whole base
 * Decision<DuesStanding> s = dues.assessAccount(account, YearMonth.of(2025, 12));
 * s.outcome();                                // REQUIRES_APPROVAL after six months in a row unpaid
 * }</pre>
 *
 * <p>The branch is the first one of the sample county (seed 2026) that has a member six months behind. Names
 * print masked; the sample county is generated, fictional data.
 */
public final class MonthlyDuesForBranch {
    private MonthlyDuesForBranch() {}

    /**
     * Prints the branch's dues for December and the members six months behind.
     *
     * @param out where to print, not null
     * @return the members six months or more behind, not null
     */
    public static List<SampleMember> run(PrintStream out) {
        SampleCounty county = SampleCountyGenerator.generate(2026L, 1_000);
        YearMonth month = YearMonth.of(county.year(), 12);
        DuesPolicy dues = DuesPolicy.at(CountyParameters.load().parameters(), county.county(), month);
        for (PartyOrganization po : county.partyOrganizations()) {
            PartyLife life = county.lifeOf(po);
            List<SampleMember> behind = new ArrayList<>();
            List<Decision<DuesStanding>> standings = new ArrayList<>();
            for (SampleMember m : life.members()) {
                Decision<DuesStanding> s = dues.assessAccount(account(dues, m, county.year()), month);
                if (s.outcome() == Outcome.REQUIRES_APPROVAL) {
                    behind.add(m);
                    standings.add(s);
                }
            }
            if (behind.isEmpty()) {
                continue;
            }
            out.println(po.getName() + "（" + po.getId() + "）" + month + " 党费 / dues:");
            Money total = Money.ZERO;
            for (SampleMember m : life.members()) {
                Decision<Money> d = dues.decideMonthlyDues(basis(m));
                total = total.plus(d.findValue().orElse(Money.ZERO));
                out.println("  " + m.name() + " " + m.category().label() + " " + d.explain(Language.ZH)
                        .replace("\n", "\n    "));
            }
            out.println("  合计 / total: " + total);
            out.println("连续六个月以上未交 / six months or more behind:");
            for (int i = 0; i < behind.size(); i++) {
                out.println("  " + behind.get(i).name() + " — " + standings.get(i).explain(Language.ZH)
                        .replace("\n", "\n    "));
            }
            return behind;
        }
        return List.of();
    }

    private static DuesBasis basis(SampleMember m) {
        MemberCategory c = MemberCategory.valueOf(m.category().name());
        return c == MemberCategory.FARMER ? DuesBasis.farmer()
                : c.isIncomeBased() ? DuesBasis.of(c, m.monthlyBase()) : DuesBasis.of(c, Money.ZERO);
    }

    private static DuesAccount account(DuesPolicy dues, SampleMember m, int year) {
        Money monthly = dues.decideMonthlyDues(basis(m)).findValue().orElse(Money.ZERO);
        YearMonth first = m.admittedOn().getYear() == year ? YearMonth.from(m.admittedOn()) : YearMonth.of(year, 1);
        List<DuesMonth> months = new ArrayList<>();
        for (YearMonth ym = first; ym.getYear() == year; ym = ym.plusMonths(1)) {
            months.add(DuesMonth.of(ym, monthly, m.paid(ym, year) ? monthly : Money.ZERO));
        }
        return DuesAccount.of(m.id(), months);
    }

    /**
     * Runs the recipe.
     *
     * @param args none
     */
    public static void main(String[] args) {
        run(new PrintStream(System.out, true, StandardCharsets.UTF_8));
    }
}
