/**
 * Democratic appraisal of members (民主评议党员): the four grades, who may be graded, the share of excellent
 * grades, and the hand-off of an unqualified grade to disposal as a value.
 */
@ValueStyle
package org.dangjian.assessment.appraisal;

import org.dangjian.core.ValueStyle;
