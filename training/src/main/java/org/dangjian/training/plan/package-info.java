/**
 * The rotation plan: people who still owe rotation training placed in classes with room before year end.
 */
@ValueStyle
package org.dangjian.training.plan;

import org.dangjian.core.ValueStyle;
