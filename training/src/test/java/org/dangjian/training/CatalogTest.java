package org.dangjian.training;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.dangjian.core.CoreRules;
import org.dangjian.core.i18n.Language;
import org.dangjian.core.i18n.Messages;
import org.dangjian.core.parameter.ParameterDefinition;
import org.dangjian.core.parameter.PolicyParameters;
import org.dangjian.core.parameter.ResolvedParameters;
import org.dangjian.core.rule.Grade;
import org.dangjian.core.rule.Rule;
import org.dangjian.core.rule.RuleCatalog;
import org.dangjian.core.testing.GoldenCase;
import org.dangjian.core.testing.GoldenCases;
import org.junit.jupiter.api.Test;

class CatalogTest {
    private static final TrainingRules RULES = new TrainingRules();
    private static final List<String> GOLDEN = List.of("/golden/assignment.json", "/golden/group.json",
            "/golden/visit.json", "/golden/secretary.json", "/golden/hours.json", "/golden/rotation.json",
            "/golden/onboarding.json", "/golden/certification.json", "/golden/plan.json");

    @Test
    void everyRuleIsInTheDiscoveredCatalog() {
        RuleCatalog catalog = RuleCatalog.discover();
        for (Rule r : RULES.rules()) {
            assertTrue(catalog.find(r.id()).isPresent(), r.id());
            assertTrue(r.id().startsWith("TRN-"), r.id());
        }
    }

    @Test
    void everyRuleHasAGoldenCase() {
        Set<String> pinned = new HashSet<>();
        for (String file : GOLDEN) {
            for (GoldenCase c : GoldenCases.read(file)) {
                pinned.addAll(c.rules());
            }
        }
        for (Rule r : RULES.rules()) {
            assertTrue(pinned.contains(r.id()), r.id() + " has no golden case");
        }
    }

    @Test
    void everyParameterARuleReadsIsDefinedAndNamedForTheModule() {
        Set<String> defined = new HashSet<>();
        for (ParameterDefinition<?> d : RULES.parameters()) {
            assertTrue(d.name().startsWith("training."), d.name());
            defined.add(d.name());
        }
        for (Rule r : RULES.rules()) {
            for (String p : r.parameters()) {
                assertTrue(defined.contains(p), r.id() + " reads undefined " + p);
            }
        }
    }

    @Test
    void profilesSetOnlyDefinedParametersAndResolve() {
        PolicyParameters p = PolicyParameters.of(List.of(RULES, new CoreRules()));
        for (String profile : List.of("training-instructor-rules-2017", "training-local-half-month-visits",
                "training-local-secretary-vacancy", "seed-000", "seed-001", "seed-004")) {
            ResolvedParameters r = p.adopt(TestParameters.COUNTY, org.dangjian.core.parameter.LocalProfile.of(profile,
                    "t", org.dangjian.core.rule.Sources.LOCAL_PRACTICE), LocalDate.of(2020, 1, 1))
                    .resolve(TestParameters.COUNTY, LocalDate.of(2026, 1, 1));
            assertFalse(r.report().isEmpty(), profile);
        }
    }

    @Test
    void nationalBaselineHoldsOnlyTheRegulationsFigures() {
        ResolvedParameters p = TestParameters.baseline(LocalDate.of(2026, 1, 1));
        assertEquals(32, p.get(TrainingParameters.MEMBER_ANNUAL_HOURS));
        assertEquals(56, p.get(TrainingParameters.LEADER_ANNUAL_HOURS));
        assertEquals(1, p.get(TrainingParameters.LEADER_COUNTY_TRAININGS));
        assertEquals(java.time.Period.ofMonths(6), p.get(TrainingParameters.ONBOARDING_LIMIT));
        assertTrue(p.find(TrainingParameters.CAPACITY_FULL_TIME).isEmpty(), "4–5 is one body's rule: a profile");
        assertTrue(p.find(TrainingParameters.VISIT_CYCLE).isEmpty(), "grade C: no national default");
        assertTrue(p.find(TrainingParameters.SECRETARY_VACANCY_LIMIT).isEmpty(), "grade C: no national default");
        assertTrue(p.find(TrainingParameters.SECRETARY_SOURCE_ORDER).isEmpty(), "grade S: a seed profile");
        assertTrue(p.find(TrainingParameters.CERTIFICATION_VALIDITY).isEmpty(), "open figure: no default");
        assertTrue(p.find(TrainingParameters.COUNT_ONLINE_HOURS).isEmpty(), "open figure: no default");
    }

    @Test
    void gradeCAndSRulesCarryNoNationalBaseline() {
        PolicyParameters p = PolicyParameters.nationalBaseline();
        for (Rule r : RULES.rules()) {
            if (r.citation().grade() == Grade.C || r.citation().grade() == Grade.S) {
                for (String name : r.parameters()) {
                    ParameterDefinition<?> d = p.definitions().stream().filter(x -> x.name().equals(name)).findFirst().orElseThrow();
                    assertTrue(d.baseline().isEmpty(), r.id() + " " + name + " must have no national baseline");
                }
            }
        }
    }

    @Test
    void everyMessageKeyUsedExistsInChineseAndEnglish() throws IOException {
        Set<String> keys = new HashSet<>();
        Pattern literal = Pattern.compile("Reason\\.of\\([^,]+,\\s*\"([^\"]+)\"\\)");
        Pattern ternary = Pattern.compile("\\?\\s*\"([a-z][A-Za-z.]+)\"\\s*:\\s*\"([a-z][A-Za-z.]+)\"");
        try (Stream<Path> files = Files.walk(Path.of("src/main/java"))) {
            for (Path f : (Iterable<Path>) files.filter(x -> x.toString().endsWith(".java"))::iterator) {
                String src = Files.readString(f);
                Matcher m = literal.matcher(src);
                while (m.find()) {
                    keys.add(m.group(1));
                }
                m = ternary.matcher(src);
                while (m.find()) {
                    keys.add(m.group(1));
                    keys.add(m.group(2));
                }
            }
        }
        for (String prefix : List.of("hours", "county", "rotation", "onboarding", "newMember")) {
            for (String s : List.of("met", "due", "overdue")) {
                keys.add(prefix + "." + s);
            }
        }
        for (String s : List.of("valid", "renewal_due", "expired")) {
            keys.add("cert.state." + s);
        }
        assertTrue(keys.size() >= 60, "found " + keys.size() + " keys");
        java.util.Properties zh = new java.util.Properties();
        java.util.Properties en = new java.util.Properties();
        try (var a = getClass().getResourceAsStream("/org/dangjian/training/Messages.properties");
                var b = getClass().getResourceAsStream("/org/dangjian/training/Messages_en.properties")) {
            zh.load(new java.io.InputStreamReader(a, java.nio.charset.StandardCharsets.UTF_8));
            en.load(new java.io.InputStreamReader(b, java.nio.charset.StandardCharsets.UTF_8));
        }
        assertEquals(zh.stringPropertyNames(), en.stringPropertyNames(), "both bundles have the same keys");
        assertEquals(keys, zh.stringPropertyNames(), "every bundle key is used, every used key is in the bundle");
        for (String k : keys) {
            assertTrue(Messages.has(TrainingRules.BUNDLE, k, Language.ZH), "zh lacks " + k);
            assertTrue(Messages.has(TrainingRules.BUNDLE, k, Language.EN), "en lacks " + k);
        }
    }
}
