package org.dangjian.coverage;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.dangjian.core.i18n.Language;
import org.dangjian.core.i18n.Messages;
import org.dangjian.core.money.Fraction;
import org.dangjian.core.parameter.LocalProfile;
import org.dangjian.core.parameter.ParameterDefinition;
import org.dangjian.core.parameter.ResolvedParameters;
import org.dangjian.core.rule.Grade;
import org.dangjian.core.rule.Rule;
import org.dangjian.core.rule.RuleCatalog;
import org.junit.jupiter.api.Test;

class CatalogTest {
    private final CoverageRules rules = new CoverageRules();

    @Test
    void everyRuleIsInTheDiscoveredCatalogWithItsCitation() {
        RuleCatalog catalog = RuleCatalog.discover();
        for (Rule r : rules.rules()) {
            assertTrue(catalog.find(r.id()).isPresent(), r.id());
            assertTrue(r.id().startsWith("COV-"), r.id());
            assertFalse(r.citation().article().isBlank(), r.id());
            assertEquals(CoverageRules.BUNDLE, r.bundle());
        }
        assertEquals(rules.rules().size(), rules.rules().stream().map(Rule::id).distinct().count());
    }

    @Test
    void everyParameterARuleReadsIsDefinedAndNamedForTheModule() {
        Set<String> defined = rules.parameters().stream().map(ParameterDefinition::name).collect(Collectors.toSet());
        for (String name : defined) {
            assertTrue(name.startsWith("coverage."), name);
        }
        for (Rule r : rules.rules()) {
            for (String p : r.parameters()) {
                assertTrue(defined.contains(p), r.id() + " reads undefined " + p);
            }
        }
    }

    @Test
    void gradeSAndCRulesHaveNoNationalBaseline() {
        for (ParameterDefinition<?> d : rules.parameters()) {
            d.citation().ifPresent(c -> assertTrue(c.grade() == Grade.A || c.grade() == Grade.B, d.name()));
        }
    }

    @Test
    void nationalBaselineHoldsOnlyTheNationalFigures() {
        ResolvedParameters p = Fixtures.national();
        assertEquals(3, p.get(CoverageRules.MIN_FULL_MEMBERS));
        assertEquals(7, p.get(CoverageRules.COMMITTEE_AT_FULL_MEMBERS));
        assertEquals(50, p.get(CoverageRules.GENERAL_BRANCH_AT_MEMBERS));
        assertEquals(100, p.get(CoverageRules.PRIMARY_COMMITTEE_AT_MEMBERS));
        assertEquals(5, p.get(CoverageRules.MAX_UNITS_PER_JOINT_BRANCH));
        assertEquals(10, p.get(CoverageRules.SCOPE_ENTERPRISE_EMPLOYEES));
        assertEquals(30, p.get(CoverageRules.SCOPE_SOCIAL_STAFF));
        assertEquals(Fraction.of(4, 5), p.get(CoverageRules.ELECTION_QUORUM));
        assertTrue(p.find(CoverageRules.MEMBERS_EXPECTED_AT_STAFF).isEmpty());
        assertTrue(p.find(CoverageRules.ORGANIZATION_EXPECTED_AT_STAFF).isEmpty());
        assertTrue(p.find(CoverageRules.TARGET_ORGANIZATIONAL).isEmpty());
        assertTrue(p.find(CoverageRules.TARGET_ABOVE_SCALE_STANDALONE).isEmpty());
        assertTrue(p.find(CoverageRules.ABOVE_SCALE_REVENUE).isEmpty());
    }

    @Test
    void seedProfilesCarryTheSeedFiguresAndNeverTheOrganizationalTarget() {
        ResolvedParameters p = Fixtures.seed002();
        assertEquals(50, p.get(CoverageRules.MEMBERS_EXPECTED_AT_STAFF));
        assertEquals(100, p.get(CoverageRules.ORGANIZATION_EXPECTED_AT_STAFF));
        assertEquals(30, p.get(CoverageRules.SOCIAL_ORGANIZATION_EXPECTED_AT_STAFF));
        assertTrue(p.find(CoverageRules.TARGET_ORGANIZATIONAL).isEmpty());
        ResolvedParameters s3 = Fixtures.NATIONAL.adopt(Fixtures.COUNTY, LocalProfile.SEED_003, Fixtures.AS_OF)
                .adopt(Fixtures.COUNTY, CoverageRules.ABOVE_SCALE_PROFILE, Fixtures.AS_OF)
                .resolve(Fixtures.COUNTY, Fixtures.AS_OF);
        assertEquals("98%", s3.get(CoverageRules.TARGET_ABOVE_SCALE_STANDALONE).toString());
        assertEquals(100, s3.get(CoverageRules.ABOVE_SCALE_EMPLOYEES));
    }

    @Test
    void everyMessageKeyUsedInTheCodeExistsInBothLanguages() throws IOException {
        Pattern key = Pattern.compile("\"((?:parameter|scope|req|project|cover|level|term|joint|elec|meth|soc|scale|park"
                + "|plat|tgt|warn|gap|five|diff|camp|rate)\\.[a-zA-Z.]+)\"");
        Set<String> used = new HashSet<>();
        try (Stream<Path> files = Files.walk(Path.of("src/main/java"))) {
            for (Path f : files.filter(x -> x.toString().endsWith(".java")).collect(Collectors.toList())) {
                Matcher m = key.matcher(Files.readString(f, StandardCharsets.UTF_8));
                while (m.find()) {
                    used.add(m.group(1));
                }
            }
        }
        assertTrue(used.size() > 80, "found " + used.size() + " keys");
        for (String k : used) {
            assertTrue(Messages.has(CoverageRules.BUNDLE, k, Language.ZH), "zh lacks " + k);
            assertTrue(Messages.has(CoverageRules.BUNDLE, k, Language.EN), "en lacks " + k);
        }
    }

    @Test
    void bothBundlesHaveTheSameKeys() {
        List<String> sample = List.of("meth.hint.standalone", "elec.quorum.missed", "five.summary");
        for (String k : sample) {
            assertTrue(Messages.has(CoverageRules.BUNDLE, k, Language.ZH));
            assertTrue(Messages.has(CoverageRules.BUNDLE, k, Language.EN));
        }
    }
}
