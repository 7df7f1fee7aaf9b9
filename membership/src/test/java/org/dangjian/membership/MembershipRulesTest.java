package org.dangjian.membership;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.dangjian.core.i18n.Language;
import org.dangjian.core.i18n.Messages;
import org.dangjian.core.parameter.ParameterDefinition;
import org.dangjian.core.parameter.ResolvedParameters;
import org.dangjian.core.rule.Grade;
import org.dangjian.core.rule.Rule;
import org.dangjian.core.rule.RuleCatalog;
import org.junit.jupiter.api.Test;

class MembershipRulesTest {
    private final MembershipRules rules = new MembershipRules();

    @Test
    void everyRuleIsInTheCatalogOnce() {
        RuleCatalog catalog = RuleCatalog.discover();
        Set<String> ids = new HashSet<>();
        for (Rule r : rules.rules()) {
            assertTrue(ids.add(r.id()), "duplicate rule id " + r.id());
            assertEquals("MEM", r.modulePrefix());
            assertTrue(catalog.find(r.id()).isPresent(), r.id() + " not discovered");
            assertEquals(MembershipRules.BUNDLE, r.bundle());
        }
    }

    @Test
    void everyParameterARuleReadsIsDefinedAndNamedForTheModule() {
        Set<String> defined = rules.parameters().stream().map(ParameterDefinition::name).collect(Collectors.toSet());
        for (ParameterDefinition<?> d : rules.parameters()) {
            assertTrue(d.name().startsWith("membership."), d.name());
        }
        for (Rule r : rules.rules()) {
            for (String p : r.parameters()) {
                assertTrue(defined.contains(p), r.id() + " reads undefined " + p);
            }
        }
    }

    @Test
    void gradeCFiguresHaveNoNationalBaseline() {
        for (String name : List.of("membership.dues.remittanceRate", "membership.dues.farmerAmount",
                "membership.transfer.letterValidityInCity", "membership.transfer.letterValidityOutOfCity",
                "membership.admission.publicityDays", "membership.mobile.transferAdvice",
                "membership.dues.deductSocialContributions", "membership.dues.annualReviewMonth")) {
            ParameterDefinition<?> d = rules.parameters().stream().filter(x -> x.name().equals(name)).findFirst()
                    .orElseThrow();
            assertTrue(d.baseline().isEmpty(), name + " must have no national baseline");
        }
        for (Rule r : rules.rules()) {
            if (r.citation().grade() == Grade.S) {
                assertTrue(r.id().equals("MEM-ADM-008") || r.id().equals("MEM-MOB-003"), r.id());
            }
        }
    }

    @Test
    void nationalBaselineResolvesTheDuesBandsFromApril2008Only() {
        ResolvedParameters before = TestParameters.on(LocalDate.of(2008, 3, 31));
        ResolvedParameters after = TestParameters.on(LocalDate.of(2008, 4, 1));
        assertTrue(before.find(MembershipParameters.DUES_EMPLOYED_BANDS).isEmpty());
        assertEquals("[0.00, 3000.00] 0.5%; (3000.00, 5000.00] 1%; (5000.00, 10000.00] 1.5%; (10000.00, +∞) 2%",
                after.get(MembershipParameters.DUES_EMPLOYED_BANDS).toString());
    }

    @Test
    void theTransferAdviceTableReadsWhatItWrites() {
        var type = MembershipParameters.TRANSFER_ADVICE_TABLE;
        var table = type.parse("OUTSIDE_CITY=ENCOURAGED, former_university=must_transfer");
        assertEquals("FORMER_UNIVERSITY=MUST_TRANSFER,OUTSIDE_CITY=ENCOURAGED", type.format(table));
        assertEquals(table, type.parse(type.format(table)));
        org.junit.jupiter.api.Assertions.assertThrows(org.dangjian.core.validation.InvalidInputException.class,
                () -> type.parse("MOON=MUST_TRANSFER"));
        org.junit.jupiter.api.Assertions.assertThrows(org.dangjian.core.validation.InvalidInputException.class,
                () -> type.parse("OUTSIDE_CITY=ENCOURAGED,OUTSIDE_CITY=CONSULT"));
    }

    @Test
    void aJurisdictionOverridesTheAdviceTableFromJsonText() {
        var params = TestParameters.national().with(org.dangjian.core.parameter.OverrideSet.empty().with(
                org.dangjian.core.parameter.ParameterOverride.of(TestParameters.COUNTY, LocalDate.of(2024, 1, 1))
                        .with("membership.mobile.transferAdvice", "OUTSIDE_CITY=MUST_TRANSFER")));
        var resolved = params.resolve(TestParameters.COUNTY, LocalDate.of(2025, 1, 1));
        assertEquals(org.dangjian.membership.transfer.TransferAdvice.MUST_TRANSFER,
                resolved.get(MembershipParameters.MOBILE_TRANSFER_ADVICE)
                        .get(org.dangjian.membership.transfer.MemberLocation.OUTSIDE_CITY));
    }

    @Test
    void everyMessageKeyUsedExistsInBothLanguages() throws IOException {
        Pattern key = Pattern.compile("\"((?:adm|vote|dues|arrears|xfer|mob|disp|pts|care|parameter)\\.[A-Za-z.]+)\"");
        Set<String> used = new TreeSet<>();
        try (Stream<Path> files = Files.walk(Path.of("src/main/java"))) {
            for (Path p : files.filter(f -> f.toString().endsWith(".java")).collect(Collectors.toList())) {
                Matcher m = key.matcher(Files.readString(p));
                while (m.find()) {
                    used.add(m.group(1));
                }
            }
        }
        assertTrue(used.size() > 80, "scanned keys: " + used.size());
        for (String k : used) {
            assertTrue(Messages.has(MembershipRules.BUNDLE, k, Language.ZH), "missing zh " + k);
            assertTrue(Messages.has(MembershipRules.BUNDLE, k, Language.EN), "missing en " + k);
        }
    }

    @Test
    void bothBundlesHaveTheSameKeys() throws IOException {
        java.util.Properties zh = new java.util.Properties();
        java.util.Properties en = new java.util.Properties();
        try (var a = Files.newBufferedReader(Path.of("src/main/resources/org/dangjian/membership/Messages.properties"));
                var b = Files.newBufferedReader(Path.of("src/main/resources/org/dangjian/membership/Messages_en.properties"))) {
            zh.load(a);
            en.load(b);
        }
        assertEquals(new TreeSet<>(zh.stringPropertyNames()), new TreeSet<>(en.stringPropertyNames()));
    }

    @Test
    void everyRuleHasAGoldenCaseNamingItsArticle() throws IOException {
        ObjectMapper mapper = new ObjectMapper();
        Set<String> pinned = new TreeSet<>();
        try (Stream<Path> files = Files.list(Path.of("src/test/resources/golden"))) {
            for (Path p : files.collect(Collectors.toList())) {
                JsonNode root = mapper.readTree(p.toFile());
                for (JsonNode c : root.path("cases")) {
                    assertFalse(c.path("citation").asText().isBlank(), c.path("id").asText());
                    c.path("rules").forEach(r -> pinned.add(r.asText()));
                }
            }
        }
        Set<String> missing = rules.rules().stream().map(Rule::id).filter(id -> !pinned.contains(id))
                .collect(Collectors.toCollection(TreeSet::new));
        assertTrue(missing.isEmpty(), "rules without a golden case: " + missing);
    }
}
