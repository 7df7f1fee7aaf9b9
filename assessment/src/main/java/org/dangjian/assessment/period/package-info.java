/**
 * Assessment periods: a month, a quarter or a year with their Chinese labels, such as {@code 2026年第二季度}.
 */
package org.dangjian.assessment.period;
