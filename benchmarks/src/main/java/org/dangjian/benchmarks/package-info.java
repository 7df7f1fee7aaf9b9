/**
 * JMH benchmarks of the SDK and side-by-side comparisons (filled by the benchmarks issue).
 */
package org.dangjian.benchmarks;
