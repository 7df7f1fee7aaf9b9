package org.dangjian.core.testing;

import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.Enumeration;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.dangjian.core.rule.Rule;
import org.dangjian.core.rule.RuleCatalog;

/**
 * The rule-coverage report: for every rule of a module in the catalog, how many golden cases pin it. A module's
 * {@code RuleCoverageTest} fails when one of its rules has none.
 *
 * <pre>{@code
 * @Test
 * void everyRuleIsPinnedByAGoldenCase() {
 *     RuleCoverage.assertEveryRulePinned("MEM");
 * }
 * }</pre>
 *
 * <p>It reads every {@code golden/*.json} file on the test class path that is a directory (the module's own
 * {@code target/test-classes}), and writes the report to {@code target/rule-coverage-PREFIX.md}.
 */
public final class RuleCoverage {
    private RuleCoverage() {}

    /**
     * Counts the golden cases per rule of a module.
     *
     * @param prefix the rule-id prefix, such as {@code MEM}, not null
     * @return for each of the module's rules, the ids of the cases that pin it (possibly none), not null
     */
    public static Map<String, List<String>> count(String prefix) {
        Map<String, List<String>> pinned = new TreeMap<>();
        for (Rule r : RuleCatalog.discover().rules()) {
            if (r.modulePrefix().equals(prefix)) {
                pinned.put(r.id(), new ArrayList<>());
            }
        }
        ObjectMapper mapper = new ObjectMapper();
        for (Path file : goldenFiles()) {
            try {
                JsonNode root = mapper.readTree(Files.readString(file));
                for (JsonNode c : root.path("cases")) {
                    for (JsonNode id : c.path("rules")) {
                        List<String> l = pinned.get(id.asText());
                        if (l != null) {
                            l.add(c.path("id").asText());
                        }
                    }
                }
            } catch (IOException e) {
                throw new UncheckedIOException(file.toString(), e);
            }
        }
        return pinned;
    }

    /**
     * Fails when a rule of the module has no golden case; writes the report first.
     *
     * @param prefix the rule-id prefix, not null
     * @return the report as Markdown, not null
     */
    public static String assertEveryRulePinned(String prefix) {
        Map<String, List<String>> pinned = count(prefix);
        assertTrue(!pinned.isEmpty(), "no rules with prefix " + prefix + " in the catalog");
        StringBuilder md = new StringBuilder("| rule | golden cases |\n|---|---|\n");
        List<String> missing = new ArrayList<>();
        for (Map.Entry<String, List<String>> e : pinned.entrySet()) {
            md.append("| ").append(e.getKey()).append(" | ").append(e.getValue().size()).append(" |\n");
            if (e.getValue().isEmpty()) {
                missing.add(e.getKey());
            }
        }
        try {
            Files.createDirectories(Paths.get("target"));
            Files.writeString(Paths.get("target", "rule-coverage-" + prefix + ".md"), md.toString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        assertTrue(missing.isEmpty(), "rules without a golden case: " + missing + "\n" + md);
        return md.toString();
    }

    private static List<Path> goldenFiles() {
        List<Path> files = new ArrayList<>();
        try {
            Enumeration<URL> roots = RuleCoverage.class.getClassLoader().getResources("golden");
            while (roots.hasMoreElements()) {
                URL u = roots.nextElement();
                if (!"file".equals(u.getProtocol())) {
                    continue;
                }
                try (Stream<Path> s = Files.walk(Paths.get(u.toURI()))) {
                    s.filter(p -> p.toString().endsWith(".json")).sorted().forEach(files::add);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
        return files;
    }
}
