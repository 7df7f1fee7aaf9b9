package org.dangjian.examples.report;

import java.util.ArrayList;
import java.util.List;
import org.dangjian.core.rule.RuleCatalog;
import org.dangjian.core.rule.RuleSet;

/** The rule catalog of the class path, module by module. */
final class CatalogSection {
    private CatalogSection() {}

    static Section of(RuleCatalog catalog, Text t) {
        List<Metric> metrics = new ArrayList<>();
        metrics.add(new Metric(t.get("catalog.rules"), String.valueOf(catalog.size())));
        for (RuleSet s : catalog.ruleSets()) {
            metrics.add(new Metric(s.module(), String.valueOf(s.rules().size())));
        }
        return new Section("catalog", t.get("catalog.title"), t.get("catalog.summary"), metrics, List.of(),
                List.of(), 0);
    }
}
