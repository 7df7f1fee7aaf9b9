package org.dangjian.examples.report;

import java.util.List;

/**
 * One section of the report: a module's view of the county.
 *
 * @param id a stable id, such as {@code coverage}, not null
 * @param title the title, not null
 * @param summary one or two sentences, not null
 * @param metrics the headline figures, not null
 * @param charts inline SVG charts, not null
 * @param findings the findings shown (the first ones), not null
 * @param totalFindings how many findings there are in all
 */
public record Section(String id, String title, String summary, List<Metric> metrics, List<Chart> charts,
        List<Finding> findings, int totalFindings) {

    /**
     * A chart of a section.
     *
     * @param title the chart's title, not null
     * @param svg the chart as an SVG element, not null
     */
    public record Chart(String title, String svg) {}
}
