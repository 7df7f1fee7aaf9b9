/**
 * Weak and lax Party organizations (软弱涣散党组织): each criterion of the list a separate, cited check.
 */
@ValueStyle
package org.dangjian.assessment.weak;

import org.dangjian.core.ValueStyle;
