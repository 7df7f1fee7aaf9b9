/**
 * A seeded, deterministic sample county: townships, hosts, new organizations, Party organizations, members,
 * meetings, admission records, instructors and training records, generated from one seed so that the same
 * seed gives the same county on every machine.
 *
 * <p>Start at {@link org.dangjian.examples.county.SampleCountyGenerator#generate(long, int)}.
 */
package org.dangjian.examples.county;
