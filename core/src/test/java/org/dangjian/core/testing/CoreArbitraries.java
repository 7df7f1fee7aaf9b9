package org.dangjian.core.testing;

import java.time.LocalDate;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import org.dangjian.core.code.CreditCode;
import org.dangjian.core.code.IdentityNumber;
import org.dangjian.core.code.Industry;
import org.dangjian.core.code.Jurisdiction;
import org.dangjian.core.code.PersonName;
import org.dangjian.core.money.Money;
import org.dangjian.core.money.Rate;
import org.dangjian.core.organization.FormationMethod;
import org.dangjian.core.organization.Host;
import org.dangjian.core.organization.HostKind;
import org.dangjian.core.organization.MassOrganization;
import org.dangjian.core.organization.NewOrganization;
import org.dangjian.core.organization.OperatingStatus;
import org.dangjian.core.organization.OrganizationSubKind;
import org.dangjian.core.organization.PartyOrganization;
import org.dangjian.core.organization.PartyOrganizationLevel;

/**
 * jqwik generators for every core type: valid codes with correct check characters, money, jurisdictions,
 * names, organizations. Published in core's test-jar for the other modules and for integrators.
 *
 * <pre>{@code
 * @Property
 * void everyCodeRoundTrips(@ForAll("codes") CreditCode c) { … }
 * @Provide Arbitrary<CreditCode> codes() { return CoreArbitraries.creditCodes(); }
 * }</pre>
 */
public final class CoreArbitraries {
    private static final String[] SURNAMES = {"王", "李", "张", "刘", "陈", "杨", "黄", "赵", "周", "吴", "欧阳", "司马"};
    private static final String GIVEN = "伟芳娜敏静丽强磊军洋勇艳杰娟涛明超秀霞平刚桂英华建国红梅志军";

    private CoreArbitraries() {}

    /** @return county codes in real provinces, such as {@code 430102} */
    public static Arbitrary<Jurisdiction> counties() {
        return Combinators.combine(
                Arbitraries.of("11", "31", "32", "33", "43", "44", "51", "61"),
                Arbitraries.integers().between(1, 20),
                Arbitraries.integers().between(1, 30))
                .as((p, c, d) -> Jurisdiction.of(p + two(c) + two(d)));
    }

    /** @return township codes (9 digits) */
    public static Arbitrary<Jurisdiction> townships() {
        return Combinators.combine(counties(), Arbitraries.integers().between(1, 40))
                .as((c, t) -> Jurisdiction.of(c.code() + three(t)));
    }

    /**
     * @param county the county, not null
     * @return township codes in the county
     */
    public static Arbitrary<Jurisdiction> townshipsOf(Jurisdiction county) {
        return Arbitraries.integers().between(1, 40).map(t -> Jurisdiction.of(county.code() + three(t)));
    }

    /** @return jurisdictions of every level */
    public static Arbitrary<Jurisdiction> jurisdictions() {
        return Arbitraries.oneOf(
                counties().map(c -> c.parent().orElseThrow().parent().orElseThrow()),
                counties().map(c -> c.parent().orElseThrow()),
                counties(),
                townships(),
                Combinators.combine(townships(), Arbitraries.integers().between(1, 200))
                        .as((t, v) -> Jurisdiction.of(t.code() + three(v))));
    }

    /** @return valid unified social credit codes */
    public static Arbitrary<CreditCode> creditCodes() {
        Arbitrary<String> body = Arbitraries.strings().withChars(CreditCode.CHARSET.toCharArray()).ofLength(9);
        return Combinators.combine(Arbitraries.of("91", "92", "51", "52", "53", "31"), counties(), body)
                .as((prefix, county, b) -> CreditCode.withCheckCharacter(prefix + county.code() + b));
    }

    /** @return valid identity numbers of people born 1940–2008 */
    public static Arbitrary<IdentityNumber> identityNumbers() {
        return Combinators.combine(counties(),
                Arbitraries.integers().between(0, 25_000).map(d -> LocalDate.of(1940, 1, 1).plusDays(d)),
                Arbitraries.integers().between(0, 999))
                .as((c, birth, seq) -> IdentityNumber.withCheckCharacter(c.code()
                        + String.format("%04d%02d%02d", birth.getYear(), birth.getMonthValue(), birth.getDayOfMonth())
                        + String.format("%03d", seq)));
    }

    /** @return Chinese names of two to four characters */
    public static Arbitrary<PersonName> personNames() {
        return Combinators.combine(Arbitraries.of(SURNAMES),
                Arbitraries.strings().withChars(GIVEN.toCharArray()).ofMinLength(1).ofMaxLength(2))
                .as((s, g) -> PersonName.of(s + g));
    }

    /**
     * @param minFen the least amount, in fen
     * @param maxFen the greatest amount, in fen
     * @return amounts between them, edges included
     */
    public static Arbitrary<Money> money(long minFen, long maxFen) {
        return Arbitraries.longs().between(minFen, maxFen)
                .map(Money::ofFen);
    }

    /** @return incomes from 0.00 to 100000.00, with the dues band edges as edge cases */
    public static Arbitrary<Money> incomes() {
        return Arbitraries.oneOf(
                money(0, 10_000_000L),
                Arbitraries.of(300_000L, 300_001L, 500_000L, 500_001L, 1_000_000L, 1_000_001L).map(Money::ofFen));
    }

    /** @return rates from 0% to 100% */
    public static Arbitrary<Rate> rates() {
        return Arbitraries.longs().between(0, 1_000_000L).map(Rate::ofMillionths);
    }

    /** @return hosts of every kind in a township */
    public static Arbitrary<Host> hosts() {
        return Combinators.combine(Arbitraries.integers().between(1, 50), Arbitraries.of(HostKind.class), townships())
                .as((i, k, t) -> Host.of("H" + i, k.label() + i, k, t));
    }

    /** @return valid new organizations of every sub-kind, members never above head count */
    public static Arbitrary<NewOrganization> newOrganizations() {
        Arbitrary<Integer> heads = Arbitraries.frequencyOf(
                net.jqwik.api.Tuple.of(50, Arbitraries.integers().between(0, 30)),
                net.jqwik.api.Tuple.of(30, Arbitraries.integers().between(30, 120)),
                net.jqwik.api.Tuple.of(20, Arbitraries.integers().between(120, 3000)));
        return heads.flatMap(h -> Combinators.combine(
                creditCodes(),
                Arbitraries.of(OrganizationSubKind.class),
                townships(),
                Arbitraries.of(Industry.class),
                Arbitraries.integers().between(0, Math.min(h, 120)),
                Arbitraries.of(MassOrganization.class).set().ofMaxSize(3),
                Arbitraries.of(OperatingStatus.class).withoutEdgeCases(),
                hosts().list().ofMaxSize(2).uniqueElements(Host::getId))
                .as((code, kind, j, ind, members, mass, status, hs) -> {
                    int full = members * 4 / 5;
                    return NewOrganization.builder()
                            .creditCode(code).name(kind.label() + code.code().substring(10))
                            .subKind(kind).jurisdiction(j).industry(ind)
                            .headCount(h).fullMembers(full).probationaryMembers(members - full)
                            .massOrganizations(mass).status(status).hosts(hs)
                            .build();
                }));
    }

    /**
     * @param covered the units it covers, not empty
     * @return party organizations covering them
     */
    public static Arbitrary<PartyOrganization> partyOrganizations(List<NewOrganization> covered) {
        int full = covered.stream().mapToInt(NewOrganization::getFullMembers).sum();
        return Combinators.combine(Arbitraries.integers().between(1, 99_999),
                Arbitraries.integers().between(2010, 2026))
                .as((id, year) -> PartyOrganization.builder()
                        .id("PO-" + id).name("党组织" + id)
                        .level(full >= 100 ? PartyOrganizationLevel.PRIMARY_COMMITTEE
                                : full >= 50 ? PartyOrganizationLevel.GENERAL_BRANCH : PartyOrganizationLevel.BRANCH)
                        .formationMethod(covered.size() == 1 ? FormationMethod.STANDALONE : FormationMethod.JOINT)
                        .jurisdiction(covered.get(0).getJurisdiction())
                        .coveredOrganizations(covered.stream().map(NewOrganization::getCreditCode).toList())
                        .fullMembers(full)
                        .committeeMembers(full >= 7 ? 5 : 0)
                        .termStart(LocalDate.of(year, 6, 1))
                        .build());
    }

    private static String two(int i) {
        return i < 10 ? "0" + i : String.valueOf(i);
    }

    private static String three(int i) {
        return String.format("%03d", i);
    }
}
