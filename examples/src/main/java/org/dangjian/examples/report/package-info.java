/**
 * The sample-county report: the county run through every module, as text for the console, {@code report.json}
 * and a self-contained {@code report.html} with inline SVG charts.
 */
package org.dangjian.examples.report;
