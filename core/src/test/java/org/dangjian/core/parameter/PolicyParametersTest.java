package org.dangjian.core.parameter;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import org.dangjian.core.code.Jurisdiction;
import org.dangjian.core.json.DangjianJson;
import org.dangjian.core.money.Rate;
import org.dangjian.core.rule.Citation;
import org.dangjian.core.rule.Grade;
import org.dangjian.core.rule.Rule;
import org.dangjian.core.rule.RuleSet;
import org.dangjian.core.rule.Sources;
import org.dangjian.core.validation.InvalidInputException;
import org.junit.jupiter.api.Test;

class PolicyParametersTest {
    static final ParameterKey<Integer> MIN_MEMBERS = ParameterKey.of("test.formation.minFullMembers", ParameterType.INTEGER);
    static final ParameterKey<Rate> TARGET = ParameterKey.of("test.target.coverage", ParameterType.RATE);
    static final ParameterKey<Integer> STAFF = ParameterKey.of("test.scope.membersExpectedAtStaff", ParameterType.INTEGER);

    static final Jurisdiction PROVINCE = Jurisdiction.of("430000");
    static final Jurisdiction CITY = Jurisdiction.of("430100");
    static final Jurisdiction COUNTY = Jurisdiction.of("430102");
    static final Jurisdiction TOWNSHIP = Jurisdiction.of("430102001");
    static final Jurisdiction OTHER_COUNTY = Jurisdiction.of("430103");

    static final RuleSet MODULE = new RuleSet() {
        @Override
        public String module() {
            return "test";
        }

        @Override
        public List<Rule> rules() {
            return List.of();
        }

        @Override
        public List<ParameterDefinition<?>> parameters() {
            Citation art4 = Citation.of(Sources.BRANCH_REGULATIONS, "第四条", Grade.A);
            return List.of(
                    ParameterDefinition.of(MIN_MEMBERS, "成立党支部所需正式党员数", "Full members to form a branch")
                            .requiring(n -> n >= 1, "at least 1")
                            .baseline(LocalDate.of(1990, 1, 1), 5, art4)
                            .baseline(LocalDate.of(2018, 10, 28), 3, art4),
                    ParameterDefinition.of(TARGET, "组织覆盖率目标", "Coverage target")
                            .requiring(r -> r.compareTo(Rate.ONE_HUNDRED_PERCENT) <= 0, "at most 100%"),
                    ParameterDefinition.of(STAFF, "应有党员的职工人数", "Staff at which members are expected"));
        }

        @Override
        public List<ProfileValues> profiles() {
            return List.of(ProfileValues.of(LocalProfile.SEED_002).with(STAFF, 50).with(TARGET, Rate.parse("90%")));
        }
    };

    static PolicyParameters baseline() {
        return PolicyParameters.of(List.of(MODULE));
    }

    @Test
    void usesTheBaselineVersionInForceOnTheDate() {
        assertEquals(5, baseline().resolve(COUNTY, LocalDate.of(2018, 10, 27)).get(MIN_MEMBERS));
        assertEquals(3, baseline().resolve(COUNTY, LocalDate.of(2018, 10, 28)).get(MIN_MEMBERS));
        assertEquals(LayerKind.NATIONAL_BASELINE,
                baseline().resolve(COUNTY, LocalDate.of(2026, 1, 1)).provenance(MIN_MEMBERS).orElseThrow().kind());
    }

    @Test
    void leavesALocalFigureUnsetUntilAJurisdictionSetsIt() {
        ResolvedParameters p = baseline().resolve(COUNTY, LocalDate.of(2026, 1, 1));
        assertTrue(p.find(TARGET).isEmpty());
        MissingParameterException e = assertThrows(MissingParameterException.class, () -> p.get(TARGET));
        assertTrue(e.getMessage().contains("组织覆盖率目标"), e.getMessage());
    }

    @Test
    void mostSpecificJurisdictionWins() {
        PolicyParameters p = baseline()
                .override(PROVINCE, LocalDate.of(2020, 1, 1), TARGET, Rate.parse("80%"))
                .override(COUNTY, LocalDate.of(2019, 1, 1), TARGET, Rate.parse("95%"))
                .override(CITY, LocalDate.of(2025, 1, 1), TARGET, Rate.parse("85%"));
        LocalDate d = LocalDate.of(2026, 1, 1);
        assertEquals(Rate.parse("95%"), p.resolve(TOWNSHIP, d).get(TARGET));
        assertEquals(Rate.parse("85%"), p.resolve(OTHER_COUNTY, d).get(TARGET));
        assertEquals(Rate.parse("80%"), p.resolve(Jurisdiction.of("430200"), d).get(TARGET));
        assertEquals(COUNTY, p.resolve(TOWNSHIP, d).provenance(TARGET).orElseThrow().jurisdiction().orElseThrow());
    }

    @Test
    void latestEffectiveDateOnOrBeforeTheDateWins() {
        PolicyParameters p = baseline()
                .override(COUNTY, LocalDate.of(2024, 1, 1), TARGET, Rate.parse("90%"))
                .override(COUNTY, LocalDate.of(2026, 1, 1), TARGET, Rate.parse("92%"));
        assertEquals(Rate.parse("90%"), p.resolve(COUNTY, LocalDate.of(2025, 12, 31)).get(TARGET));
        assertEquals(Rate.parse("92%"), p.resolve(COUNTY, LocalDate.of(2026, 1, 1)).get(TARGET));
        assertTrue(p.resolve(COUNTY, LocalDate.of(2023, 12, 31)).find(TARGET).isEmpty());
    }

    @Test
    void adoptedProfileAppliesAndOwnOverrideBeatsItOnTheSameDate() {
        LocalDate from = LocalDate.of(2020, 1, 1);
        PolicyParameters p = baseline().adopt(CITY, LocalProfile.SEED_002, from);
        assertEquals(50, p.resolve(TOWNSHIP, LocalDate.of(2026, 1, 1)).get(STAFF));
        assertEquals(LayerKind.PROFILE, p.resolve(TOWNSHIP, LocalDate.of(2026, 1, 1)).provenance(STAFF).orElseThrow().kind());
        PolicyParameters q = p.override(CITY, from, STAFF, 80);
        assertEquals(80, q.resolve(TOWNSHIP, LocalDate.of(2026, 1, 1)).get(STAFF));
        assertTrue(baseline().resolve(TOWNSHIP, LocalDate.of(2026, 1, 1)).find(STAFF).isEmpty(),
                "a seed figure is never a national default");
    }

    @Test
    void reportsAndRefusesConflictingLayersOfTheSameLevel() {
        LocalDate from = LocalDate.of(2026, 1, 1);
        PolicyParameters p = baseline()
                .override(COUNTY, from, TARGET, Rate.parse("90%"))
                .override(COUNTY, from, TARGET, Rate.parse("95%"));
        assertEquals(1, p.conflicts().size());
        assertEquals("test.target.coverage", p.conflicts().get(0).parameter());
        InvalidInputException e = assertThrows(InvalidInputException.class, () -> p.resolve(TOWNSHIP, from));
        assertTrue(e.getMessage().contains("conflicting values"), e.getMessage());
        assertEquals(Rate.parse("90%"), p.override(TOWNSHIP, from, TARGET, Rate.parse("90%")).resolve(TOWNSHIP, from)
                .get(TARGET), "a more specific layer settles it");
    }

    @Test
    void rejectsUnknownIllTypedAndOutOfBoundsValuesTogetherAndAddsNothing() {
        String json = "{\"adoptions\":[{\"jurisdiction\":\"430100\",\"profileId\":\"seed-999\",\"effectiveFrom\":\"2020-01-01\"}],"
                + "\"overrides\":[{\"jurisdiction\":\"430102\",\"effectiveFrom\":\"2026-01-01\",\"values\":{"
                + "\"test.target.coverage\":\"120%\",\"test.formation.minFullMembers\":\"three\",\"test.nope\":\"1\"}}]}";
        OverrideSet set = DangjianJson.readOverrides(json);
        InvalidInputException e = assertThrows(InvalidInputException.class, () -> baseline().with(set));
        assertEquals(4, e.violations().size(), e.getMessage());
        assertTrue(e.getMessage().contains("seed-999"));
        assertTrue(e.getMessage().contains("at most 100%"));
        assertTrue(e.getMessage().contains("not a whole number"));
        assertTrue(e.getMessage().contains("unknown parameter"));
    }

    @Test
    void overrideSetsRoundTripThroughJson() {
        OverrideSet set = OverrideSet.empty()
                .with(ProfileAdoption.of(CITY, "seed-002", LocalDate.of(2020, 1, 1)))
                .with(ParameterOverride.of(COUNTY, LocalDate.of(2026, 1, 1)).with(TARGET, Rate.parse("92%"))
                        .withSource("芙组通〔2026〕1号"));
        assertEquals(set, DangjianJson.readOverrides(DangjianJson.writeOverrides(set)));
        ResolvedParameters p = baseline().with(set).resolve(TOWNSHIP, LocalDate.of(2026, 3, 1));
        assertEquals(Rate.parse("92%"), p.get(TARGET));
        assertTrue(p.provenance(TARGET).orElseThrow().toString().contains("芙组通"));
        assertTrue(p.report().stream().anyMatch(e -> e.name().equals("test.scope.membersExpectedAtStaff")
                && e.value().orElseThrow().equals("50")));
    }

    @Test
    void rejectsMalformedOverrideDocumentsWithPaths() {
        InvalidInputException e = assertThrows(InvalidInputException.class, () -> DangjianJson.readOverrides(
                "{\"overrides\":[{\"jurisdiction\":\"43010\",\"effectiveFrom\":\"2026-13-01\",\"values\":{\"a.b\":3},\"x\":1}]}"));
        assertEquals(4, e.violations().size(), e.getMessage());
        assertTrue(e.getMessage().contains("overrides[0].jurisdiction"), e.getMessage());
    }

    @Test
    void refusesAKeyOfAnotherType() {
        ResolvedParameters p = baseline().resolve(COUNTY, LocalDate.of(2026, 1, 1));
        assertThrows(IllegalArgumentException.class,
                () -> p.find(ParameterKey.of("test.formation.minFullMembers", ParameterType.TEXT)));
        assertThrows(IllegalArgumentException.class, () -> p.find(ParameterKey.of("test.un.known", ParameterType.TEXT)));
    }
}
