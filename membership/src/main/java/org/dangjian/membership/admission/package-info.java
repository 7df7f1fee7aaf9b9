/**
 * Admission (发展党员) from application to conversion: the record of a member-to-be, the validator of its steps
 * and time limits, and the branch meeting's vote.
 */
@ValueStyle
package org.dangjian.membership.admission;

import org.dangjian.core.ValueStyle;
