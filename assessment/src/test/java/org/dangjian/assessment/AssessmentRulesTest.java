package org.dangjian.assessment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.dangjian.assessment.period.PeriodKind;
import org.dangjian.core.parameter.ParameterDefinition;
import org.dangjian.core.parameter.PolicyParameters;
import org.dangjian.core.parameter.ResolvedParameters;
import org.dangjian.core.rule.Grade;
import org.dangjian.core.rule.Rule;
import org.dangjian.core.rule.RuleCatalog;
import org.dangjian.core.testing.GoldenCase;
import org.dangjian.core.testing.GoldenCases;
import org.junit.jupiter.api.Test;

class AssessmentRulesTest {
    private static final List<String> FAMILIES = List.of("life", "weak", "card", "star", "dssg", "appraisal", "annual",
            "support", "venue", "staff", "fund", "review");
    private final AssessmentRules rules = new AssessmentRules();

    @Test
    void everyRuleIsInTheDiscoveredCatalog() {
        RuleCatalog catalog = RuleCatalog.discover();
        for (Rule r : rules.rules()) {
            assertTrue(catalog.find(r.id()).isPresent(), r.id());
        }
    }

    @Test
    void ruleIdsAreUniqueAndPrefixedAsm() {
        Set<String> ids = new HashSet<>();
        for (Rule r : rules.rules()) {
            assertTrue(ids.add(r.id()), "duplicate " + r.id());
            assertEquals("ASM", r.modulePrefix());
            assertEquals(AssessmentRules.BUNDLE, r.bundle());
        }
        assertEquals(46, ids.size());
    }

    @Test
    void everyRuleHasAGoldenCaseNamingItsArticle() {
        Set<String> pinned = new TreeSet<>();
        for (String f : FAMILIES) {
            for (GoldenCase c : GoldenCases.read("/golden/" + f + ".json")) {
                pinned.addAll(c.rules());
                assertFalse(c.citation().isBlank(), c.id());
            }
        }
        Set<String> missing = new TreeSet<>();
        for (Rule r : rules.rules()) {
            if (!pinned.contains(r.id())) {
                missing.add(r.id());
            }
        }
        assertEquals(Set.of(), missing, "rules without a golden case");
    }

    @Test
    void everyParameterIsNamedUnderTheModuleAndEveryRuleReadsDefinedOnes() {
        Set<String> names = new HashSet<>();
        for (ParameterDefinition<?> d : rules.parameters()) {
            assertTrue(d.name().startsWith("assessment."), d.name());
            names.add(d.name());
        }
        for (Rule r : rules.rules()) {
            for (String p : r.parameters()) {
                assertTrue(names.contains(p), r.id() + " reads undefined " + p);
            }
        }
    }

    @Test
    void localFiguresHaveNoNationalBaseline() {
        for (ParameterDefinition<?> d : rules.parameters()) {
            boolean local = d.name().startsWith("assessment.star.") || d.name().startsWith("assessment.staff.")
                    || d.name().startsWith("assessment.venue.") || d.name().equals("assessment.support.minStars") || d.name().startsWith("assessment.review.")
                    || d.name().equals("assessment.weak.secretaryVacancyLimit")
                    || d.name().equals("assessment.weak.noAdmissionPeriod")
                    || d.name().equals("assessment.weak.minSatisfaction")
                    || d.name().startsWith("assessment.fund.") && !d.name().equals("assessment.fund.payrollShare");
            assertEquals(local, d.baseline().isEmpty(), d.name());
            d.citation().ifPresent(c -> assertTrue(c.grade() == Grade.A || c.grade() == Grade.B, d.name()));
        }
    }

    @Test
    void nationalBaselineSetsTheRegulationsFrequencies() {
        ResolvedParameters p = Fixtures.national(LocalDate.of(2026, 6, 30));
        assertEquals(PeriodKind.QUARTER, p.get(AssessmentParameters.GENERAL_MEETING_EVERY));
        assertEquals(PeriodKind.MONTH, p.get(AssessmentParameters.COMMITTEE_MEETING_EVERY));
        assertEquals(PeriodKind.YEAR, p.get(AssessmentParameters.PARTY_LECTURE_EVERY));
        assertTrue(p.find(AssessmentParameters.STAR_BANDS).isEmpty());
        assertTrue(p.find(AssessmentParameters.SECRETARY_VACANCY_LIMIT).isEmpty());
    }

    @Test
    void cityFiveStarProfileShipsTheBandsAsATable() {
        ResolvedParameters p = Fixtures.withProfiles(LocalDate.of(2026, 6, 30), AssessmentRules.CITY_FIVE_STAR.id());
        assertEquals("[0, 60) 1; [60, 70) 2; [70, 80) 3; [80, 90) 4; [90, +∞) 5",
                p.get(AssessmentParameters.STAR_BANDS).toString());
        assertEquals(PolicyParameters.nationalBaseline().conflicts(), List.of());
    }

    @Test
    void goldenFilesParse() {
        for (String f : FAMILIES) {
            for (GoldenCase c : GoldenCases.read("/golden/" + f + ".json")) {
                JsonNode e = c.expected();
                assertTrue(e.has("outcome"), c.id());
            }
        }
    }
}
