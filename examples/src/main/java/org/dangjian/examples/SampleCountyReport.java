package org.dangjian.examples;

import org.dangjian.core.rule.RuleCatalog;

/**
 * The sample-county demo: for now, prints the rule catalog of every module on the class path.
 */
public final class SampleCountyReport {
    private SampleCountyReport() {}

    /**
     * Runs the demo.
     *
     * @param args command-line arguments, not null
     */
    public static void main(String[] args) {
        RuleCatalog catalog = RuleCatalog.discover();
        System.out.println("Dangjian SDK 规则目录 / rule catalog: " + catalog.size() + " rules");
        System.out.print(catalog.toMarkdown());
    }
}
