package org.dangjian.examples.report;

import java.util.List;

/**
 * The whole report for one sample county.
 *
 * @param title the title, not null
 * @param subtitle the county, seed, size and as-of date, not null
 * @param language {@code zh} or {@code en}, not null
 * @param modules the domain modules found on the class path and used, not null
 * @param overview the headline figures, not null
 * @param sections the sections, not null
 * @param notes notes on what was left out and why, not null
 */
public record CountyReport(String title, String subtitle, String language, List<String> modules,
        List<Metric> overview, List<Section> sections, List<String> notes) {}
