/**
 * Training duties: training records, class hours against each role's requirement, rotation, onboarding and
 * new-member training, and coverage reports per jurisdiction and role.
 */
@ValueStyle
package org.dangjian.training.duty;

import org.dangjian.core.ValueStyle;
