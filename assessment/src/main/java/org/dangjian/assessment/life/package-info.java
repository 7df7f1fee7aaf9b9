/**
 * Organizational life (“三会一课”, theme Party day, organizational-life meeting, democratic appraisal): meeting
 * records checked against the required frequencies, period by period.
 */
@ValueStyle
package org.dangjian.assessment.life;

import org.dangjian.core.ValueStyle;
