/**
 * A jurisdiction's ledger: the coverage report with roll-ups and breakdowns, targets and ranking, the gap list
 * and early warnings, the “五个清楚” summary and snapshot differences.
 */
package org.dangjian.coverage.ledger;
