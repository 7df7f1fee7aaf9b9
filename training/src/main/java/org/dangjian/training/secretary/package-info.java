/**
 * The secretary pipeline (“红色头雁”工程): candidates ranked by the preferred sources, and vacant posts flagged.
 */
@ValueStyle
package org.dangjian.training.secretary;

import org.dangjian.core.ValueStyle;
