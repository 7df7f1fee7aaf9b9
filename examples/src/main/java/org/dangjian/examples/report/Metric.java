package org.dangjian.examples.report;

/**
 * A labelled figure of the report, such as {@code 组织覆盖率 = 87.50%（3500/4000）}.
 *
 * @param label the label, not null
 * @param value the value as shown, not null
 */
public record Metric(String label, String value) {}
