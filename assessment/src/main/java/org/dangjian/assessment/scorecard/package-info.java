/**
 * A general scorecard engine: indicators with maximum points and scoring rules (threshold, linear,
 * per-item deduction with a cap, bonus with a cap, penalty with a cap), veto items, grade bands, and a total
 * with its full breakdown. Scorecards are data: a county publishes its own as JSON.
 */
@ValueStyle
package org.dangjian.assessment.scorecard;

import org.dangjian.core.ValueStyle;
