package org.dangjian.core.testing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import java.util.stream.Stream;
import org.dangjian.core.decision.Decision;
import org.dangjian.core.rule.RuleCatalog;
import org.junit.jupiter.api.DynamicTest;

/**
 * The one runner for golden cases of every module: reads a JSON file of cases from the test class path,
 * evaluates each with the module's evaluator and checks outcome, value and reason ids.
 *
 * <pre>{@code
 * @TestFactory
 * Stream<DynamicTest> duesCases() {
 *     return GoldenCases.run("/golden/dues.json", c -> policyFor(c).monthlyDues(c.facts(DuesFacts.class), c.asOf()));
 * }
 * }</pre>
 *
 * <p>A file is {@code {"family": "...", "cases": [ … ]}} (see {@link GoldenCase}). Every case must name at
 * least one rule id, each known to the catalog of the class path, and a citation. The runner records which
 * rules were pinned; {@link #pinnedRules()} feeds the rule-coverage report.
 */
public final class GoldenCases {
    private static final ObjectMapper MAPPER = new ObjectMapper();
    private static final Map<String, Set<String>> PINNED = new ConcurrentHashMap<>();

    private GoldenCases() {}

    /**
     * Reads the cases of a file.
     *
     * @param resource the class-path resource, such as {@code /golden/dues.json}, not null
     * @return the cases, not null
     */
    public static List<GoldenCase> read(String resource) {
        try (InputStream in = GoldenCases.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalArgumentException("no golden case file on the test class path: " + resource);
            }
            JsonNode root = MAPPER.readTree(in);
            List<GoldenCase> cases = new ArrayList<>();
            for (JsonNode n : root.path("cases")) {
                cases.add(new GoldenCase(resource, n));
            }
            if (cases.isEmpty()) {
                throw new IllegalArgumentException(resource + " has no cases");
            }
            return cases;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * One dynamic test per case.
     *
     * @param resource the class-path resource, not null
     * @param evaluator evaluates a case's facts into a decision, not null
     * @return the tests, not null
     */
    public static Stream<DynamicTest> run(String resource, Function<GoldenCase, Decision<?>> evaluator) {
        RuleCatalog catalog = RuleCatalog.discover();
        return read(resource).stream().map(c -> DynamicTest.dynamicTest(c.toString(), () -> {
            assertFalse(c.rules().isEmpty(), c.id() + ": a golden case names the rules it pins");
            assertFalse(c.citation().isBlank(), c.id() + ": a golden case names the article it pins");
            for (String r : c.rules()) {
                assertTrue(catalog.find(r).isPresent(), c.id() + ": rule " + r + " is not in the catalog");
            }
            Decision<?> d = evaluator.apply(c);
            JsonNode exp = c.expected();
            if (exp.has("outcome")) {
                assertEquals(exp.get("outcome").asText(), d.outcome().name(), c.id() + " outcome; " + d);
            }
            if (exp.has("value")) {
                assertEquals(exp.get("value").asText(), d.findValue().map(String::valueOf).orElse(null),
                        c.id() + " value; " + d);
            }
            if (exp.has("reasonIds")) {
                assertEquals(strings(exp.get("reasonIds")), d.ruleIds(), c.id() + " reason ids; " + d);
            }
            for (String r : c.rules()) {
                PINNED.computeIfAbsent(r, k -> ConcurrentHashMap.newKeySet()).add(c.id());
            }
        }));
    }

    /** @return for each rule id pinned so far in this JVM, the ids of the cases that pin it, not null */
    public static Map<String, Set<String>> pinnedRules() {
        return new TreeMap<>(PINNED);
    }

    static List<String> strings(JsonNode array) {
        List<String> l = new ArrayList<>();
        for (JsonNode n : array) {
            l.add(n.asText());
        }
        return l;
    }
}
