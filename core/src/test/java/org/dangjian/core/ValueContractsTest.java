package org.dangjian.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import org.dangjian.core.band.Band;
import org.dangjian.core.band.Bound;
import org.dangjian.core.code.CreditCode;
import org.dangjian.core.code.Jurisdiction;
import org.dangjian.core.money.Money;
import org.dangjian.core.organization.OrganizationKind;
import org.dangjian.core.organization.OrganizationSubKind;
import org.dangjian.core.parameter.DatedValue;
import org.dangjian.core.parameter.LocalProfile;
import org.dangjian.core.parameter.ParameterKey;
import org.dangjian.core.parameter.ParameterOverride;
import org.dangjian.core.parameter.ParameterType;
import org.dangjian.core.parameter.ProfileAdoption;
import org.dangjian.core.rule.Citation;
import org.dangjian.core.rule.Grade;
import org.dangjian.core.rule.Rule;
import org.dangjian.core.rule.Source;
import org.dangjian.core.rule.Sources;
import org.dangjian.core.validation.Violation;
import org.junit.jupiter.api.Test;

/** Equality, hashing and text forms of the small value types: equal parts, equal values; any part differs, unequal. */
class ValueContractsTest {

    private static void contract(Object a, Object sameAsA, Object... different) {
        assertEquals(a, sameAsA);
        assertEquals(a.hashCode(), sameAsA.hashCode());
        assertEquals(a.toString(), sameAsA.toString());
        assertNotEquals(a, null);
        assertNotEquals(a, "a string");
        for (Object d : different) {
            assertNotEquals(a, d, d.toString());
        }
    }

    @Test
    void sources() {
        Source s = Source.of("党费规定", "规定", "中组部", "中组发〔2008〕3号", LocalDate.of(2008, 4, 1));
        contract(s, Source.of("党费规定", "规定", "中组部", "中组发〔2008〕3号", LocalDate.of(2008, 4, 1)),
                Source.of("x", "规定", "中组部", "中组发〔2008〕3号", LocalDate.of(2008, 4, 1)),
                Source.of("党费规定", "x", "中组部", "中组发〔2008〕3号", LocalDate.of(2008, 4, 1)),
                Source.of("党费规定", "规定", "x", "中组发〔2008〕3号", LocalDate.of(2008, 4, 1)),
                Source.of("党费规定", "规定", "中组部", null, LocalDate.of(2008, 4, 1)),
                Source.of("党费规定", "规定", "中组部", "中组发〔2008〕3号", null));
        assertEquals("《规定》（中组发〔2008〕3号）", s.toString());
        assertEquals("《规定》", Source.of("a", "规定", "b", null, null).toString());
        assertEquals("中组发〔2008〕3号", s.documentNumber().orElseThrow());
        assertEquals(LocalDate.of(2008, 4, 1), s.effectiveDate().orElseThrow());
        assertEquals("中组部", s.issuingBody());
        assertThrows(IllegalArgumentException.class, () -> Source.of(" ", "t", "b", null, null));
        assertThrows(IllegalArgumentException.class, () -> Source.of("s", null, "b", null, null));
        assertEquals(27, Sources.all().size());
        assertEquals(Sources.all().size(), Sources.all().stream().map(Source::shortName).distinct().count());
    }

    @Test
    void citationsAndGrades() {
        Citation c = Citation.of(Sources.BRANCH_REGULATIONS, "第四条", Grade.A);
        contract(c, Citation.of(Sources.BRANCH_REGULATIONS, "第四条", Grade.A),
                Citation.of(Sources.ADMISSION_RULES, "第四条", Grade.A),
                Citation.of(Sources.BRANCH_REGULATIONS, "第五条", Grade.A),
                Citation.of(Sources.BRANCH_REGULATIONS, "第四条", Grade.B));
        assertEquals("《中国共产党支部工作条例（试行）》第四条", c.toString());
        assertThrows(IllegalArgumentException.class, () -> Citation.of(Sources.BRANCH_REGULATIONS, " ", Grade.A));
        assertEquals("条文原文", Grade.A.label());
        assertEquals("地方工作方案", Grade.S.label());
    }

    @Test
    void rules() {
        Rule r = CoreRules.TIME_LIMITS;
        Rule same = Rule.builder("CORE-TIME-001").titles(r.titleZh(), r.titleEn()).citation(r.citation())
                .bundle(r.bundle()).build();
        contract(r, same,
                Rule.builder("CORE-TIME-002").titles(r.titleZh(), r.titleEn()).citation(r.citation()).bundle(r.bundle()).build(),
                Rule.builder("CORE-TIME-001").titles("x", r.titleEn()).citation(r.citation()).bundle(r.bundle()).build(),
                Rule.builder("CORE-TIME-001").titles(r.titleZh(), "x").citation(r.citation()).bundle(r.bundle()).build(),
                Rule.builder("CORE-TIME-001").titles(r.titleZh(), r.titleEn()).cites(Sources.GB_32100, "x", Grade.A)
                        .bundle(r.bundle()).build(),
                Rule.builder("CORE-TIME-001").titles(r.titleZh(), r.titleEn()).citation(r.citation())
                        .parameters("a.b").bundle(r.bundle()).build(),
                Rule.builder("CORE-TIME-001").titles(r.titleZh(), r.titleEn()).citation(r.citation()).bundle("x").build());
        assertEquals("CORE", r.modulePrefix());
        assertTrue(r.toString().startsWith("CORE-TIME-001 "));
        assertThrows(IllegalArgumentException.class, () -> Rule.builder("CORE-TIME-001").titles(" ", "e")
                .citation(r.citation()).bundle("b").build());
        assertThrows(IllegalArgumentException.class, () -> Rule.builder("CORE-TIME-001").titles("z", "e")
                .citation(r.citation()).build());
        assertThrows(IllegalArgumentException.class, () -> Rule.builder(null));
        assertThrows(IllegalArgumentException.class, () -> Rule.builder("CORE-TIME-01"));
    }

    @Test
    void parameterPieces() {
        ParameterKey<Integer> k = ParameterKey.of("a.b", ParameterType.INTEGER);
        contract(k, ParameterKey.of("a.b", ParameterType.TEXT), ParameterKey.of("a.c", ParameterType.INTEGER));
        assertEquals("a.b", k.toString());
        assertTrue(k.compareTo(ParameterKey.of("a.c", ParameterType.INTEGER)) < 0);
        for (String bad : new String[] {"a", "A.b", "a..b", "a.b.", "1a.b", "a.b-c"}) {
            assertThrows(IllegalArgumentException.class, () -> ParameterKey.of(bad, ParameterType.INTEGER), bad);
        }
        LocalDate d = LocalDate.of(2026, 1, 1);
        contract(DatedValue.of(d, 1), DatedValue.of(d, 1), DatedValue.of(d.plusDays(1), 1), DatedValue.of(d, 2));
        assertEquals("1 from 2026-01-01", DatedValue.of(d, 1).toString());
        Jurisdiction j = Jurisdiction.of("430102");
        contract(ProfileAdoption.of(j, "seed-002", d), ProfileAdoption.of(j, "seed-002", d),
                ProfileAdoption.of(Jurisdiction.of("430103"), "seed-002", d), ProfileAdoption.of(j, "seed-003", d),
                ProfileAdoption.of(j, "seed-002", d.plusDays(1)));
        ParameterOverride o = ParameterOverride.of(j, d).with("a.b", "1");
        contract(o, ParameterOverride.of(j, d).with("a.b", "1"), ParameterOverride.of(j, d).with("a.b", "2"),
                ParameterOverride.of(j, d.plusDays(1)).with("a.b", "1"), o.withSource("x"),
                ParameterOverride.of(Jurisdiction.of("430103"), d).with("a.b", "1"));
        contract(LocalProfile.SEED_002, LocalProfile.of("seed-002", "other title", Sources.SEED_004),
                LocalProfile.SEED_003);
        assertEquals("seed-002", LocalProfile.SEED_002.toString());
        assertEquals(Sources.SEED_002, LocalProfile.SEED_002.source());
        assertTrue(LocalProfile.SEED_002.title().contains("实施方案"));
        for (String bad : new String[] {"Seed", "seed_002", "-x", "x-", ""}) {
            assertThrows(IllegalArgumentException.class, () -> LocalProfile.of(bad, "t", Sources.SEED_000), bad);
        }
    }

    @Test
    void bandsAndBounds() {
        Bound<Money> a = Bound.inclusive(Money.ZERO);
        contract(a, Bound.inclusive(Money.ZERO), Bound.exclusive(Money.ZERO), Bound.inclusive(Money.ofFen(1)),
                Bound.<Money>unbounded());
        assertEquals("0.00 incl.", a.toString());
        assertEquals("0.00 excl.", Bound.exclusive(Money.ZERO).toString());
        assertEquals("∞", Bound.unbounded().toString());
        Band<Integer, String> b = Band.of(Bound.inclusive(0), Bound.exclusive(3), "x");
        contract(b, Band.of(Bound.inclusive(0), Bound.exclusive(3), "x"), Band.of(Bound.inclusive(1), Bound.exclusive(3), "x"),
                Band.of(Bound.inclusive(0), Bound.inclusive(3), "x"), Band.of(Bound.inclusive(0), Bound.exclusive(3), "y"));
        assertEquals("[0, 3) x", b.toString());
        assertEquals("[0, 3)", b.interval());
        assertEquals("(3, +∞)", Band.of(Bound.exclusive(3), Bound.<Integer>unbounded(), "y").interval());
        assertEquals("(-∞, +∞) y", Band.of(Bound.<Integer>unbounded(), Bound.<Integer>unbounded(), "y").toString());
        assertTrue(b.contains(0));
        assertTrue(b.contains(2));
        assertFalse(b.contains(3));
        assertFalse(b.contains(-1));
        assertFalse(Band.of(Bound.exclusive(0), Bound.inclusive(3), "x").contains(0));
        assertTrue(Band.of(Bound.exclusive(0), Bound.inclusive(3), "x").contains(3));
    }

    @Test
    void violations() {
        Violation v = Violation.of("a", "bad", 1);
        contract(v, Violation.of("a", "bad", 1), Violation.of("b", "bad", 1), Violation.of("a", "worse", 1),
                Violation.of("a", "bad", 2), Violation.of("a", "bad", null));
        assertEquals("a: bad (rejected: 1)", v.toString());
        assertEquals("bad", Violation.of("", "bad", null).toString());
        assertEquals("x.a", v.under("x").path());
        assertEquals("x[0]", Violation.of("[0]", "bad", null).under("x").path());
        assertEquals("x", Violation.of("", "bad", null).under("x").path());
        assertEquals(v, v.under(""));
        assertEquals(120, Violation.of("a", "b", "x".repeat(500)).rejectedValue().length());
        assertEquals(null, Violation.personal("a", "b", null).rejectedValue());
    }

    @Test
    void organizationKinds() {
        assertEquals(OrganizationKind.SOCIAL_ORGANIZATION, OrganizationSubKind.LAW_FIRM.kind());
        assertEquals(OrganizationKind.NON_PUBLIC_ENTERPRISE, OrganizationSubKind.INDIVIDUAL_BUSINESS.kind());
        assertEquals("律师事务所", OrganizationSubKind.LAW_FIRM.label());
        List<OrganizationSubKind> threeTwo = List.of(OrganizationSubKind.values()).stream()
                .filter(OrganizationSubKind::isThreeProfessionsTwoPrivate).toList();
        assertEquals(List.of(OrganizationSubKind.LAW_FIRM, OrganizationSubKind.ACCOUNTING_FIRM,
                OrganizationSubKind.TAX_FIRM, OrganizationSubKind.PRIVATE_SCHOOL, OrganizationSubKind.PRIVATE_HOSPITAL),
                threeTwo);
        CreditCode c = CreditCode.parse("91350100M000100Y43");
        assertEquals('1', c.category());
        assertEquals(0, c.compareTo(CreditCode.parse("91350100M000100Y43")));
    }
}
