/**
 * Runnable reference programs for integrators: the sample-county report ({@link
 * org.dangjian.examples.SampleCountyReport}), the seeded county generator, and recipes. This module may do I/O;
 * the library modules never do.
 */
package org.dangjian.examples;
