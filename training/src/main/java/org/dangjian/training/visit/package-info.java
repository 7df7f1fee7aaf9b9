/**
 * Instructor visits: the visit duty per organization per cycle and the visits missed.
 */
@ValueStyle
package org.dangjian.training.visit;

import org.dangjian.core.ValueStyle;
