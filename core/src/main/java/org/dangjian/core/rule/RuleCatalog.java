package org.dangjian.core.rule;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.ServiceLoader;

/**
 * Every rule of every module on the class path, by id: what an integrator lists to show a user the exact
 * clause behind an answer.
 *
 * <pre>{@code
 * RuleCatalog catalog = RuleCatalog.discover();
 * catalog.find("MEM-DUES-001").map(Rule::citation);   // 《关于中国共产党党费收缴、使用和管理的规定》…第二条
 * }</pre>
 *
 * <p>Construction fails on a duplicate id. This class is immutable and thread-safe.
 */
public final class RuleCatalog {
    private final Map<String, Rule> byId;
    private final List<RuleSet> sets;

    private RuleCatalog(List<RuleSet> sets) {
        this.sets = List.copyOf(sets);
        Map<String, Rule> m = new LinkedHashMap<>();
        List<Rule> all = new ArrayList<>();
        for (RuleSet s : sets) {
            all.addAll(s.rules());
        }
        all.sort(Comparator.comparing(Rule::id));
        for (Rule r : all) {
            Rule previous = m.putIfAbsent(r.id(), r);
            if (previous != null) {
                throw new IllegalStateException("duplicate rule id " + r.id() + ": '" + previous.titleZh()
                        + "' and '" + r.titleZh() + "'; rule ids are never reused");
            }
        }
        this.byId = Map.copyOf(m);
    }

    /**
     * The catalog of the given rule sets.
     *
     * @param sets the rule sets, not null
     * @return the catalog, not null
     * @throws IllegalStateException when two rules share an id
     */
    public static RuleCatalog of(Collection<? extends RuleSet> sets) {
        return new RuleCatalog(List.copyOf(sets));
    }

    /**
     * The catalog of every module on the class path ({@link ServiceLoader} of {@link RuleSet}).
     *
     * @return the catalog, not null
     */
    public static RuleCatalog discover() {
        List<RuleSet> sets = new ArrayList<>();
        ServiceLoader.load(RuleSet.class, RuleCatalog.class.getClassLoader()).forEach(sets::add);
        sets.sort(Comparator.comparing(RuleSet::module));
        return new RuleCatalog(sets);
    }

    /**
     * Looks a rule up.
     *
     * @param id the rule id, not null
     * @return the rule, if known, not null
     */
    public Optional<Rule> find(String id) {
        return Optional.ofNullable(byId.get(id));
    }

    /** @return every rule, ordered by id, not null */
    public List<Rule> rules() {
        List<Rule> l = new ArrayList<>(byId.values());
        l.sort(Comparator.comparing(Rule::id));
        return l;
    }

    /** @return the rule sets the catalog was built from, not null */
    public List<RuleSet> ruleSets() {
        return sets;
    }

    /** @return the number of rules */
    public int size() {
        return byId.size();
    }

    /**
     * Writes the catalog as a Markdown table: id, titles, citation, grade, parameters.
     *
     * @return the Markdown text, not null
     */
    public String toMarkdown() {
        StringBuilder sb = new StringBuilder();
        sb.append("| id | 规则 | rule | citation | grade | parameters |\n");
        sb.append("|---|---|---|---|---|---|\n");
        for (Rule r : rules()) {
            sb.append("| ").append(r.id())
                    .append(" | ").append(r.titleZh())
                    .append(" | ").append(r.titleEn())
                    .append(" | ").append(r.citation())
                    .append(" | ").append(r.citation().grade())
                    .append(" | ").append(String.join(", ", r.parameters()))
                    .append(" |\n");
        }
        return sb.toString();
    }
}
