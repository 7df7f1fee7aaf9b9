/**
 * JMH benchmarks of the SDK, side by side with what an integrator would use instead: Drools for the dues bands
 * and the formation requirement, DuckDB's SQL for the coverage report, and a primitive loop for the bare dues
 * computation. {@link org.dangjian.benchmarks.RunAll} runs them all and prints the table; BENCHMARKS.md has
 * the command and the latest numbers.
 */
package org.dangjian.benchmarks;
