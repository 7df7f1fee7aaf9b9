/**
 * One organization: survey scope, what is required of it, whether it complies, the level, committee and term
 * its members call for, and the formation methods that fit, ranked.
 */
@ValueStyle
package org.dangjian.coverage.formation;

import org.dangjian.core.ValueStyle;
