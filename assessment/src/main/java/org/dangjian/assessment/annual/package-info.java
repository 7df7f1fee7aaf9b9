/**
 * The annual 100-point assessment of jurisdictions (百分考核, seed 003): a responsibility letter of targets,
 * results scored on the scorecard engine, ranking, and the “晾晒” table.
 */
@ValueStyle
package org.dangjian.assessment.annual;

import org.dangjian.core.ValueStyle;
